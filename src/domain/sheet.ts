/**
 * A spreadsheet as the app reads it: a header row and the rows under it, each cell reduced to
 * what it holds. Both Excel workbooks and CSV files are read into this shape, so the rules for
 * imports and returns do not care which the user chose.
 */
import { isIsoDate, type IsoDate } from './dates';

export type SheetCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A cell Excel stores as a date. */
  | { readonly kind: 'date'; readonly date: IsoDate }
  /** A formula: the app never trusts a computed value it cannot see the workings of. */
  | { readonly kind: 'formula' };

export interface SheetRow {
  /** The row number the spreadsheet shows (the header is row 1). */
  readonly number: number;
  readonly cells: readonly SheetCell[];
}

export interface SheetTable {
  readonly fileName: string;
  readonly sheetName: string;
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
}

export const EMPTY_CELL: SheetCell = { kind: 'empty' };

/** The cell as text, trimmed; a number as written; a date as YYYY-MM-DD. */
export function cellText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date;
    default:
      return '';
  }
}

/** "A", "B", … "AA": the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex(
    (month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'),
  );
  return index < 0 ? null : index + 1;
}

export type SheetDate = { ok: true; date: IsoDate } | { ok: false; message: string };

const DATE_EXAMPLE = 'write it as day/month/year, for example 31/03/2027';

/**
 * Reads a date from a cell the way UK spreadsheets hold them: an Excel date, 2027-03-31,
 * 31/03/2027, 31-3-27, 31.03.2027 or 31 March 2027. Day comes first, as in the UK; a date that
 * does not exist (31/02/2027, or a US-style 12/31/2027) is refused, never guessed at.
 */
export function readSheetDate(cell: SheetCell | undefined): SheetDate {
  if (!cell || cell.kind === 'empty') return { ok: false, message: `is empty: ${DATE_EXAMPLE}` };
  if (cell.kind === 'date') return { ok: true, date: cell.date };
  if (cell.kind === 'formula')
    return { ok: false, message: 'holds a formula: type the date itself' };
  if (cell.kind === 'number')
    return { ok: false, message: `holds the number ${cell.value}, not a date: ${DATE_EXAMPLE}` };
  const text = cell.text.trim();
  let year: number;
  let month: number | null;
  let day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3]?.length === 2) year += 2000;
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text))) {
    [day, month, year] = [Number(match[1]), monthNumber(match[2] ?? ''), Number(match[3])];
    if (month === null)
      return { ok: false, message: `“${text}” has no month we recognise: ${DATE_EXAMPLE}` };
  } else {
    return { ok: false, message: `“${text}” is not a date: ${DATE_EXAMPLE}` };
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(iso))
    return {
      ok: false,
      message: `“${text}” is not a real date (dates are read day first, as in 31/12/2027)`,
    };
  return { ok: true, date: iso };
}
