import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { historyQuery } from '../api/queries';
import { AUDIT_KIND_LABEL, changedFieldNames, type EntityType } from '../domain/audit';
import { formatUkDateTime } from '../domain/dates';
import { QueryState } from './QueryState';
import { ScrollingTable } from './ScrollingTable';

/** An entity's history, drawn from the audit log: who changed what, and when. */
export function History({
  entityType,
  entityId,
}: {
  readonly entityType: EntityType;
  readonly entityId: string;
}) {
  const history = useQuery(historyQuery(entityType, entityId));
  return (
    <QueryState query={history} what="the history">
      {(entries) =>
        entries.length === 0 ? (
          <Text c="dimmed">No changes have been recorded since the workspace was created.</Text>
        ) : (
          <ScrollingTable label={'Changes, newest first'} minWidth={600}>
            <Table verticalSpacing="xs">
              <Table.Caption>Changes, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Who</Table.Th>
                  <Table.Th scope="col">What</Table.Th>
                  <Table.Th scope="col">Fields changed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.seq}>
                    <Table.Td>{formatUkDateTime(entry.at)}</Table.Td>
                    <Table.Td>{entry.actor}</Table.Td>
                    <Table.Td>
                      {AUDIT_KIND_LABEL[entry.kind]}: {entry.summary}
                    </Table.Td>
                    <Table.Td>{changedFieldNames(entry).join(', ') || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollingTable>
        )
      }
    </QueryState>
  );
}
