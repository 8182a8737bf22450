import { Table } from '@mantine/core';
import { ScrollingTable } from './ScrollingTable';

interface ComparedField {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

interface FieldComparisonProps {
  readonly caption: string;
  /** What the two columns hold: "Before" and "After", or whose version each is. */
  readonly columns: readonly [string, string];
  readonly fields: readonly ComparedField[];
}

/** Two versions of a record side by side, one row per field, the text as written. */
export function FieldComparison({ caption, columns, fields }: FieldComparisonProps) {
  const cell = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;
  return (
    <ScrollingTable label={caption} minWidth={480}>
      <Table withTableBorder fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">{columns[0]}</Table.Th>
            <Table.Th scope="col">{columns[1]}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.field}>
              <Table.Th scope="row">{field.label}</Table.Th>
              <Table.Td style={cell}>{field.before}</Table.Td>
              <Table.Td style={cell}>{field.after}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
