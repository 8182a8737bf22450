import { Alert, Card, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { conflictsQuery, localWorkspaceCountsQuery, serverWorkspaceQuery } from '../../api/queries';
import { joinSharedPlan, setUpSharedPlan, syncNow } from '../../api/sync';
import { useSyncStatus } from '../../api/syncStatus';
import { messageOf } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { formatUkDateTime } from '../../domain/dates';
import { plural } from '../../domain/words';
import { ConflictCard } from './ConflictCard';
import { BusyButton } from '../../components/BusyButton';

/** The shared plan: this browser's link to the server, joining or first setup, and the inbox. */
export function SharedPlanPage() {
  const status = useSyncStatus();
  const conflicts = useQuery(conflictsQuery());
  const conflictsHeading = useRef<HTMLHeadingElement>(null);
  return (
    <>
      <PageHeader
        title="Shared plan"
        lead="The partnership’s one plan, held on the council’s server. This browser keeps a working copy: it works with no connection and sends your changes when it can."
      />
      <Stack gap="lg" maw={960}>
        <SyncState />
        {status.available && !status.connected ? <JoinOrSetUp /> : null}
        {!status.available && !status.connected ? (
          <Text>
            This copy of the app runs on its own: the plan lives in this browser only. To share it
            with the partnership, the council’s IT team runs the shared-plan server (its set-up is
            in the app’s README), and each of you opens the app from that server’s address.
          </Text>
        ) : null}
        <section aria-labelledby="conflicts-heading">
          <Title
            order={2}
            size="h3"
            id="conflicts-heading"
            mb="sm"
            ref={conflictsHeading}
            tabIndex={-1}
          >
            Conflicts and changes not accepted ({conflicts.data?.length ?? 0})
          </Title>
          {(conflicts.data ?? []).length === 0 ? (
            <Text>Nothing to resolve.</Text>
          ) : (
            <Stack gap="md">
              {(conflicts.data ?? []).map((conflict) => (
                <ConflictCard
                  key={conflict.id}
                  conflict={conflict}
                  // The count in the heading says one fewer; the next card follows it.
                  onResolved={() => conflictsHeading.current?.focus()}
                />
              ))}
            </Stack>
          )}
        </section>
      </Stack>
    </>
  );
}

function SyncState() {
  const status = useSyncStatus();
  if (!status.connected) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        {/* A sync that stopped comes first: the rest says what this browser holds. */}
        {status.error ? (
          <Alert color="red" title="The last sync did not finish" role="alert">
            {status.error}
          </Alert>
        ) : null}
        <Text>
          {status.online ? 'Online.' : 'Offline: your changes are kept in this browser.'}{' '}
          {status.pending === 0
            ? 'Every change made here has reached the shared plan.'
            : `${plural(status.pending, 'change waits', 'changes wait')} to be sent.`}
        </Text>
        <Text>
          {status.lastSyncedAt
            ? `Last synced ${formatUkDateTime(status.lastSyncedAt)}.`
            : 'Not synced yet.'}
        </Text>
        {status.checkpoint ? (
          <Text>
            This browser’s audit trail ({plural(status.checkpoint.size, 'entry', 'entries')})
            matches the shared plan’s as the server signed it on{' '}
            {formatUkDateTime(status.checkpoint.issuedAt)} (fingerprint{' '}
            <Text span ff="monospace">
              {status.checkpoint.root.slice(0, 12)}…
            </Text>
            ). Each sync checks that nothing already recorded there has been changed or removed.
          </Text>
        ) : null}
        <Group>
          <BusyButton
            variant="default"
            loading={status.syncing}
            onClick={() => void syncNow().catch(() => undefined)}
          >
            Sync now
          </BusyButton>
        </Group>
      </Stack>
    </Card>
  );
}

function JoinOrSetUp() {
  const status = useSyncStatus();
  const server = useQuery(serverWorkspaceQuery());
  const local = useQuery(localWorkspaceCountsQuery());
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setFailure(null);
    try {
      // The shared plan refreshes every screen when it has joined or been set up.
      await work();
      notifications.show({ color: 'green', title: 'Shared plan', message: done });
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  if (server.isError) {
    return (
      <Alert color="red" title="The server cannot be reached">
        {messageOf(server.error)}
      </Alert>
    );
  }
  if (!server.data || !local.data) return <Text role="status">Asking the server…</Text>;
  const counts = local.data;
  return (
    <Card withBorder component="section" aria-labelledby="join-heading">
      <Stack gap="sm">
        {server.data.workspaceId ? (
          <>
            <Title order={2} size="h3" id="join-heading">
              Join the shared plan
            </Title>
            <Text>
              The server holds the partnership’s plan. Joining replaces this browser’s copy with it
              and keeps the two in step from then on.
            </Text>
            {counts.ownChanges > 0 ? (
              <>
                <Alert color="yellow" c="dark" title="This browser holds a plan of its own">
                  It has {plural(counts.ownChanges, 'recorded change')} (
                  {plural(counts.actions, 'action')}, {plural(counts.updates, 'update')}) that are
                  not in the shared plan. Two plans are never merged: joining replaces this one.
                  Download a backup from Settings first if you may need it.
                </Alert>
                <Checkbox
                  label="Replace this browser’s plan with the shared plan"
                  checked={replace}
                  onChange={(event) => setReplace(event.currentTarget.checked)}
                />
              </>
            ) : null}
            <Group>
              <BusyButton
                loading={busy}
                disabled={counts.ownChanges > 0 && !replace}
                onClick={() => void run(joinSharedPlan, 'This browser has joined the shared plan.')}
              >
                Join the shared plan
              </BusyButton>
            </Group>
          </>
        ) : (
          <>
            <Title order={2} size="h3" id="join-heading">
              Set up the shared plan from this browser
            </Title>
            <Text>
              The server holds no plan yet. Setting it up sends this browser’s whole workspace to
              it: {plural(counts.rows, 'record')} ({plural(counts.actions, 'action')},{' '}
              {plural(counts.updates, 'update')}) and its audit trail of{' '}
              {plural(counts.audit, 'entry', 'entries')}. Everyone who joins afterwards starts from
              it.
            </Text>
            <Group>
              <BusyButton
                loading={busy}
                onClick={() =>
                  void run(setUpSharedPlan, 'The shared plan is set up from this browser.')
                }
              >
                Set up the shared plan
              </BusyButton>
            </Group>
          </>
        )}
        {status.progress ? (
          <Stack gap={4}>
            <Text role="status">
              Received {status.progress.done.toLocaleString('en-GB')} of{' '}
              {status.progress.total.toLocaleString('en-GB')} records
            </Text>
            <Progress
              value={
                status.progress.total ? (100 * status.progress.done) / status.progress.total : 0
              }
              aria-label="Joining progress"
            />
          </Stack>
        ) : null}
        {failure ? (
          <Alert color="red" title="That did not work" role="alert">
            {failure}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
