import { Alert, Button, Code, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useRef, useState } from 'react';
import { messageOf, problemsOf } from '../../api/errors';
import { useCloseQuarter, usePrepareToClose, useReopenQuarter } from '../../api/mutations';
import { formatUkDateTime } from '../../domain/dates';
import { quarterLabel, type Quarter, type QuarterKey } from '../../domain/quarters';
import type { ClosedQuarterFacts } from '../../domain/quarterFigures';
import type { SupersededRecord } from '../../domain/updates';
import { plural } from '../../domain/words';
import { BusyButton } from '../../components/BusyButton';
import { useFocusFollows } from '../../components/useFocusFollows';

interface QuarterStatusProps {
  readonly quarter: Quarter;
  readonly quarterKey: QuarterKey;
  /** What is said of the quarter's live record; none while the quarter is open. */
  readonly live: ClosedQuarterFacts | undefined;
  /** Versions superseded by a reopening, oldest first. */
  readonly earlier: readonly SupersededRecord[];
  readonly owing: number;
  readonly readOnly: boolean;
}

/** Whether the quarter is open or closed, with the snapshot's hash, and the close and reopen steps. */
export function QuarterStatus({
  quarter,
  quarterKey,
  live,
  earlier,
  owing,
  readOnly,
}: QuarterStatusProps) {
  const label = quarterLabel(quarter);
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const close = useCloseQuarter();
  usePrepareToClose(confirming ? quarterKey : null);
  const reopen = useReopenQuarter();
  // Asking to reopen shows the reason's field in the button's place, and cancelling or reopening
  // takes it away: the focus follows to the field, or back to the step's button, not to nowhere.
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const stepButton = useRef<HTMLButtonElement>(null);
  const followFocus = useFocusFollows(reopening, reopening ? reasonField : stepButton);
  const showReopening = (shown: boolean) => {
    followFocus(true);
    setReopening(shown);
  };

  return (
    <Stack gap="sm">
      {live ? (
        <Alert color="blue" variant="light" title={`${label} is closed (version ${live.version})`}>
          <Text>
            Closed by {live.closedBy} on {formatUkDateTime(live.closedAt)}. Its updates are frozen
            exactly as reported.
          </Text>
          <Text size="sm">
            Snapshot SHA-256: <Code>{live.hash}</Code>
          </Text>
        </Alert>
      ) : (
        <Text>
          <strong>{label} is open.</strong>{' '}
          {owing === 0
            ? 'Every action in the round has a finished update.'
            : `${plural(owing, 'action still owes', 'actions still owe')} a finished update.`}
        </Text>
      )}
      {readOnly ? null : live ? (
        reopening ? (
          <Stack gap="xs" maw={560}>
            <Textarea
              ref={reasonField}
              id="reopen-reason"
              label="Reason for reopening"
              description="Recorded in the audit trail. The closed snapshot is kept."
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError}
            />
            <Group>
              <BusyButton
                color="orange"
                loading={reopen.isPending}
                onClick={() =>
                  reopen.mutate(
                    { quarter: quarterKey, reason },
                    {
                      onSuccess: () => {
                        showReopening(false);
                        setReason('');
                        setReasonError(undefined);
                        notifications.show({
                          color: 'orange',
                          title: `${label} reopened`,
                          message:
                            'Updates can be changed; close it again to freeze a new version.',
                        });
                      },
                      onError: (error) =>
                        setReasonError(problemsOf(error)[0]?.message ?? messageOf(error)),
                    },
                  )
                }
              >
                Reopen {label}
              </BusyButton>
              <Button variant="default" onClick={() => showReopening(false)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        ) : (
          <div>
            <Button ref={stepButton} variant="default" onClick={() => showReopening(true)}>
              Reopen quarter…
            </Button>
          </div>
        )
      ) : (
        <div>
          <Button ref={stepButton} onClick={() => setConfirming(true)}>
            Close {label}…
          </Button>
        </div>
      )}
      {earlier.length > 0 ? (
        <div>
          <Text fw={600} size="sm">
            Earlier versions, kept
          </Text>
          <List size="sm">
            {earlier.map((snapshot) => (
              <List.Item key={snapshot.id}>
                Version {snapshot.version}, closed {formatUkDateTime(snapshot.closedAt)} by{' '}
                {snapshot.closedBy}; reopened{' '}
                {snapshot.supersededAt ? formatUkDateTime(snapshot.supersededAt) : ''}: “
                {snapshot.reopenReason}”. SHA-256 <Code>{snapshot.hash.slice(0, 16)}…</Code>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={`Close ${label}?`}>
        <Stack>
          <Text>
            Closing freezes a snapshot of every action and update as they stand now. After closing,{' '}
            {label}’s updates cannot be changed unless the quarter is reopened with a reason.
          </Text>
          {owing > 0 ? (
            <Alert color="orange" title="Some updates are missing">
              {plural(owing, 'action in the round has', 'actions in the round have')} no finished
              update. They will be reported as “no update”.
            </Alert>
          ) : null}
          <Group>
            <BusyButton
              loading={close.isPending}
              onClick={() =>
                close.mutate(quarterKey, {
                  onSuccess: (snapshot) => {
                    setConfirming(false);
                    notifications.show({
                      color: 'green',
                      title: `${label} closed`,
                      message: `Version ${snapshot.version} frozen.`,
                    });
                  },
                  onError: (error) => {
                    setConfirming(false);
                    notifications.show({
                      color: 'red',
                      title: 'Quarter not closed',
                      message: messageOf(error),
                    });
                  },
                })
              }
            >
              Close the quarter
            </BusyButton>
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
