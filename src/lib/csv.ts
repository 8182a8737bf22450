/**
 * CSV files as RFC 4180 says (Papa Parse writes them: CRLF line ends, quotes doubled, fields with
 * commas, quotes or line breaks quoted), with formula injection neutralised: a cell that begins
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it
 * as text instead of running it. Files start with a UTF-8 byte-order mark, which is how Excel on
 * Windows knows the file is UTF-8 (without it, curly quotes and accents come out garbled).
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return Papa.unparse(
    { fields: header.map(neutraliseCell), data: rows.map((row) => row.map(neutraliseCell)) },
    { newline: '\r\n', quotes: false },
  );
}

/** The byte-order mark that tells a spreadsheet the file is UTF-8. */
const UTF8_BOM = '\uFEFF';
const CSV_TYPE = 'text/csv;charset=utf-8';

/** A CSV file as it is saved: the byte-order mark, then the text. */
export const csvBlob = (csv: string): Blob => new Blob([UTF8_BOM, csv], { type: CSV_TYPE });
