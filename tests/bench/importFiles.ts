/**
 * The files of the `imports` scale, as people would bring them: a body's return made by the app's
 * own writer and filled in on every row (2,000, the most a return may hold), and a tracker of 2,000
 * new actions as CSV. Written to a temporary folder for the browser to choose.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isOpen } from '../../src/domain/actions';
import { IMPORT_MAX_ROWS } from '../../src/domain/actionImport';
import { quarterKey, type Quarter } from '../../src/domain/quarters';
import { returnRows, RETURN_MAX_ROWS } from '../../src/domain/returns';
import type { QuarterlyUpdate } from '../../src/domain/updates';
import { buildReturnWorkbook } from '../../src/lib/returnWorkbook';
import type { generate } from './generate';

/** The open quarter the generated plan's latest updates but one are for. */
const QUARTER: Quarter = { fyStart: 2026, q: 3 };
const PREVIOUS = '2026-Q2';
const BODY = 'ASB';

export async function largestImports(data: ReturnType<typeof generate>) {
  const byAction = (quarter: string) =>
    new Map<string, QuarterlyUpdate>(
      data.updates.filter((u) => u.quarter === quarter).map((u) => [u.actionId, u]),
    );
  const open = data.actions.filter((action) => action.bodyId === BODY && isOpen(action));
  const rows = returnRows(open, QUARTER, byAction(quarterKey(QUARTER)), byAction(PREVIOUS))
    .slice(0, RETURN_MAX_ROWS)
    .map((row, index) => ({
      ...row,
      rag: 'Green',
      percent: 60,
      narrative: `Returned for the benchmark, row ${index + 2}.`,
      correctiveAction: '',
      onTrack: 'Yes' as const,
      revisedDate: '' as const,
    }));
  if (rows.length < RETURN_MAX_ROWS)
    throw new Error(`${BODY} has only ${rows.length} open actions`);
  const folder = mkdtempSync(join(tmpdir(), 'safetynet-imports-'));
  const completedReturn = join(folder, `Update return ${BODY}.xlsx`);
  const workbook = await buildReturnWorkbook({
    workspace: 'SafetyNet',
    bodyName: BODY,
    quarterLabel: 'Q3 2026/27',
    createdAt: new Date().toISOString(),
    rows,
  });
  writeFileSync(completedReturn, Buffer.from(workbook));
  const tracker = join(folder, 'tracker.csv');
  const lines = Array.from(
    { length: IMPORT_MAX_ROWS },
    (_, i) =>
      `IMP-${String(i + 1).padStart(4, '0')},Imported action ${i + 1},${BODY},Prevent,31/03/2027`,
  );
  writeFileSync(tracker, ['Reference,Title,Body,4P row,Due date', ...lines].join('\r\n'));
  return { quarter: quarterKey(QUARTER), completedReturn, tracker };
}
