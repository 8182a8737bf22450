import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './spreadsheet';

async function workbookFile(fill: (sheet: ExcelJS.Worksheet) => void, name = 'tracker.xlsx') {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Tracker'));
  const buffer = await workbook.xlsx.writeBuffer();
  return new File([buffer], name);
}

describe('reading a spreadsheet', () => {
  it('reads an Excel workbook: headings, text, numbers, dates, formulas', async () => {
    const file = await workbookFile((sheet) => {
      sheet.addRow(['Reference', 'Due date', 'Percent', 'Total']);
      sheet.addRow([
        'GYV-01',
        new Date(Date.UTC(2027, 2, 31)),
        40,
        { formula: 'C2*2', result: 80 },
      ]);
    });
    const result = await readSpreadsheet(file, { maxRows: 10 });
    expect(result).toEqual({
      ok: true,
      table: {
        fileName: 'tracker.xlsx',
        sheetName: 'Tracker',
        headers: ['Reference', 'Due date', 'Percent', 'Total'],
        rows: [
          {
            number: 2,
            cells: [
              { kind: 'text', text: 'GYV-01' },
              { kind: 'date', date: '2027-03-31' },
              { kind: 'number', value: 40 },
              { kind: 'formula' },
            ],
          },
        ],
      },
    });
  });

  it('refuses merged cells, naming the cell', async () => {
    const file = await workbookFile((sheet) => {
      sheet.addRow(['Reference', 'Title']);
      sheet.addRow(['GYV-01', 'Detached youth work']);
      sheet.addRow(['GYV-02', '']);
      sheet.mergeCells('B2:B3');
    });
    const result = await readSpreadsheet(file, { maxRows: 10 });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain(
      'Cell B2 is part of merged cells: unmerge them, so that each row stands on its own.',
    );
  });

  it('reads CSV as RFC 4180 says, with a byte order mark and quoted line breaks', async () => {
    const csv = '\uFEFFReference,Title\r\nGYV-01,"Youth work, detached\r\nand outreach"\r\n';
    const result = await readSpreadsheet(new File([csv], 'tracker.csv'), { maxRows: 10 });
    expect(result.ok && result.table.rows[0]?.cells[1]).toEqual({
      kind: 'text',
      text: 'Youth work, detached\r\nand outreach',
    });
  });
});
