import { Button, Group, Modal, Text } from '@mantine/core';
import type { LeavingWords } from './reasonsToStay';

/** Asks before a page with a reason to stay is left (`LeavingGuard`). */
export function LeavingDialog({
  words,
  stay,
  leave,
}: {
  readonly words: LeavingWords;
  readonly stay: () => void;
  readonly leave: () => void;
}) {
  return (
    <Modal opened onClose={stay} title={words.title} centered>
      <Text mb="lg">{words.body}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={stay} data-autofocus>
          {words.stay}
        </Button>
        <Button color="red" onClick={leave}>
          {words.leave}
        </Button>
      </Group>
    </Modal>
  );
}
