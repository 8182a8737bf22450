/** An action's quarterly updates on its page, and the label-and-value pairs of its details. */
import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { actionUpdatesQuery } from '../../api/queries';
import { parseQuarterKey, quarterLabel } from '../../domain/quarters';
import { QueryState } from '../../components/QueryState';
import { RagBadge } from '../../components/RagBadge';
import { ScrollingTable } from '../../components/ScrollingTable';

export function ActionUpdates({
  actionId,
  actionRef,
}: {
  readonly actionId: string;
  readonly actionRef: string;
}) {
  const updates = useQuery(actionUpdatesQuery(actionId));
  return (
    <QueryState query={updates} what="the updates">
      {(list) =>
        list.length === 0 ? (
          <Text c="dimmed">
            No update yet.{' '}
            <Anchor component={Link} to={`/updates`}>
              Go to the quarterly round
            </Anchor>{' '}
            to record one.
          </Text>
        ) : (
          <ScrollingTable label="Quarterly updates">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Quarter</Table.Th>
                  <Table.Th scope="col">RAG</Table.Th>
                  <Table.Th scope="col">Complete</Table.Th>
                  <Table.Th scope="col">Narrative</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...list].reverse().map((update) => {
                  const quarter = parseQuarterKey(update.quarter);
                  return (
                    <Table.Tr key={update.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/updates/${update.quarter}/${actionRef}`}>
                          {quarter ? quarterLabel(quarter) : update.quarter}
                        </Anchor>
                        {update.state === 'draft' ? ' (draft)' : ''}
                      </Table.Td>
                      <Table.Td>{update.rag ? <RagBadge status={update.rag} /> : '—'}</Table.Td>
                      <Table.Td>
                        {update.percentComplete == null ? '—' : `${update.percentComplete}%`}
                      </Table.Td>
                      <Table.Td>{update.narrative}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollingTable>
        )
      }
    </QueryState>
  );
}

export function Detail({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text c={value ? undefined : 'dimmed'}>{value || 'Not recorded'}</Text>
    </div>
  );
}
