/**
 * Writes a body's update return as an Excel workbook (exceljs, loaded only when a return is made).
 * Identity columns are locked; input columns are unlocked, with drop-downs for RAG and Yes/No and
 * checks on the percentage and dates, so most mistakes are caught in Excel before the return comes
 * back. The sheet's protection has no password: it stops accidents, not people, and the app checks
 * every returned row anyway.
 */
import { RAG, RAG_STATUSES } from '../domain/rag';
import { ABOUT_SHEET, RETURN_COLUMNS, RETURN_SHEET, type ReturnRow } from '../domain/returns';

export interface ReturnWorkbookInput {
  readonly workspace: string;
  readonly bodyName: string;
  readonly quarterLabel: string;
  readonly createdAt: string;
  readonly rows: readonly ReturnRow[];
}

const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8D6' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D4F91' } } as const;

export async function buildReturnWorkbook(input: ReturnWorkbookInput): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.workspace;
  workbook.created = new Date(input.createdAt);
  workbook.title = `Update return, ${input.bodyName}, ${input.quarterLabel}`;

  const sheet = workbook.addWorksheet(RETURN_SHEET, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }],
  });
  sheet.columns = RETURN_COLUMNS.map((column) => ({
    header: column.heading,
    key: column.key,
    width: column.width,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 45;

  for (const row of input.rows) {
    const added = sheet.addRow({
      ...row,
      dueDate: new Date(`${row.dueDate}T00:00:00Z`),
      revisedDate: row.revisedDate ? new Date(`${row.revisedDate}T00:00:00Z`) : null,
    });
    added.alignment = { wrapText: true, vertical: 'top' };
    RETURN_COLUMNS.forEach((column, index) => {
      const cell = added.getCell(index + 1);
      if (column.key === 'dueDate' || column.key === 'revisedDate') cell.numFmt = 'dd/mm/yyyy';
      if (!column.input) return;
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      if (column.key === 'rag')
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${RAG_STATUSES.map((status) => RAG[status].label).join(',')}"`],
          showErrorMessage: true,
          errorTitle: 'RAG status',
          error: 'Choose Red, Amber, Green or Blue.',
        };
      if (column.key === 'percent')
        cell.dataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [0, 100],
          showErrorMessage: true,
          errorTitle: 'Percent complete',
          error: 'Enter a whole number from 0 to 100.',
        };
      if (column.key === 'onTrack')
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['"Yes,No"'],
          showErrorMessage: true,
          error: 'Choose Yes or No.',
        };
      if (column.key === 'revisedDate')
        cell.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date(Date.UTC(2000, 0, 1))],
          showErrorMessage: true,
          error: 'Enter a date, for example 31/03/2027.',
        };
    });
  }
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const about = workbook.addWorksheet(ABOUT_SHEET);
  about.columns = [{ width: 28 }, { width: 90 }];
  const lines: [string, string][] = [
    ['Update return', `${input.bodyName}, ${input.quarterLabel}`],
    ['Workspace', input.workspace],
    ['Made', new Date(input.createdAt).toUTCString()],
    ['Actions', String(input.rows.length)],
    ['', ''],
    [
      'How to fill it in',
      `On the “${RETURN_SHEET}” sheet, fill in the shaded columns for each action. Leave the other columns as they are: the app checks they have not changed.`,
    ],
    ['RAG', RAG_STATUSES.map((status) => `${RAG[status].label}: ${RAG[status].meaning}`).join(' ')],
    ['Red or Amber', 'Say what is being done to recover in “Corrective action”.'],
    ['Blue', 'Complete: the percentage must be 100.'],
    ['Not on track', 'Answer No and give the revised completion date.'],
    [
      'Leave a row blank',
      'If there is nothing to report for an action; the app will show it as still owing.',
    ],
    [
      'Send it back',
      'Return the saved workbook to the community safety team, who import it into the app.',
    ],
  ];
  for (const [name, value] of lines) {
    const row = about.addRow([name, value]);
    row.getCell(1).font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  await about.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
