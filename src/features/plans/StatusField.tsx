import { NativeSelect, Stack, Textarea } from '@mantine/core';
import {
  ACTION_STATUS_LABEL,
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
} from '../../domain/actions';
import { statusContradiction, statusNeedsReason } from '../../domain/lifecycle';

export const STATUS_FIELD_IDS = { status: 'action-status', statusNote: 'action-status-note' };

interface StatusFieldProps {
  readonly status: ActionStatus;
  readonly note: string;
  /** The action as saved (absent when creating): its status and latest update's RAG. */
  readonly current?: Pick<Action, 'status' | 'latestRag'>;
  readonly onStatus: (status: ActionStatus) => void;
  readonly onNote: (note: string) => void;
  readonly error: (field: string) => string | undefined;
}

/**
 * The status follows the quarterly updates; a manager may set it by hand, with a reason when it
 * is a decision (Deferred, Cancelled) or goes against the latest update.
 */
export function StatusField({ status, note, current, onStatus, onNote, error }: StatusFieldProps) {
  const changed = status !== (current?.status ?? 'not-started');
  const needsReason = statusNeedsReason(status, current?.latestRag ?? null, changed);
  const contradiction = current && !changed ? statusContradiction(current) : null;
  return (
    <Stack gap="xs">
      <NativeSelect
        id={STATUS_FIELD_IDS.status}
        label="Status"
        description={`Follows the quarterly updates: a Blue update makes it Complete, any other RAG In progress. Change it here only to record a decision, such as deferring or cancelling.${contradiction ? ` ${contradiction}` : ''}`}
        value={status}
        onChange={(event) => onStatus(event.currentTarget.value as ActionStatus)}
        data={ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABEL[value] }))}
        error={error('status')}
      />
      {needsReason || note !== '' ? (
        <Textarea
          id={STATUS_FIELD_IDS.statusNote}
          label={needsReason ? 'Reason for the status' : 'Reason for the status (optional)'}
          description="Shown on the action’s page and recorded in the audit trail"
          autosize
          minRows={2}
          value={note}
          onChange={(event) => onNote(event.currentTarget.value)}
          error={error('statusNote')}
        />
      ) : null}
    </Stack>
  );
}
