import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState';
import { formatBytes, storageStatus } from '../../lib/storage';

/** Whether the browser will keep this workspace's data, and how much space it uses. */
export function StorageStatusPanel() {
  const status = useQuery({ queryKey: ['storage-status'], queryFn: storageStatus, staleTime: 0 });
  return (
    <QueryState query={status} what="the storage status">
      {(s) =>
        !s.supported ? (
          <Text>
            This browser does not report on its storage. Your data is still kept in this browser.
          </Text>
        ) : (
          <List spacing="xs">
            <List.Item>
              <strong>Persistent storage:</strong>{' '}
              {s.persisted
                ? 'granted. The browser will not clear this data to free up space.'
                : 'not granted yet. The app asks after your first change; until the browser agrees, it may clear the data if the device runs short of space. Download backups regularly.'}
            </List.Item>
            <List.Item>
              <strong>Space used:</strong>{' '}
              {s.usageBytes === null ? 'unknown' : formatBytes(s.usageBytes)}
              {s.quotaBytes === null
                ? ''
                : ` of ${formatBytes(s.quotaBytes)} available to this site`}
            </List.Item>
          </List>
        )
      }
    </QueryState>
  );
}
