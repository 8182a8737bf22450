import { Anchor, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloud, IconCloudOff, IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSyncStatus, type SyncStatus } from '../api/sync';
import { formatUkTime } from '../domain/dates';

/** The shared plan's state in a few words (never by colour or icon alone). */
function syncWords(status: SyncStatus): string {
  const waiting =
    status.pending > 0
      ? ` · ${status.pending} ${status.pending === 1 ? 'change' : 'changes'} waiting to be sent`
      : '';
  const conflicts =
    status.conflicts > 0
      ? ` · ${status.conflicts} ${status.conflicts === 1 ? 'conflict' : 'conflicts'} to resolve`
      : '';
  if (!status.connected) return 'Shared plan: not joined';
  if (!status.online) return `Offline${waiting}${conflicts}`;
  if (status.error) return `Sync problem${waiting}${conflicts}`;
  if (status.syncing) return `Syncing…${waiting}${conflicts}`;
  const when = status.lastSyncedAt ? ` ${formatUkTime(status.lastSyncedAt)}` : '';
  return `Synced${when}${waiting}${conflicts}`;
}

/** Shown in the header when the app shares its plan with a server; links to the details. */
export function SyncIndicator() {
  const status = useSyncStatus();
  if (!status.available && !status.connected) return null;
  const Icon = !status.online
    ? IconCloudOff
    : status.error || status.conflicts > 0
      ? IconAlertTriangle
      : status.syncing
        ? IconRefresh
        : IconCloud;
  return (
    <Anchor component={Link} to="/shared-plan" size="sm" underline="hover" c="inherit">
      <Group gap={4} wrap="nowrap" role="status" aria-live="polite">
        <Icon size={16} aria-hidden="true" />
        <Text size="sm" span>
          {syncWords(status)}
        </Text>
      </Group>
    </Anchor>
  );
}
