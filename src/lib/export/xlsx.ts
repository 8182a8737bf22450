/**
 * The quarter as an Excel workbook (exceljs, loaded only when asked for): one sheet per subject,
 * typed cells (numbers as numbers, dates and moments as dates), a frozen header row with filters,
 * long text wrapped, one named font, and set up to print on A4: landscape, fitted to the page's
 * width, the header row repeated on every page.
 *
 * Text is always a string cell, which a spreadsheet never evaluates. Text that begins with =, +,
 * -, @, a tab or a carriage return also gets the cell's quote-prefix style, so Excel shows it as
 * typed and keeps it text when someone edits the cell; nothing is added to the text itself.
 */
import type { Cell, Font, Style } from 'exceljs';
import type { ReportCell, ReportCover, ReportSheet } from '../../domain/report/model';
import { printable } from './text';

const FONT = 'Arial';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D4F91' } } as const;
const HEADER_FONT: Partial<Font> = {
  name: FONT,
  size: 10,
  bold: true,
  color: { argb: 'FFFFFFFF' },
};
const BODY_FONT: Partial<Font> = { name: FONT, size: 10 };
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text columns at least this wide (in characters) wrap their text. */
const WRAP_FROM = 24;
/** A4, in exceljs's (and Excel's) paper size codes. */
const A4 = 9;

const excelDate = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

function valueOf(cell: ReportCell): string | number | Date | null {
  if (cell === null || typeof cell === 'number') return cell;
  if (typeof cell === 'object') return excelDate('date' in cell ? cell.date : cell.dateTime);
  return printable(cell);
}

/**
 * exceljs cannot write the quote-prefix style, so the cells that need it carry a marker style
 * (protection, which this workbook uses for nothing else) and the marker is turned into
 * quotePrefix="1" in the styles part after writing.
 */
const QUOTE_MARKER = { locked: true } as const;

async function withQuotePrefix(buffer: ArrayBuffer): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(buffer));
  const styles = files['xl/styles.xml'];
  if (styles)
    files['xl/styles.xml'] = strToU8(
      strFromU8(styles).replace(/<xf ([^>]*?)applyProtection="1"/g, '<xf $1quotePrefix="1"'),
    );
  return zipSync(files, { level: 6 });
}

function numberFormat(source: ReportCell): string | undefined {
  if (source !== null && typeof source === 'object')
    return 'date' in source ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm';
  // Whole numbers with thousands separated, as the documents print them; others as typed.
  return Number.isInteger(source) ? '#,##0' : undefined;
}

/**
 * A cell's style: one object for all the cells styled alike. exceljs writes a style object it has
 * seen before at once, while one made for each cell had it render and look up every cell's font
 * and alignment: at 100x (20,000 actions) the workbook took 5.5 s to make, 3.6-4.1 s with them
 * shared, and the same file (`BENCH_SCALES=exports npx tsx tests/bench/run.ts`). Being shared, no
 * one cell's style may be changed in place: every cell styled alike would change with it (the
 * header row's fill, set on the row below, is the same for each of its cells).
 */
function cellStyles(): (header: boolean, wraps: boolean, source: ReportCell) => Partial<Style> {
  const made = new Map<string, Partial<Style>>();
  return (header, wraps, source) => {
    const numFmt = numberFormat(source);
    const quoted = typeof source === 'string' && FORMULA_START.test(source);
    const key = `${header} ${wraps} ${numFmt} ${quoted}`;
    let style = made.get(key);
    if (!style) {
      style = {
        font: header ? HEADER_FONT : BODY_FONT,
        alignment: { vertical: 'top', wrapText: header || wraps },
        ...(numFmt && { numFmt }),
        ...(quoted && { protection: QUOTE_MARKER }),
      };
      made.set(key, style);
    }
    return style;
  };
}

export async function writeXlsx(cover: ReportCover, sheets: readonly ReportSheet[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const styleOf = cellStyles();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = cover.partnership;
  workbook.title = `${cover.title}, ${cover.quarterLabel}`;
  workbook.subject = `Snapshot SHA-256 ${cover.hash}`;
  workbook.created = new Date(cover.producedAt);

  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: {
        paperSize: A4,
        orientation: table.columns.length > 3 ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L${name}&RPage &P of &N` },
    });
    sheet.pageSetup.printTitlesRow = '1:1';
    sheet.columns = table.columns.map((c) => ({ header: printable(c.heading), width: c.width }));
    for (const row of table.rows)
      sheet.addRow(table.columns.map((_, i) => valueOf(row[i] ?? null)));

    const wraps = table.columns.map((c) => c.kind === 'text' && c.width >= WRAP_FROM);
    sheet.eachRow((row, number) => {
      row.eachCell({ includeEmpty: true }, (cell: Cell, column) => {
        const source = number === 1 ? null : (table.rows[number - 2]?.[column - 1] ?? null);
        cell.style = styleOf(number === 1, wraps[column - 1] ?? false, source);
      });
      // The header row's fill, on the row (so on its cells' shared header style too).
      if (number === 1) row.fill = HEADER_FILL;
    });
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
    };
  }
  // Stored, not compressed: the file is compressed once, when it is zipped again (`withQuotePrefix`).
  const bytes = await withQuotePrefix(
    await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }),
  );
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
