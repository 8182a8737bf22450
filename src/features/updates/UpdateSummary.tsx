/** A quarter's update as recorded: shown read-only once the quarter is closed, or to readers. */
import { Alert, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { RagBadge } from '../../components/RagBadge';
import type { Action } from '../../domain/actions';
import { formatUkDate, formatUkDateTime } from '../../domain/dates';
import { quarterLabel, type Quarter } from '../../domain/quarters';
import { type QuarterlyUpdate } from '../../domain/updates';
import { useRoundAddress } from './roundPlace';

export function FrozenUpdate({
  action,
  quarter,
  update,
  closedAt,
  quarterKey: key,
}: {
  readonly action: Action;
  readonly quarter: Quarter;
  readonly update: QuarterlyUpdate | null;
  readonly closedAt: string;
  readonly quarterKey: string;
}) {
  const round = useRoundAddress(key);
  return (
    <>
      <PageHeader
        title={`${action.ref}: update for ${quarterLabel(quarter)}`}
        lead={action.title}
      />
      <Alert color="blue" title={`${quarterLabel(quarter)} is closed`} mb="lg">
        This update was frozen when the quarter closed on {formatUkDateTime(closedAt)}. To change
        it, reopen the quarter from the{' '}
        <Anchor component={Link} to={round}>
          round
        </Anchor>
        , giving a reason.
      </Alert>
      {update ? (
        <UpdateSummary update={update} />
      ) : (
        <Text>No update was recorded for this quarter.</Text>
      )}
    </>
  );
}

export function UpdateSummary({ update }: { readonly update: QuarterlyUpdate }) {
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group gap="sm">
          {update.rag ? <RagBadge status={update.rag} /> : <Text>No RAG</Text>}
          <Text>{update.percentComplete ?? '—'}% complete</Text>
          <Text c="dimmed" size="sm">
            {update.state === 'done' ? 'Done' : 'Draft'}, reported by {update.reportedBy} on{' '}
            {formatUkDateTime(update.reportedAt)}
          </Text>
        </Group>
        <Text>
          <strong>Narrative:</strong> {update.narrative || '—'}
        </Text>
        <Text>
          <strong>Evidence:</strong> {update.evidence || '—'}
        </Text>
        <Text>
          <strong>Next steps:</strong> {update.nextSteps || '—'}
        </Text>
        {update.correctiveAction ? (
          <Text>
            <strong>Corrective action:</strong> {update.correctiveAction}
          </Text>
        ) : null}
        <Text>
          <strong>Forecast:</strong>{' '}
          {update.forecast.onTrack
            ? 'On track for the due date'
            : `Revised completion date ${formatUkDate(update.forecast.revisedDate)}`}
        </Text>
      </Stack>
    </Card>
  );
}
