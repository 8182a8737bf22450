import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { warmDraftWorker } from '../api/draftWorkerStart';
import { settingsQuery } from '../api/queries';
import { database, isUpgrading, onUpgrading } from '../db/connection';
import { ensureWorkspaceSeeded } from '../db/openWorkspace';

/**
 * What shows while the workspace opens, or a first page's code arrives; and, on the first opening
 * after a new version of the app changed how the rows are kept, that this browser's copy is being
 * updated (a minute or more for a very large plan, once).
 */
export function OpeningScreen() {
  const upgrading = useSyncExternalStore(onUpgrading, isUpgrading);
  return (
    <Center h="100vh" p="lg">
      <Stack align="center" role="status" maw={520} ta="center">
        <Loader aria-hidden="true" />
        {upgrading ? (
          <>
            <Text fw={600}>Updating this browser’s copy of the plan for the new version…</Text>
            <Text size="sm">
              A large plan can take a minute or two, once. Keep this tab open: if it closes, nothing
              is lost, and the update starts again the next time the app opens.
            </Text>
          </>
        ) : (
          <Text>Opening the SafetyNet workspace…</Text>
        )}
      </Stack>
    </Center>
  );
}

/**
 * Opens the local database and, on first open, seeds the SafetyNet workspace from the report
 * before any screen reads it. `settled` is drawn once the database has opened or failed to: what
 * must not compete with the opening but must be there even when it fails (the offer of a newer
 * version, which may be the fix).
 */
export function WorkspaceGate({
  children,
  settled,
}: {
  readonly children: ReactNode;
  readonly settled?: ReactNode;
}) {
  const client = useQueryClient();
  const seeding = useQuery({
    queryKey: ['workspace-ready'],
    // The settings are read before any page is drawn, so that every page knows the reporting
    // quarter from its first drawing: none names, or works out, today's while they are read.
    queryFn: async () => {
      const opened = await ensureWorkspaceSeeded();
      await client.prefetchQuery(settingsQuery());
      return opened;
    },
    staleTime: Infinity,
    retry: false,
  });
  // The whole app is drawn once the workspace is ready: in a background render that React splits
  // into short tasks, not in one long task while the page cannot answer.
  const ready = useDeferredValue(seeding.isSuccess);
  // A large plan's draft worker is started as the workspace opens (the database open, and
  // upgraded if need be), not again each time every screen reads again.
  useEffect(() => {
    if (seeding.isSuccess) warmDraftWorker(database().name);
  }, [seeding.isSuccess]);
  if (seeding.isPending || (seeding.isSuccess && !ready)) return <OpeningScreen />;
  if (seeding.isError) {
    return (
      <>
        {settled}
        <Center h="100vh" p="lg">
          <Alert color="red" title="The local database could not be opened" maw={640} role="alert">
            {seeding.error instanceof Error ? seeding.error.message : String(seeding.error)}. This
            app keeps its data in your browser’s storage: check that the browser allows this site to
            store data (private browsing windows may not), then reload.
          </Alert>
        </Center>
      </>
    );
  }
  return (
    <>
      {settled}
      {children}
    </>
  );
}
