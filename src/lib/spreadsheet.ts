/**
 * Reads an Excel workbook (.xlsx) or a CSV file into a `SheetTable`, refusing what cannot be read
 * safely: files too large, a zip that inflates far beyond its size (a "zip bomb"), the old .xls
 * format, merged cells, a missing or repeated header, malformed CSV.
 *
 * Libraries: exceljs reads workbooks (maintained, unlike the `xlsx` package on npm); fflate
 * inflates the zip first with a running count, so a bomb is caught before exceljs holds it in
 * memory; Papa Parse reads CSV as RFC 4180 says. exceljs is loaded only when a workbook is read.
 */
import type { CellValue } from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import Papa from 'papaparse';
import type { Problem } from '../domain/problems';
import {
  columnLetter,
  EMPTY_CELL,
  type SheetCell,
  type SheetRow,
  type SheetTable,
} from '../domain/sheet';

const SPREADSHEET_MAX_BYTES = 10 * 1024 * 1024;
/** A real workbook of this size inflates to a few times its size; 100 MB is far beyond that. */
const UNZIPPED_MAX_BYTES = 100 * 1024 * 1024;
const ZIP_MAX_ENTRIES = 1000;

export interface ReadOptions {
  /** Read this worksheet (by name); otherwise the first worksheet with anything in it. */
  readonly sheetName?: string;
  readonly maxRows: number;
}

export type SheetResult = { ok: true; table: SheetTable } | { ok: false; problems: Problem[] };

const refuse = (message: string, extra: Partial<Problem> = {}): SheetResult => ({
  ok: false,
  problems: [{ field: 'file', message, ...extra }],
});

export async function readSpreadsheet(file: File, options: ReadOptions): Promise<SheetResult> {
  if (file.size === 0) return refuse('The file is empty.');
  if (file.size > SPREADSHEET_MAX_BYTES)
    return refuse(
      `The file is ${(file.size / 1024 ** 2).toFixed(1)} MB; a spreadsheet can be at most ${SPREADSHEET_MAX_BYTES / 1024 ** 2} MB.`,
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readWorkbook(file.name, bytes, options);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    return refuse(
      'The file is in the old Excel format (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx), then choose it again.',
    );
  if (/\.xlsx$/i.test(file.name))
    return refuse('The file is named .xlsx but is not an Excel workbook: it may be damaged.');
  if (!/\.(csv|txt)$/i.test(file.name))
    return refuse('Choose an Excel workbook (.xlsx) or a CSV file (.csv).');
  return readCsv(file.name, new TextDecoder('utf-8').decode(bytes), options);
}

/** Inflates every entry with a running count, stopping as soon as it passes the ceiling. */
function checkZip(bytes: Uint8Array): string | null {
  let total = 0;
  let entries = 0;
  let problem: string | null = null;
  const unzip = new Unzip((entry) => {
    entries += 1;
    if (entries > ZIP_MAX_ENTRIES) {
      problem ??= 'The workbook holds far more parts than a spreadsheet has. It was refused.';
      return;
    }
    entry.ondata = (error, chunk) => {
      if (error) {
        problem ??= 'The workbook is damaged and cannot be read.';
        return;
      }
      total += chunk.length;
      if (total > UNZIPPED_MAX_BYTES && !problem) {
        problem =
          'The workbook unpacks to more than 100 MB, far more than a spreadsheet of its size should. It was refused, as it may be built to exhaust the browser’s memory.';
        entry.terminate();
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    return 'The workbook is damaged and cannot be read.';
  }
  if (entries === 0) return 'The file is not an Excel workbook: it may be damaged.';
  return problem;
}

function toCell(value: CellValue): SheetCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (value instanceof Date) return { kind: 'date', date: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string')
    return value.trim() === '' ? EMPTY_CELL : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('richText' in value)
    return { kind: 'text', text: value.richText.map((part) => part.text).join('') };
  if ('error' in value) return { kind: 'text', text: String(value.error) };
  if ('text' in value) return { kind: 'text', text: String(value.text) };
  return EMPTY_CELL;
}

async function readWorkbook(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<SheetResult> {
  const zipProblem = checkZip(bytes);
  if (zipProblem) return refuse(zipProblem);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    return refuse('The workbook could not be read: it may be damaged, or saved in another format.');
  }
  const sheet = options.sheetName
    ? workbook.getWorksheet(options.sheetName)
    : (workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ??
      workbook.worksheets[0]);
  if (!sheet)
    return refuse(
      options.sheetName
        ? `The workbook has no sheet named “${options.sheetName}”.`
        : 'The workbook has no sheets.',
    );
  const problems: Problem[] = [];
  const grid: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.isMerged && problems.length < 10)
        problems.push({
          field: 'file',
          row: number,
          column: columnLetter(column - 1),
          message: `Cell ${columnLetter(column - 1)}${number} is part of merged cells: unmerge them, so that each row stands on its own.`,
        });
      cells[column - 1] = toCell(cell.value);
    });
    grid.push({ number, cells: Array.from(cells, (cell) => cell ?? EMPTY_CELL) });
  });
  if (problems.length > 0) return { ok: false, problems };
  return toTable(fileName, sheet.name, grid, options);
}

