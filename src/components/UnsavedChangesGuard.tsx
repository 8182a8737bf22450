import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Guards a form with unsaved changes. Moving elsewhere in the app asks first, in an accessible
 * dialog; leaving or reloading the page brings up the browser's own prompt. Call `release()` just
 * before a save navigates away, so saving never asks, and `keep()` if the save then fails.
 */
export function useUnsavedChanges(dirty: boolean) {
  const armed = useRef(dirty);
  const released = useRef(false);
  useLayoutEffect(() => {
    armed.current = dirty;
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      armed.current &&
      !released.current &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (!armed.current || released.current) return;
      event.preventDefault();
      // Older browsers show their prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const dialog = (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title="Leave without saving?"
      centered
    >
      <Text mb="lg">
        You have changes on this page that are not saved. If you leave now, they will be lost.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          Stay on this page
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave without saving
        </Button>
      </Group>
    </Modal>
  );
  return {
    dialog,
    release: () => {
      released.current = true;
    },
    keep: () => {
      released.current = false;
    },
  };
}
