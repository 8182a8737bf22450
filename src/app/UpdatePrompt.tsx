import { Button, Group, Notification } from '@mantine/core';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker that keeps the app working offline, and when a new version has
 * been downloaded asks the user to reload, rather than swapping it in under their feet.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <Notification
      title="A new version of the app is ready"
      onClose={() => setNeedRefresh(false)}
      style={{ position: 'fixed', bottom: 16, right: 16, zIndex: 1000, maxWidth: 420 }}
      role="status"
    >
      <Group gap="sm" mt={4}>
        Reload to start using it. Your data is kept.
        <Button size="xs" onClick={() => void updateServiceWorker(true)}>
          Reload to update
        </Button>
      </Group>
    </Notification>
  );
}
