import { Code, Text } from '@mantine/core';
import { FieldComparison } from '../../components/FieldComparison';
import { changedFields, fieldLabel, valueInWords, type AuditEntry } from '../../domain/audit';

/** A readable before-and-after of the fields an entry changed. */
export function EntryChanges({ entry }: { readonly entry: AuditEntry }) {
  const changes = changedFields(entry.before, entry.after);
  return (
    <>
      {changes.length === 0 ? (
        <Text size="sm">No field-level changes recorded for this entry.</Text>
      ) : (
        <FieldComparison
          caption={`Fields changed in entry ${entry.seq}`}
          columns={['Before', 'After']}
          fields={changes.map((change) => ({
            field: change.field,
            label: fieldLabel(change.field),
            before: valueInWords(change.before, change.field),
            after: valueInWords(change.after, change.field),
          }))}
        />
      )}
      <Text size="xs" mt={4}>
        Hash <Code>{entry.hash}</Code>, linked to <Code>{entry.prevHash.slice(0, 16)}…</Code>
      </Text>
    </>
  );
}
