import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { listed } from '../domain/words';
import type { RecordForm } from '../lib/useRecordForm';

interface ChangedElsewhereProps<T extends object> {
  readonly form: RecordForm<T>;
  /** What the form edits, as the sentence names it: "response", "action". */
  readonly what: string;
  /** Each field's label, for saying what changed. */
  readonly labels: Readonly<Record<keyof T, string>>;
}

/**
 * Says that the record a person is editing was saved elsewhere meanwhile (the shared plan or
 * another tab), what changed, and lets them choose: keep their edits or take the saved version.
 * Nothing is saved over the other change until they have chosen.
 */
export function ChangedElsewhere<T extends object>({
  form,
  what,
  labels,
}: ChangedElsewhereProps<T>) {
  const notice = useRef<HTMLDivElement>(null);
  // A save held back for the person's choice: the notice is where they make it.
  useEffect(() => {
    if (form.heldBack > 0) notice.current?.focus();
  }, [form.heldBack]);
  if (!form.changedElsewhere) return null;
  const fields = [...new Set(form.changedElsewhere.map((key) => labels[key]))];
  return (
    <Alert
      ref={notice}
      tabIndex={-1}
      role="alert"
      color="yellow"
      c="dark"
      title="Changed elsewhere while you were editing"
      mb="md"
    >
      <Text size="sm" mb="sm">
        Someone saved a change to this {what} after you started editing (on the shared plan, or in
        another tab): {listed(fields)}. Your edits are kept below. Saving them would replace that
        change, so choose first.
      </Text>
      <Group gap="sm">
        <Button size="sm" variant="default" onClick={form.keepMine}>
          Keep my edits
        </Button>
        <Button size="sm" variant="default" onClick={form.takeSaved}>
          Discard my edits
        </Button>
      </Group>
    </Alert>
  );
}
