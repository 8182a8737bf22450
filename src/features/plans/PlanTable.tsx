/** The plan as a sortable table: one row per action, its RAG in words and colour. */
import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { Link } from 'react-router';
import { RagBadge } from '../../components/RagBadge';
import { ACTION_STATUS_LABEL, isOverdue, type Action } from '../../domain/actions';
import { formatUkDate } from '../../domain/dates';
import { type PlanSortKey } from '../../domain/planFilter';
import { fourPRowName } from '../../domain/strategicTool';
import { ScrollingTable } from '../../components/ScrollingTable';

export const COLUMNS: { key: PlanSortKey; label: string }[] = [
  { key: 'ref', label: 'Reference' },
  { key: 'title', label: 'Action' },
  { key: 'body', label: 'Owning body' },
  { key: 'status', label: 'Status' },
  { key: 'rag', label: 'Latest RAG' },
  { key: 'dueDate', label: 'Due' },
];

export interface PlanTableProps {
  readonly rows: readonly Action[];
  readonly bodyName: (id: string) => string;
  readonly sortKey: PlanSortKey;
  readonly direction: 'ascending' | 'descending';
  readonly onSort: (key: PlanSortKey) => void;
  readonly today: string;
}

export function PlanTable({ rows, bodyName, sortKey, direction, onSort, today }: PlanTableProps) {
  return (
    <ScrollingTable label="Actions" minWidth={900}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>Actions. Select a column heading to sort.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => {
              const sorted = column.key === sortKey;
              const Icon = !sorted
                ? IconSelector
                : direction === 'ascending'
                  ? IconArrowUp
                  : IconArrowDown;
              return (
                <Table.Th key={column.key} scope="col" aria-sort={sorted ? direction : undefined}>
                  <UnstyledButton
                    onClick={() => onSort(column.key)}
                    fw={700}
                    style={{ display: 'inline-flex', alignItems: 'center', gap: 4, minHeight: 24 }}
                  >
                    {column.label}
                    <Icon size={14} aria-hidden="true" />
                  </UnstyledButton>
                </Table.Th>
              );
            })}
            <Table.Th scope="col">Primary 4P row</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>
                <Anchor component={Link} to={`/actions/${action.ref}`} fw={600}>
                  {action.ref}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {action.title}
                {action.demo ? (
                  <span className="tag" style={{ marginLeft: 6 }}>
                    Demo
                  </span>
                ) : null}
              </Table.Td>
              <Table.Td>{bodyName(action.bodyId)}</Table.Td>
              <Table.Td>{ACTION_STATUS_LABEL[action.status]}</Table.Td>
              <Table.Td>
                {action.latestRag ? (
                  <RagBadge status={action.latestRag} />
                ) : (
                  <Text size="sm">No update</Text>
                )}
              </Table.Td>
              <Table.Td>
                {formatUkDate(action.dueDate)}
                {isOverdue(action, today) ? (
                  <span className="tag tag-warning" style={{ marginLeft: 6 }}>
                    Overdue
                  </span>
                ) : null}
              </Table.Td>
              <Table.Td>{fourPRowName(action.primaryRow)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
