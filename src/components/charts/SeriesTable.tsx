import { Table } from '@mantine/core';
import type { Series } from '../../domain/chartSeries';
import { formatFigure } from '../../domain/figures';
import { ScrollingTable } from '../ScrollingTable';

interface SeriesTableProps {
  readonly caption: string;
  /** Heading of the first column, e.g. "Body" or "Quarter". */
  readonly category: string;
  readonly rows: readonly {
    readonly name: string;
    /** The row's numbers, looked up by the series' keys. */
    readonly values: object;
  }[];
  /** The columns: each series' key and name (its colour is the chart's business). */
  readonly series: readonly Pick<Series, 'key' | 'label'>[];
}

/** The numbers behind a chart, as a real table: one row per category, one column per series. */
export function SeriesTable({ caption, category, rows, series }: SeriesTableProps) {
  return (
    <ScrollingTable label={caption}>
      <Table withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{category}</Table.Th>
            {series.map((s) => (
              <Table.Th key={s.key} scope="col" ta="right">
                {s.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.name}>
              <Table.Th scope="row">{row.name}</Table.Th>
              {series.map((s) => (
                <Table.Td key={s.key} ta="right">
                  {formatFigure((row.values as Partial<Record<string, number>>)[s.key] ?? 0)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
