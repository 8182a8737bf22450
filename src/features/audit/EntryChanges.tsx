import { Code, Table, Text } from '@mantine/core';
import { changedFields, fieldLabel, type AuditEntry } from '../../domain/audit';

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return JSON.stringify(value);
}

/** A readable before-and-after of the fields an entry changed. */
export function EntryChanges({ entry }: { readonly entry: AuditEntry }) {
  const changes = changedFields(entry.before, entry.after);
  return (
    <>
      {changes.length === 0 ? (
        <Text size="sm">No field-level changes recorded for this entry.</Text>
      ) : (
        <Table withTableBorder fz="sm">
          <Table.Caption>Fields changed in entry {entry.seq}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Field</Table.Th>
              <Table.Th scope="col">Before</Table.Th>
              <Table.Th scope="col">After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Th scope="row">{fieldLabel(change.field)}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {show(change.before)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {show(change.after)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" mt={4}>
        Hash <Code>{entry.hash}</Code>, linked to <Code>{entry.prevHash.slice(0, 16)}…</Code>
      </Text>
    </>
  );
}
