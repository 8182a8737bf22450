import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { keepDraftAfterCommands } from '../api/draftInBackground';
import { onChangeElsewhere, onStaleConnection } from '../db/connection';
import { tidyRestoredDatabases } from '../db/restoredDatabases';
import { useMessageAreaWanted } from '../lib/notifications';
import { noticeUnhandledFailures } from './failureNotice';
import type { AppRouter } from './router';
import { useUiStore } from './store';
import { cssVariablesResolver, theme } from './theme';
import { WorkspaceGate } from './WorkspaceGate';
import { AfterFirstScreen } from './AfterFirstScreen';
import { SharedPlanStarter } from './SharedPlanStarter';
import { SignInGate } from './SignInGate';

// Not on the first screen: the update prompt is drawn after it (AfterFirstScreen), the message
// area with the first message (lib/notifications.ts). The message area's code is fetched after the
// first screen too, though not drawn: a save made offline on a first visit, before the service
// worker has kept the app's files, must still say it was saved.
const loadMessageArea = () => import('./MessageArea');
const MessageArea = lazy(async () => ({ default: (await loadMessageArea()).MessageArea }));
const UpdatePrompt = lazy(async () => ({ default: (await import('./UpdatePrompt')).UpdatePrompt }));

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Data changes only through commands, after which every read of the workspace refetches
      // (in this tab, and in other tabs through the change announcement).
      // The data is in this browser: reads and commands run whether or not there is a network
      // (React Query would otherwise pause them while the browser says it is offline).
      queries: {
        staleTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        networkMode: 'always',
      },
      mutations: { networkMode: 'always' },
    },
  });
}

/** Fetches the message area's code (and Mantine's notifications) without drawing it. */
function MessageAreaFetched() {
  // If it cannot be fetched now, the first message fetches it.
  useEffect(() => void loadMessageArea().catch(() => undefined), []);
  return null;
}

/** What a restore left behind is deleted once the app has settled (decision 0016). */
function tidyRestoresLater(): () => void {
  const timer = setTimeout(() => void tidyRestoredDatabases().catch(() => undefined), 10_000);
  return () => clearTimeout(timer);
}

export function App({ router }: { router: AppRouter }) {
  const [queryClient] = useState(createQueryClient);
  const markConnectionStale = useUiStore((state) => state.markConnectionStale);
  useEffect(() => onStaleConnection(markConnectionStale), [markConnectionStale]);
  // Another tab changed the data: everything shown here is refetched.
  useEffect(() => onChangeElsewhere(() => void queryClient.invalidateQueries()), [queryClient]);
  useEffect(noticeUnhandledFailures, []);
  useEffect(keepDraftAfterCommands, []);
  useEffect(tidyRestoresLater, []);
  const messageAreaWanted = useMessageAreaWanted();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <WorkspaceGate
          settled={
            <>
              <AfterFirstScreen>
                <MessageAreaFetched />
                <Suspense fallback={null}>
                  <UpdatePrompt />
                </Suspense>
              </AfterFirstScreen>
              {messageAreaWanted ? (
                <Suspense fallback={null}>
                  <MessageArea />
                </Suspense>
              ) : null}
            </>
          }
        >
          <SignInGate>
            <SharedPlanStarter />
            <RouterProvider router={router} />
          </SignInGate>
        </WorkspaceGate>
      </QueryClientProvider>
    </MantineProvider>
  );
}
