/**
 * Bad input, tried for real: every file in tests/fixtures/malformed (made by
 * scripts/dev/make-malformed-corpus.ts) goes through the door a user would use, is refused with the
 * message corpus.json names, and leaves the database exactly as it was: the canonical hash of
 * every table is the same before and after. Anything a door lets through is written, as the app
 * would, so a file wrongly accepted shows up as a changed hash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBackupFile } from '../../src/api/backupFile';
import { restoreBackup, workspaceHash } from '../../src/db/backup';
import { importActions, loadDemoPlan } from '../../src/db/commands/actions';
import { acceptReturnUpdates } from '../../src/db/commands/quarters';
import type { PlannerDatabase } from '../../src/db/database';
import { readImportRows } from '../../src/domain/actionImport';
import { guessMapping } from '../../src/domain/actionImportColumns';
import { IMPORT_MAX_ROWS } from '../../src/domain/actionImport';
import { actionContextOf } from '../../src/domain/actionRules';
import type { Problem } from '../../src/domain/problems';
import { parseQuarterKey, type Quarter } from '../../src/domain/quarters';
import { readReturn, RETURN_MAX_ROWS, RETURN_SHEET } from '../../src/domain/returns';
import { readSpreadsheet } from '../../src/lib/spreadsheet';
import { freshWorkspace } from './renderApp';

const DIR = 'tests/fixtures/malformed';
const corpus = JSON.parse(readFileSync(`${DIR}/corpus.json`, 'utf8')) as {
  file: string;
  door: 'backup' | 'import' | 'return';
  refused: string;
  what: string;
}[];

let db: PlannerDatabase;
beforeAll(async () => {
  db = await freshWorkspace();
  await loadDemoPlan('2026-05-01');
});

/** Puts the file through its door; returns the problems reported (writing whatever got through). */
async function tryDoor(door: string, file: File): Promise<readonly Problem[]> {
  if (door === 'backup') {
    const result = await readBackupFile(file);
    if (result.ok) await restoreBackup(result.backup);
    return result.ok ? [] : result.problems;
  }
  const sheet = await readSpreadsheet(file, {
    maxRows: door === 'import' ? IMPORT_MAX_ROWS : RETURN_MAX_ROWS,
    sheetName: door === 'return' ? RETURN_SHEET : undefined,
  });
  if (!sheet.ok) return sheet.problems;
  if (door === 'import') {
    // The same glue as the import page: the form's data, through the same actionContextOf.
    const [bodies, themes, recommendations, objectives, swotItems, refs] = await Promise.all([
      db.bodies.toArray(),
      db.themes.toArray(),
      db.recommendations.toArray(),
      db.objectives.toArray(),
      db.swotItems.toArray(),
      db.actions.orderBy('ref').keys(),
    ]);
    const reading = readImportRows(sheet.table, guessMapping(sheet.table.headers), {
      bodies,
      today: '2026-11-22',
      action: actionContextOf({
        bodies,
        themes,
        recommendations,
        objectives,
        swotItems,
        refs: refs as string[],
      }),
    });
    if (reading.problems.length === 0) await importActions(reading.rows, file.name);
    return reading.problems;
  }
  const actions = await db.actions.toArray();
  const reading = readReturn(sheet.table, {
    quarter: parseQuarterKey('2026-Q2') as Quarter,
    actionsByRef: new Map(actions.map((action) => [action.ref, action])),
    current: new Map(),
    previous: new Map(),
  });
  if (reading.changes.length > 0)
    await acceptReturnUpdates(
      '2026-Q2',
      reading.changes.map((c) => ({ actionId: c.action.id, input: c.proposed })),
      file.name,
    );
  return reading.problems;
}

describe('the malformed corpus', () => {
  it('holds at least 30 files, and lists every file in its folder', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const listed = new Set(corpus.map((entry) => entry.file));
    const inFolder = readdirSync(DIR).filter((name) => name !== 'corpus.json');
    expect(inFolder.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !inFolder.includes(name))).toEqual([]);
  });

  it('is a real test: a valid file through the same door does change the workspace', async () => {
    const before = await workspaceHash();
    const csv = [
      'Reference,Body,Title,Start date,Due date,4P row',
      'ASB-90,ASB,Street lighting audit with residents,1/4/2026,31/3/2027,Prevent',
    ].join('\r\n');
    const problems = await tryDoor('import', new File([csv], 'valid-tracker.csv'));
    expect(problems).toEqual([]);
    expect(await workspaceHash()).not.toBe(before);
  });

  it.each(corpus)('$file ($what) is refused and changes nothing', async (entry) => {
    const before = await workspaceHash();
    const file = new File([readFileSync(`${DIR}/${entry.file}`)], entry.file);
    const problems = await tryDoor(entry.door, file);
    expect(problems.map((problem) => problem.message).join('\n')).toContain(entry.refused);
    expect(await workspaceHash()).toBe(before);
  });
});
