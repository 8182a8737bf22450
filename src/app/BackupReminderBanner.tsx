import { Alert, Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { backupStatusQuery } from '../api/queries';

/**
 * The data lives in one browser, which may clear it. When changes have built up that no backup
 * holds, every page says so, with the way to fix it.
 */
export function BackupReminderBanner() {
  const status = useQuery(backupStatusQuery());
  const { pathname } = useLocation();
  const reminder = status.data?.reminder;
  if (!reminder?.due || pathname === '/settings') return null;
  return (
    <Alert
      color="orange"
      variant="outline"
      title="Back up your data"
      mb="lg"
      role="region"
      aria-label="Backup reminder"
    >
      <Text>
        {reminder.message} The data is kept only in this browser.{' '}
        <Anchor component={Link} to="/settings#backup">
          Download a backup
        </Anchor>
      </Text>
    </Alert>
  );
}
