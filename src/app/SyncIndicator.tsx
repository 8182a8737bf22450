import { Anchor, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloud, IconCloudOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSyncStatus, type SyncStatus } from '../api/syncStatus';
import { plural } from '../domain/words';

/**
 * The shared plan's state in a few words (never by colour or icon alone). The words change only
 * when the state does (not with each background sync or the clock), so the live region is quiet;
 * when it last synced is on the Shared plan page.
 */
function syncWords(status: SyncStatus): string {
  const waiting =
    status.pending > 0 ? ` · ${plural(status.pending, 'change')} waiting to be sent` : '';
  const conflicts =
    status.conflicts > 0 ? ` · ${plural(status.conflicts, 'conflict')} to resolve` : '';
  if (!status.connected) return 'Shared plan: not joined';
  if (!status.online) return `Offline${waiting}${conflicts}`;
  if (status.error) return `Sync problem${waiting}${conflicts}`;
  return `${status.pending > 0 ? 'Online' : 'Synced'}${waiting}${conflicts}`;
}

/** Shown in the header when the app shares its plan with a server; links to the details. */
export function SyncIndicator() {
  const status = useSyncStatus();
  if (!status.available && !status.connected) return null;
  const Icon = !status.online
    ? IconCloudOff
    : status.error || status.conflicts > 0
      ? IconAlertTriangle
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
