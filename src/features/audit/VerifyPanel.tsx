import { Alert, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { verifyRecords } from '../../api/audit';
import { messageOf } from '../../api/errors';
import type { ChainVerdict } from '../../domain/audit';
import { BusyButton } from '../../components/BusyButton';

/** "Verify the audit trail": walks the hash chain and says whether it is intact. */
export function VerifyPanel() {
  const [checked, setChecked] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<
    (ChainVerdict & { readonly snapshotProblems: readonly string[] }) | null
  >(null);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    setRunning(true);
    setVerdict(null);
    setFailure(null);
    setChecked(0);
    try {
      setVerdict(await verifyRecords(setChecked));
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <Text mb="sm">
        Each entry carries the hash of the entry before it and of its own content. Verifying walks
        the whole chain: any entry altered or removed since it was written shows up.
      </Text>
      <Group>
        <BusyButton onClick={() => void run()} loading={running}>
          Verify the audit trail
        </BusyButton>
        {running && checked !== null ? (
          <Text role="status">Checked {checked.toLocaleString('en-GB')} entries…</Text>
        ) : null}
      </Group>
      {failure ? (
        <Alert color="red" title="The audit trail could not be checked" mt="sm" role="alert">
          {failure} Nothing was changed; try again, and if it fails again, make a backup from
          Settings before anything else.
        </Alert>
      ) : null}
      {verdict ? (
        verdict.intact ? (
          <Alert color="green" title="The audit trail is intact" mt="sm" role="status">
            All {verdict.count.toLocaleString('en-GB')} entries are unaltered and in sequence.
          </Alert>
        ) : (
          <Alert color="red" title="The audit trail has been altered" mt="sm" role="alert">
            The chain breaks at entry {verdict.brokenAt}: {verdict.reason}. Entries before it (
            {(verdict.count - 1).toLocaleString('en-GB')}) are intact.
          </Alert>
        )
      ) : null}
      {verdict && verdict.snapshotProblems.length > 0 ? (
        <Alert color="red" title="A closed quarter’s record has been altered" mt="sm" role="alert">
          <Stack gap={4}>
            {verdict.snapshotProblems.map((problem) => (
              <Text key={problem}>{problem}</Text>
            ))}
            <Text>
              Its figures are not shown anywhere. Restore the workspace from a backup made before
              the change, or reopen the quarter, giving a reason, and close it again.
            </Text>
          </Stack>
        </Alert>
      ) : verdict?.intact ? (
        <Text mt="sm">Every closed quarter’s record matches the SHA-256 taken when it closed.</Text>
      ) : null}
    </>
  );
}
