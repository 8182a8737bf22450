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
import type { Cell } from 'exceljs';
import type { ReportCell, ReportCover, ReportSheet } from '../../domain/report/model';
import { printable } from './text';

const FONT = 'Arial';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D4F91' } } as const;
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

export async function writeXlsx(cover: ReportCover, sheets: readonly ReportSheet[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
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
        cell.font =
          number === 1
            ? { name: FONT, size: 10, bold: true, color: { argb: 'FFFFFFFF' } }
            : { name: FONT, size: 10 };
        cell.alignment = {
          vertical: 'top',
          wrapText: number === 1 || (wraps[column - 1] ?? false),
        };
        const source = number === 1 ? null : (table.rows[number - 2]?.[column - 1] ?? null);
        if (typeof source === 'string' && FORMULA_START.test(source))
          cell.protection = QUOTE_MARKER;
        if (source !== null && typeof source === 'object')
          cell.numFmt = 'date' in source ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm';
        // Whole numbers with thousands separated, as the documents print them; others as typed.
        if (Number.isInteger(source)) cell.numFmt = '#,##0';
      });
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
