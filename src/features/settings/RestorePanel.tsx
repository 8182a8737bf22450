import { Alert, Stack, Table, Text } from '@mantine/core';
import { notifications } from '../../lib/notifications';
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/errors';
import { useRestoreBackup } from '../../api/mutations';
import { ErrorSummary, type FieldProblem } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { useReasonToStay, type LeavingWords } from '../../components/reasonsToStay';
import { checkBackupFile, type CheckedBackup } from '../../api/backups';
import { TABLE_LABEL, TABLE_NAMES } from '../../domain/workspaceTables';
import { formatUkDateTime } from '../../domain/dates';
import { DownloadBackupButton } from './BackupPanel';
import { BusyButton } from '../../components/BusyButton';
import { ScrollingTable } from '../../components/ScrollingTable';

/** Leaving while the backup is written (over a minute for a large plan) stops the restore. */
const STOPS_THE_RESTORE: LeavingWords = {
  title: 'Stop the restore?',
  body: 'The workspace is being replaced with the backup. If you leave this page now, the restore stops and the workspace stays as it was.',
  stay: 'Stay until it finishes',
  leave: 'Stop the restore and leave',
};

/**
 * Restore: the whole file is checked and its content shown before anything changes; the user is
 * offered a backup of what is here now; then the workspace is replaced in one step. The checking
 * and the replacing happen in the backup worker, so the page answers throughout.
 */
export function RestorePanel() {
  const [checking, setChecking] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [backup, setBackup] = useState<CheckedBackup | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const restore = useRestoreBackup();
  useReasonToStay(restore.isPending, STOPS_THE_RESTORE);
  // A checked backup is held in its worker until it is restored; let it go otherwise.
  const held = useRef<CheckedBackup | null>(null);
  const hold = (next: CheckedBackup | null) => {
    if (held.current !== next) held.current?.discard();
    held.current = next;
    setBackup(next);
  };
  useEffect(() => () => held.current?.discard(), []);

  const choose = async (file: File | undefined) => {
    hold(null);
    setProblems([]);
    if (!file) return;
    setChecking(true);
    try {
      const result = await checkBackupFile(file);
      if (result.ok) hold(result.backup);
      else setProblems(result.problems);
    } catch (error) {
      setProblems([{ field: 'file', message: messageOf(error) }]);
    } finally {
      setChecking(false);
    }
  };

  const replace = (chosen: CheckedBackup) =>
    restore.mutate(chosen, {
      onSuccess: () => {
        held.current = null;
        setBackup(null);
        setInputKey((key) => key + 1);
        notifications.show({
          color: 'green',
          title: 'Workspace restored',
          message: `The workspace now holds the backup made ${formatUkDateTime(chosen.header.exportedAt)}. The audit trail records the restore.`,
        });
      },
      onError: (error) => setProblems([{ field: 'file', message: messageOf(error) }]),
    });

  return (
    <Stack gap="md" maw={720}>
      <Text>
        Choose a backup file made by this app. It is checked in full before anything changes; then
        it replaces everything in this browser’s workspace.
      </Text>
      <ErrorSummary problems={problems} fieldIds={{ file: 'restore-file' }} />
      <FileField
        key={inputKey}
        id="restore-file"
        label="Backup file"
        description="A .json file, such as safetynet-backup-2026-11-22T10-15.json"
        accept=".json,application/json"
        onChoose={(files) => void choose(files[0])}
      />
      {checking ? <Text role="status">Checking the file…</Text> : null}
      {backup ? (
        <Stack gap="sm" aria-live="polite">
          <Alert color="blue" variant="outline" title="The backup is complete and unaltered">
            Made {formatUkDateTime(backup.header.exportedAt)}
            {backup.header.workspace ? ` from the ${backup.header.workspace} workspace` : ''}. Its
            SHA-256 fingerprint, {backup.header.sha256.slice(0, 12)}…, matches its content.
            {backup.upgradedFrom !== null
              ? ` It was written by an older version of the app (database version ${backup.upgradedFrom}) and has been upgraded.`
              : ''}
          </Alert>
          <ScrollingTable label="What the backup holds">
            <Table withTableBorder maw={480}>
              <Table.Caption>What the backup holds</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Records</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Number
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {TABLE_NAMES.map((name) => (
                  <Table.Tr key={name}>
                    <Table.Th scope="row" fw={400}>
                      {TABLE_LABEL[name]}
                    </Table.Th>
                    <Table.Td ta="right">
                      {backup.header.counts[name].toLocaleString('en-GB')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollingTable>
          <Text>
            Restoring replaces everything in this workspace with the backup. Download a backup of
            the current data first if you may need it.
          </Text>
          <DownloadBackupButton label="Download a backup of the current data" variant="outline" />
          <div>
            <BusyButton color="red" onClick={() => replace(backup)} loading={restore.isPending}>
              Replace the workspace with this backup
            </BusyButton>
          </div>
        </Stack>
      ) : null}
    </Stack>
  );
}
