/**
 * The quarter as an Excel workbook (exceljs, loaded only when asked for): one sheet per subject,
 * typed cells (numbers as numbers, dates as dates), a frozen header row with filters on every
 * sheet. Text that begins with =, +, -, @, a tab or a carriage return is neutralised with a
 * leading apostrophe, as in the CSV, so a cell can never become a formula.
 */
import { neutraliseCell } from '../csv';
import type { ReportCover, ReportSheet } from '../../domain/report/model';
import { printable } from './text';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D4F91' } } as const;

export async function writeXlsx(cover: ReportCover, sheets: readonly ReportSheet[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = cover.partnership;
  workbook.title = `${cover.title}, ${cover.quarterLabel}`;
  workbook.subject = `Snapshot SHA-256 ${cover.hash}`;
  workbook.created = new Date(cover.producedAt);

  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: neutraliseCell(printable(c.heading)),
      width: c.width,
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    header.fill = HEADER_FILL;
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of table.rows) {
      sheet.addRow(
        table.columns.map((_, index) => {
          const cell = row[index] ?? null;
          if (cell === null || typeof cell === 'number') return cell;
          if (typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
          return neutraliseCell(printable(cell));
        }),
      );
    }
    table.columns.forEach((c, index) => {
      if (c.kind === 'date') sheet.getColumn(index + 1).numFmt = 'dd/mm/yyyy';
    });
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
    };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
