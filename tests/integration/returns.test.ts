/**
 * Update returns, as a subgroup lead would use them: the app makes the workbook, a person fills it
 * in (here, the test writes the cells with exceljs), the app reads it back and the manager accepts.
 */
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceHash } from '../../src/db/backup';
import { ValidationError } from '../../src/db/command';
import { createAction } from '../../src/db/commands/actions';
import { acceptReturnUpdates, saveUpdate } from '../../src/db/commands/quarters';
import { closeQuarter } from '../../src/db/commands/closeQuarter';
import type { PlannerDatabase } from '../../src/db/database';
import type { Action } from '../../src/domain/actions';
import { parseQuarterKey, type Quarter } from '../../src/domain/quarters';
import { readReturn, returnRows, RETURN_SHEET, type ReturnContext } from '../../src/domain/returns';
import type { QuarterlyUpdate } from '../../src/domain/updates';
import { buildReturnWorkbook } from '../../src/lib/returnWorkbook';
import { readSpreadsheet } from '../../src/lib/spreadsheet';
import { actionInput } from '../fixtures/actions';
import { freshWorkspace } from './renderApp';

const Q2 = parseQuarterKey('2026-Q2') as Quarter;
let db: PlannerDatabase;
let actions: Action[];

beforeEach(async () => {
  db = await freshWorkspace();
  actions = [
    await createAction(actionInput({ ref: 'GYV-01', title: 'Detached youth work' })),
    await createAction(actionInput({ ref: 'GYV-02', title: 'Mentoring after exclusion' })),
    await createAction(actionInput({ ref: 'GYV-03', title: 'Parenting support' })),
  ];
  await saveUpdate(actions[0]?.id ?? '', '2026-Q1', {
    rag: 'amber',
    percentComplete: '20',
    narrative: 'Recruitment slower than planned.',
    evidence: '',
    nextSteps: '',
    correctiveAction: 'Agency staff in the interim',
    onTrack: true,
    revisedDate: '',
    state: 'done',
  });
  await closeQuarter('2026-Q1');
});

async function context(): Promise<ReturnContext> {
  const all = await db.actions.toArray();
  const byAction = (updates: QuarterlyUpdate[]) => new Map(updates.map((u) => [u.actionId, u]));
  return {
    quarter: Q2,
    actionsByRef: new Map(all.map((action) => [action.ref, action])),
    current: byAction(await db.updatesOf('2026-Q2').toArray()),
    previous: byAction(await db.updatesOf('2026-Q1').toArray()),
  };
}

/** The return the app makes for the body, as the bytes a person would open in Excel. */
async function makeReturn(): Promise<ArrayBuffer> {
  const c = await context();
  return buildReturnWorkbook({
    workspace: 'SafetyNet',
    bodyName: 'Gangs and Youth Violence subgroup',
    quarterLabel: 'Q2 2026/27',
    createdAt: '2026-10-01T09:00:00Z',
    rows: returnRows([...c.actionsByRef.values()], Q2, c.current, c.previous),
  });
}

/** Opens the workbook, lets `fill` type into it, saves it: what a subgroup lead does. */
async function fillIn(bytes: ArrayBuffer, fill: (sheet: ExcelJS.Worksheet) => void): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.getWorksheet(RETURN_SHEET);
  if (!sheet) throw new Error('no return sheet');
  fill(sheet);
  return new File([await workbook.xlsx.writeBuffer()], 'GYV return Q2.xlsx');
}

async function readBack(file: File) {
  const sheet = await readSpreadsheet(file, { sheetName: RETURN_SHEET, maxRows: 100 });
  if (!sheet.ok) throw new Error(sheet.problems.map((p) => p.message).join('; '));
  return readReturn(sheet.table, await context());
}

