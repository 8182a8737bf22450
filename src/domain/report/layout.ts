/**
 * Tables laid out for a printed page, the same way for the PDF and the Word document: columns
 * empty in every row are left out; each column is at least as wide as its longest word (so a
 * reference, a RAG word or a heading never breaks mid-word); what is left of the page's width
 * goes to the columns with the most text; and a table that will not fit a portrait page asks
 * for a landscape one. Widths are in points and always add up to the text width.
 */
import { documentCellText, type ReportColumn, type ReportTable } from './model';

/** A page's text width, portrait and landscape, and what a table cell adds around its text. */
export interface PageFormat {
  readonly portraitWidth: number;
  readonly landscapeWidth: number;
  /** Padding and rules around a cell's text, left and right together, in points. */
  readonly cellPadding: number;
  /** The table's font size in points. */
  readonly fontSize: number;
}

export interface TablePlan {
  readonly table: ReportTable;
  /** Each column's width in points, padding included. */
  readonly widths: readonly number[];
  readonly landscape: boolean;
}

/**
 * Average advance widths of Arial and Roboto (which share their metrics closely), in ems,
 * rounded up: narrow letters, wide letters, capitals and digits, and everything else.
 */
const NARROW = new Set([...'iljtfrI.,;:!|\'"()[] -/']);
const WIDE = new Set([...'mwMW@%']);
function charEm(c: string): number {
  if (NARROW.has(c)) return 0.33;
  if (WIDE.has(c)) return 0.89;
  if (/[A-Z]/.test(c)) return 0.7;
  if (/[0-9]/.test(c)) return 0.56;
  return 0.56;
}

/** The width of a run of text in points, a little generous so that real fonts always fit. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const c of text) ems += charEm(c);
  return ems * fontSize * (bold ? 1.08 : 1) * 1.05;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const longestWord = (text: string, fontSize: number, bold: boolean) =>
  Math.max(0, ...words(text).map((w) => textWidth(w, fontSize, bold)));

/** The table without the columns that are empty in every row. */
export function withoutEmptyColumns(table: ReportTable): ReportTable {
  const keep = table.columns.map(
    (_, i) =>
      table.rows.length === 0 || table.rows.some((row) => documentCellText(row[i] ?? null) !== ''),
  );
  if (keep.every(Boolean)) return table;
  const pick = <T>(values: readonly T[]) => values.filter((_, i) => keep[i]);
  return { ...table, columns: pick(table.columns), rows: table.rows.map(pick) };
}

/** A word longer than this share of the page may break: a pasted web address, not a reference. */
export const LONGEST_UNBROKEN_SHARE = 0.2;

export function planTable(source: ReportTable, page: PageFormat): TablePlan {
  const table = withoutEmptyColumns(source);
  const { fontSize, cellPadding } = page;
  const columnText = (i: number) => table.rows.map((row) => documentCellText(row[i] ?? null));
  const minimum = (available: number) =>
    table.columns.map(
      (c: ReportColumn, i) =>
        cellPadding +
        Math.min(
          available * LONGEST_UNBROKEN_SHARE,
          Math.max(
            longestWord(c.heading, fontSize, true),
            ...columnText(i).map((t) => longestWord(t, fontSize, false)),
          ),
        ),
    );
  const preferred = table.columns.map(
    (c, i) =>
      cellPadding +
      Math.max(
        textWidth(c.heading, fontSize, true),
        ...columnText(i).flatMap((t) =>
          t.split(/\r\n|\r|\n/).map((line) => textWidth(line, fontSize)),
        ),
      ),
  );
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const landscape = sum(minimum(page.portraitWidth)) > page.portraitWidth;
  const available = landscape ? page.landscapeWidth : page.portraitWidth;
  let widths = minimum(available);
  const least = sum(widths);
  if (least > available) {
    // Even landscape is too narrow for every longest word: share the page in proportion.
    widths = widths.map((w) => (w * available) / least);
  } else {
    const wants = preferred.map((p, i) => Math.max(0, p - (widths[i] ?? 0)));
    const wanted = sum(wants);
    const spare = available - least;
    widths =
      wanted >= spare
        ? widths.map((w, i) => w + ((wants[i] ?? 0) * spare) / wanted)
        : // Everything fits on one line: the rest of the page is shared out evenly.
          widths.map((w, i) => w + (wants[i] ?? 0) + (spare - wanted) / widths.length);
  }
  return { table, widths, landscape };
}
