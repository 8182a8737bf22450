import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ListEditorProps<T> {
  readonly items: readonly T[];
  readonly onChange: (items: T[]) => void;
  /** What one row is, in words: "milestone", "target". Names the add and remove buttons. */
  readonly itemName: string;
  /** A new, empty row. */
  readonly blank: () => T;
  readonly keyOf: (item: T, index: number) => string | number;
  /** The row's fields; `patch` changes this row only. */
  readonly renderItem: (item: T, index: number, patch: (change: Partial<T>) => void) => ReactNode;
  /** Shown when there are no rows; nothing when absent. */
  readonly empty?: string;
}

/**
 * Rows of fields a person can add to and remove from (an action's milestones, an indicator's
 * targets). Each row ends with its own "Remove … n" button so a screen reader says which row goes.
 */
export function ListEditor<T>({
  items,
  onChange,
  itemName,
  blank,
  keyOf,
  renderItem,
  empty,
}: ListEditorProps<T>) {
  const patchAt = (index: number) => (change: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <Stack gap="sm">
      {items.length === 0 && empty ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : null}
      {items.map((item, index) => (
        <Group key={keyOf(item, index)} align="flex-end" gap="md" wrap="wrap">
          {renderItem(item, index, patchAt(index))}
          <Button variant="default" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            Remove {itemName} {index + 1}
          </Button>
        </Group>
      ))}
      <div>
        <Button variant="light" onClick={() => onChange([...items, blank()])}>
          Add a {itemName}
        </Button>
      </div>
    </Stack>
  );
}
