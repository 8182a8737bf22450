import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useSession } from '../api/sessionState';
import { useSyncStatus } from '../api/syncStatus';

// Only a browser signing in to a shared plan needs these screens: not the first load's weight.
const SignInScreen = lazy(async () => ({
  default: (await import('./SignInScreens')).SignInScreen,
}));
const SetupCodeScreen = lazy(async () => ({
  default: (await import('./SignInScreens')).SetupCodeScreen,
}));
const NotMemberScreen = lazy(async () => ({
  default: (await import('./SignInScreens')).NotMemberScreen,
}));

/**
 * When the page came from a shared plan's server, the plan opens only for a signed-in member:
 * sign-in first, then (on a server with no members) the set-up code, else the app. A page served
 * without a server (local-only mode) opens as it always has, with no sign-in.
 */
export function SignInGate({ children }: { readonly children: ReactNode }) {
  const available = useSyncStatus((status) => status.available);
  const session = useSession();
  useEffect(() => {
    // Signing in's code is loaded only for a page served by a shared-plan server.
    if (available) void import('../api/session').then(({ restoreSession }) => restoreSession());
  }, [available]);
  if (!available || (session.state === 'in' && session.member)) return <>{children}</>;
  const checking = (
    <Center h="100vh">
      <Stack align="center" role="status">
        <Loader aria-hidden="true" />
        <Text>Checking your sign-in…</Text>
      </Stack>
    </Center>
  );
  if (session.state === 'checking') return checking;
  return (
    <Suspense fallback={checking}>
      <Center mih="100vh" p="md" component="main" id="main-content">
        <Paper withBorder p="xl" maw={560} w="100%">
          {session.state === 'out' ? (
            <SignInScreen message={session.message} development={session.development} />
          ) : session.firstManagerNeeded ? (
            <SetupCodeScreen email={session.email ?? ''} />
          ) : (
            <NotMemberScreen email={session.email ?? ''} />
          )}
        </Paper>
      </Center>
    </Suspense>
  );
}