function readCsv(fileName: string, text: string, options: ReadOptions): SheetResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find(
    (error) => error.type === 'Quotes' || error.type === 'Delimiter',
  );
  if (broken)
    return refuse(
      `The CSV file is malformed near row ${(broken.row ?? 0) + 1}: ${broken.type === 'Quotes' ? 'a quoted field is never closed' : 'its columns cannot be told apart'}.`,
    );
  const grid = parsed.data.map((cells, index) => ({
    number: index + 1,
    cells: cells.map((value): SheetCell =>
      value.trim() === ''
        ? EMPTY_CELL
        : /^=./.test(value.trim())
          ? { kind: 'formula' }
          : { kind: 'text', text: value },
    ),
  }));
  return toTable(fileName, 'CSV', grid, options);
}

function toTable(
  fileName: string,
  sheetName: string,
  grid: readonly SheetRow[],
  options: ReadOptions,
): SheetResult {
  const [header, ...rows] = grid;
  if (!header || header.number !== 1 || header.cells.every((cell) => cell.kind === 'empty'))
    return refuse(
      'The first row must hold the column headings, such as Reference, Title, Due date.',
    );
  const headers = header.cells.map((cell) => (cell.kind === 'text' ? cell.text.trim() : ''));
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const seen = new Map<string, number>();
  for (const [index, name] of headers.entries()) {
    if (name === '')
      return refuse(
        `Column ${columnLetter(index)} has no heading: give every column a heading in row 1.`,
      );
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined)
      return refuse(
        `Columns ${columnLetter(earlier)} and ${columnLetter(index)} have the same heading, “${name}”: give each column its own heading.`,
      );
    seen.set(name.toLowerCase(), index);
  }
  const stray = rows.find((row) =>
    row.cells.slice(headers.length).some((cell) => cell.kind !== 'empty'),
  );
  if (stray)
    return refuse(`Row ${stray.number} has values beyond the last column with a heading.`, {
      row: stray.number,
    });
  const dataRows = rows.filter((row) => row.cells.some((cell) => cell.kind !== 'empty'));
  if (dataRows.length === 0) return refuse('The sheet has headings but no rows under them.');
  if (dataRows.length > options.maxRows)
    return refuse(
      `The sheet has ${dataRows.length} rows; at most ${options.maxRows} can be read at once.`,
    );
  return {
    ok: true,
    table: {
      fileName,
      sheetName,
      headers,
      rows: dataRows.map((row) => ({
        number: row.number,
        cells: headers.map((_, index) => row.cells[index] ?? EMPTY_CELL),
      })),
    },
  };
}
