import { Alert, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { messageOf, problemsOf } from '../../api/errors';
import { useCreateBackup, useSetBackupReminder } from '../../api/mutations';
import { backupStatusQuery } from '../../api/queries';
import { ErrorSummary, fieldError, type FieldProblem } from '../../components/ErrorSummary';
import { QueryState } from '../../components/QueryState';
import { formatUkDateTime } from '../../domain/dates';
import { downloadFile } from '../../lib/download';
import { formatBytes } from '../../lib/storage';
import { BusyButton } from '../../components/BusyButton';

/** Download a backup; see when the last one was made; choose when to be reminded. */
export function BackupPanel() {
  const status = useQuery(backupStatusQuery());
  return (
    <Stack gap="md">
      <QueryState query={status} what="the backup status">
        {(s) =>
          s ? (
            <>
              <Text>
                <strong>Last backup:</strong>{' '}
                {s.lastBackup
                  ? `${formatUkDateTime(s.lastBackup.at)} (SHA-256 ${s.lastBackup.sha256.slice(0, 12)}…)`
                  : 'none from this browser yet'}
              </Text>
              {s.reminder.due ? (
                <Alert color="orange" variant="outline" title="A backup is due">
                  {s.reminder.message}
                </Alert>
              ) : null}
              <DownloadBackupButton />
              <ReminderForm
                key={`${s.reminderDays}|${s.reminderChanges}`}
                days={s.reminderDays}
                changes={s.reminderChanges}
              />
            </>
          ) : null
        }
      </QueryState>
    </Stack>
  );
}

/** Makes the backup file, saves it to the device and records it in the audit trail. */
export function DownloadBackupButton({
  label = 'Download backup',
  variant = 'filled',
}: {
  readonly label?: string;
  readonly variant?: 'filled' | 'outline';
}) {
  const backup = useCreateBackup();
  const download = () =>
    backup.mutate(undefined, {
      onSuccess: (file) => {
        downloadFile(file.fileName, file.blob, 'application/json');
        notifications.show({
          color: 'green',
          title: 'Backup downloaded',
          message: `${file.fileName} (${formatBytes(file.blob.size)}). Keep it somewhere safe, such as your organisation's shared drive.`,
        });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'No backup made', message: messageOf(error) }),
    });
  return (
    <div>
      <BusyButton onClick={download} loading={backup.isPending} variant={variant}>
        {label}
      </BusyButton>
    </div>
  );
}

function ReminderForm({ days, changes }: { readonly days: number; readonly changes: number }) {
  const [form, setForm] = useState({ days: String(days), changes: String(changes) });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useSetBackupReminder();
  // mutateAsync: saving changes this form's key, so mutate's callbacks would be lost.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save.mutateAsync(form);
      setProblems([]);
      notifications.show({ color: 'green', title: 'Reminder saved', message: 'Saved.' });
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found.length > 0 ? found : [{ field: 'days', message: messageOf(error) }]);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="reminder-heading">
      <Text fw={700} id="reminder-heading" mb="xs">
        Remind me to back up
      </Text>
      <ErrorSummary
        problems={problems}
        fieldIds={{ days: 'reminder-days', changes: 'reminder-changes' }}
      />
      <Group align="flex-end" gap="md">
        <TextInput
          id="reminder-days"
          label="After this many days"
          inputMode="numeric"
          w={180}
          value={form.days}
          onChange={(event) => setForm({ ...form, days: event.currentTarget.value })}
          error={fieldError(problems, 'days')}
        />
        <TextInput
          id="reminder-changes"
          label="Or after this many changes"
          inputMode="numeric"
          w={220}
          value={form.changes}
          onChange={(event) => setForm({ ...form, changes: event.currentTarget.value })}
          error={fieldError(problems, 'changes')}
        />
        <BusyButton type="submit" variant="outline" loading={save.isPending}>
          Save reminder
        </BusyButton>
      </Group>
    </form>
  );
}
