import { Table } from '@mantine/core';
import type { Problem } from '../domain/problems';
import { ScrollingTable } from './ScrollingTable';

/** Problems found in a spreadsheet, by row and column as the spreadsheet shows them. */
export function ProblemTable({
  problems,
  caption,
}: {
  readonly problems: readonly Problem[];
  readonly caption: string;
}) {
  return (
    <ScrollingTable label={caption} minWidth={560}>
      <Table withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={`${problem.row ?? ''}-${problem.column ?? ''}-${index}`}>
              <Table.Td>{problem.row ?? '—'}</Table.Td>
              <Table.Td>{problem.column ?? '—'}</Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
