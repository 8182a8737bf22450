import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { messageOf } from '../../api/errors';
import { FieldComparison } from '../../components/FieldComparison';
import { useResolveConflict } from '../../api/mutations';
import { conflictFields, refusedUpdates, type ConflictChoice } from '../../domain/conflicts';
import { formatUkDateTime } from '../../domain/dates';
import type { SyncConflict } from '../../domain/syncRecords';
import { BusyButton } from '../../components/BusyButton';

const DONE: Record<ConflictChoice, string> = {
  theirs: 'The shared plan’s version is kept.',
  mine: 'Your version is kept and will be sent to the shared plan.',
  both: 'Both texts are kept, one after the other: edit them into one.',
  draft: 'Your update is kept as a draft for the first quarter still open.',
};

/**
 * One change the shared plan did not take: theirs and yours side by side, and the choices. Once
 * resolved the card goes, with the button pressed: `onResolved` says where the focus goes instead.
 */
export function ConflictCard({
  conflict,
  onResolved,
}: {
  readonly conflict: SyncConflict;
  readonly onResolved: () => void;
}) {
  const resolve = useResolveConflict();
  // Answered by the promise: `mutate`'s own callbacks are dropped with the card.
  const choose = (choice: ConflictChoice) =>
    void resolve.mutateAsync({ id: conflict.id, choice }).then(
      () => {
        onResolved();
        notifications.show({ color: 'green', title: 'Resolved', message: DONE[choice] });
      },
      (error: unknown) =>
        notifications.show({ color: 'red', title: 'Not resolved', message: messageOf(error) }),
    );
  const summary = conflict.audit[0]?.content.summary ?? conflict.name;
  const refused = conflict.kind === 'refused';
  return (
    <Card withBorder component="section" aria-label={summary}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {refused ? 'Not accepted' : 'Conflict'}: {summary}
        </Title>
        <Text size="sm" c="dimmed">
          Made in this browser on {formatUkDateTime(conflict.at)}.
        </Text>
        <Alert color={refused ? 'red' : 'yellow'} c="dark">
          {conflict.message}
        </Alert>
        {conflict.mine.map((change) => {
          const theirs = conflict.theirs.find(
            (row) => row.table === change.table && row.key === change.key,
          );
          const fields = conflictFields(theirs?.row ?? null, change.row);
          return (
            <FieldComparison
              key={`${change.table}:${change.key}`}
              caption={refused ? 'Your text, kept here' : 'What differs'}
              columns={['In the shared plan', 'In this browser (yours)']}
              fields={fields}
            />
          );
        })}
        <Group>
          {refused && refusedUpdates(conflict).length > 0 ? (
            <BusyButton onClick={() => choose('draft')} loading={resolve.isPending}>
              Keep it as a draft for the next open quarter
            </BusyButton>
          ) : null}
          {refused ? (
            <BusyButton
              variant="default"
              onClick={() => choose('theirs')}
              loading={resolve.isPending}
            >
              Set it aside (copy your text first if you need it)
            </BusyButton>
          ) : (
            <>
              <BusyButton onClick={() => choose('mine')} loading={resolve.isPending}>
                Keep yours
              </BusyButton>
              <Button variant="default" onClick={() => choose('theirs')}>
                Keep the shared plan’s
              </Button>
              <Button variant="default" onClick={() => choose('both')}>
                Keep both texts to merge by hand
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
