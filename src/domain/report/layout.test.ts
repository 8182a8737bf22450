import { describe, expect, it } from 'vitest';
import { planTable, textWidth, withoutEmptyColumns, type PageFormat } from './layout';
import { dateColumn, numberColumn, textColumn, type ReportTable } from './model';

const PAGE: PageFormat = { portraitWidth: 480, landscapeWidth: 730, cellPadding: 9, fontSize: 9 };
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const longestWord = (texts: readonly string[], bold = false) =>
  Math.max(...texts.flatMap((t) => t.split(/\s+/)).map((w) => textWidth(w, PAGE.fontSize, bold)));

const narrative =
  'Detached youth workers met 140 young people across Leyton and Walthamstow, with partners from the police and health engaged in every session this quarter.';

describe('tables planned for the page', () => {
  const table: ReportTable = {
    caption: 'Actions',
    columns: [
      textColumn('Ref', 10),
      textColumn('RAG', 10),
      numberColumn('Total'),
      textColumn('Update', 50),
      dateColumn('Revised date'),
    ],
    rows: [
      ['BOARD-03', 'Amber', 100, narrative, null],
      ['GYV-16', 'Green', 5, 'Short.', null],
    ],
  };
  const plan = planTable(table, PAGE);

  it('leaves out a column that is empty in every row', () => {
    expect(plan.table.columns.map((c) => c.heading)).toEqual(['Ref', 'RAG', 'Total', 'Update']);
    expect(withoutEmptyColumns({ ...table, rows: [] }).columns).toHaveLength(5);
  });

  it('fills the text width exactly, on a portrait page when it fits', () => {
    expect(plan.landscape).toBe(false);
    expect(sum(plan.widths)).toBeCloseTo(PAGE.portraitWidth, 6);
  });

  it('never makes a column narrower than its longest word, heading included', () => {
    plan.table.columns.forEach((column, i) => {
      const texts = plan.table.rows.map((row) => String(row[i] ?? ''));
      const needed =
        Math.max(longestWord(texts), longestWord([column.heading], true)) + PAGE.cellPadding;
      expect(plan.widths[i]).toBeGreaterThanOrEqual(needed - 1e-9);
    });
  });

  it('gives the spare width to the column with the most text', () => {
    const widest = plan.widths.indexOf(Math.max(...plan.widths));
    expect(plan.table.columns[widest]?.heading).toBe('Update');
  });

  it('asks for a landscape page when the longest words do not fit a portrait one', () => {
    const wide: ReportTable = {
      caption: 'Wide',
      columns: Array.from({ length: 9 }, (_, i) => textColumn(`Column${i}`, 10)),
      rows: [Array.from({ length: 9 }, () => 'Partnership-wide-engagement')],
    };
    const landscape = planTable(wide, PAGE);
    expect(landscape.landscape).toBe(true);
    expect(sum(landscape.widths)).toBeCloseTo(PAGE.landscapeWidth, 6);
  });
});