describe('update returns', () => {
  it('writes a locked row per open action with last quarter’s RAG and narrative', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await makeReturn());
    const sheet = workbook.getWorksheet(RETURN_SHEET);
    expect(sheet?.rowCount).toBe(4);
    const first = sheet?.getRow(2);
    expect(first?.getCell(2).value).toBe('GYV-01');
    expect(first?.getCell(5).value).toBe('Amber');
    expect(first?.getCell(6).value).toBe('Recruitment slower than planned.');
    expect(first?.getCell(2).protection?.locked).not.toBe(false);
    expect(first?.getCell(7).protection?.locked).toBe(false);
    expect(first?.getCell(7).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Red,Amber,Green,Blue"'],
    });
    expect(workbook.getWorksheet('About this return')).toBeDefined();
  });

  it('round trip: create, fill in, import, accept', async () => {
    const file = await fillIn(await makeReturn(), (sheet) => {
      const gyv1 = sheet.getRow(2);
      gyv1.getCell(7).value = 'Green';
      gyv1.getCell(8).value = 45;
      gyv1.getCell(9).value = 'Two youth workers in post; sessions in four estates.';
      const gyv2 = sheet.getRow(3);
      gyv2.getCell(7).value = 'Red';
      gyv2.getCell(8).value = 10;
      gyv2.getCell(9).value = 'Schools partnership not yet agreed.';
      gyv2.getCell(12).value = 'Escalated to the board';
      gyv2.getCell(13).value = 'No';
      gyv2.getCell(14).value = new Date(Date.UTC(2027, 8, 30));
      // GYV-03 is left blank: nothing to report.
    });
    const reading = await readBack(file);
    expect(reading.problems).toEqual([]);
    expect(reading.blank).toEqual(['GYV-03']);
    expect(
      reading.changes.map((c) => [c.action.ref, c.proposed.rag, c.proposed.percentComplete]),
    ).toEqual([
      ['GYV-01', 'green', '45'],
      ['GYV-02', 'red', '10'],
    ]);
    await acceptReturnUpdates(
      '2026-Q2',
      reading.changes.map((c) => ({ actionId: c.action.id, input: c.proposed })),
      file.name,
    );
    const saved = await db.updatesOf('2026-Q2').toArray();
    expect(saved).toHaveLength(2);
    expect(saved.find((u) => u.actionId === actions[1]?.id)).toMatchObject({
      rag: 'red',
      forecast: { onTrack: false, revisedDate: '2027-09-30' },
      state: 'done',
    });
    const last = await db.audit.where('entityType').equals('update').last();
    expect(last?.summary).toBe(
      'Update for GYV-02, Q2 2026/27 (from the return GYV return Q2.xlsx)',
    );
    // Recording progress puts the action in progress, audited as its own change.
    expect((await db.actions.get(actions[1]?.id ?? ''))?.status).toBe('in-progress');
    expect((await db.audit.orderBy('seq').last())?.summary).toBe(
      'Action GYV-02 is now In progress, following its Q2 2026/27 update',
    );
  });

  it('reports each bad row by row and column, and offers only the good ones', async () => {
    const file = await fillIn(await makeReturn(), (sheet) => {
      const altered = sheet.getRow(2);
      altered.getCell(3).value = 'Detached youth work (renamed)';
      altered.getCell(7).value = 'Green';
      altered.getCell(8).value = 30;
      altered.getCell(9).value = 'Fine.';
      const invalid = sheet.getRow(3);
      invalid.getCell(7).value = 'Purple';
      invalid.getCell(8).value = 140;
      invalid.getCell(9).value = 'Hmm.';
      const good = sheet.getRow(4);
      good.getCell(7).value = 'Green';
      good.getCell(8).value = 5;
      good.getCell(9).value = 'Started.';
      sheet.addRow(['Q2 2026/27', 'GYV-99', 'Unknown', '', '', '', 'Green', 5, 'x']);
      sheet.addRow(['Q1 2026/27', 'GYV-03', 'Parenting support', '', '', '', 'Green', 5, 'x']);
    });
    const reading = await readBack(file);
    const messages = reading.problems.map((p) => `${p.row} ${p.column}: ${p.message}`);
    expect(messages).toEqual([
      '2 Action: Action was changed; it must stay as the app wrote it: “Detached youth work”',
      '3 RAG this quarter: “Purple” is not a RAG status: choose Red, Amber, Green or Blue',
      '3 Percent complete (0 to 100): The percentage complete must be a whole number from 0 to 100',
      '5 Reference: GYV-99 is not an action in the plan',
      '6 Quarter: This row is for Q1 2026/27, but returns are being taken for Q2 2026/27',
    ]);
    expect(reading.changes.map((c) => c.action.ref)).toEqual(['GYV-03']);
  });

  it('accepts nothing once the quarter is closed', async () => {
    const file = await fillIn(await makeReturn(), (sheet) => {
      const row = sheet.getRow(2);
      row.getCell(7).value = 'Green';
      row.getCell(8).value = 30;
      row.getCell(9).value = 'Fine.';
    });
    const reading = await readBack(file);
    await closeQuarter('2026-Q2');
    const before = await workspaceHash();
    await expect(
      acceptReturnUpdates(
        '2026-Q2',
        reading.changes.map((c) => ({ actionId: c.action.id, input: c.proposed })),
        file.name,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await workspaceHash()).toBe(before);
  });
});
