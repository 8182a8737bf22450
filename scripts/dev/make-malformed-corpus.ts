/**
 * Writes the corpus of malformed files in tests/fixtures/malformed: broken backups, broken
 * spreadsheets for the action import, broken update returns and a zip bomb. Each is listed in
 * corpus.json with the door it is tried at and the message it must be refused with.
 *
 * The files are committed; run this again only to change the corpus:
 *   npx tsx scripts/dev/make-malformed-corpus.ts
 */
import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createBackup } from '../../src/db/backup';
import { loadDemoPlan } from '../../src/db/commands/actions';
import { ensureWorkspaceSeeded } from '../../src/db/openWorkspace';
import { openDatabaseNamed } from '../../src/db/connection';
import { tablesHash } from '../../src/domain/backup';
import type { TableName } from '../../src/domain/workspaceTables';
import { parseQuarterKey, type Quarter } from '../../src/domain/quarters';
import { returnRows, RETURN_SHEET } from '../../src/domain/returns';
import { buildReturnWorkbook } from '../../src/lib/returnWorkbook';
import { storedUpdate } from '../../tests/fixtures/updates';

const DIR = 'tests/fixtures/malformed';
type Door = 'backup' | 'import' | 'return';
const corpus: { file: string; door: Door; refused: string; what: string }[] = [];

function add(
  file: string,
  door: Door,
  refused: string,
  what: string,
  content: string | Uint8Array,
) {
  writeFileSync(`${DIR}/${file}`, content);
  corpus.push({ file, door, refused, what });
}

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });

// The workspace the corpus is made from, and that the test tries each file against.
openDatabaseNamed('malformed-corpus');
await ensureWorkspaceSeeded();
await loadDemoPlan('2026-05-01');
const valid = await createBackup(new Date('2026-11-22T10:00:00Z'));
const text = await valid.blob.text();
type Json = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };
const base = () => JSON.parse(text) as Json;
/** A backup changed by `edit`, with counts and hash made to match, so a deeper check must catch it. */
const resealed = async (edit: (backup: Json) => void) => {
  const backup = base();
  edit(backup);
  backup.counts = Object.fromEntries(
    Object.entries(backup.tables).map(([n, rows]) => [n, rows.length]),
  );
  backup.sha256 = await tablesHash(backup.tables as unknown as Record<TableName, unknown[]>);
  return JSON.stringify(backup);
};
const firstAction = (backup: Json) => backup.tables.actions?.[0] as Record<string, unknown>;

add('backup-empty.json', 'backup', 'The file is empty', 'an empty file', '');
add(
  'backup-truncated.json',
  'backup',
  'not valid JSON',
  'a backup cut short half way',
  text.slice(0, text.length / 2),
);
add(
  'backup-not-json.json',
  'backup',
  'not valid JSON',
  'plain text',
  'These are my notes from the board meeting.',
);
add(
  'backup-array.json',
  'backup',
  'not a backup made by the SafetyNet planner',
  'a JSON array',
  '[]',
);
add(
  'backup-other-app.json',
  'backup',
  'not a backup made by the SafetyNet planner',
  'another app’s export',
  JSON.stringify({ ...base(), app: 'other-planner' }),
);
add(
  'backup-future-version.json',
  'backup',
  'newer version of the app',
  'database version 99',
  JSON.stringify({ ...base(), schemaVersion: 99 }),
);
add(
  'backup-no-version.json',
  'backup',
  'does not say which database version',
  'no schema version',
  JSON.stringify({ ...base(), schemaVersion: 'two' }),
);
add(
  'backup-no-hash.json',
  'backup',
  'no SHA-256 fingerprint',
  'no hash',
  JSON.stringify({ ...base(), sha256: undefined }),
);
add(
  'backup-hash-mismatch.json',
  'backup',
  'does not match its SHA-256',
  'a title edited after the backup was made',
  text.replace('"title":"', '"title":"Edited: '),
);
add(
  'backup-counts-mismatch.json',
  'backup',
  'says it holds 43 actions but holds 42',
  'an action removed, counts left',
  (() => {
    const backup = base();
    backup.tables.actions?.pop();
    backup.sha256 = tablesHash(backup.tables as unknown as Record<TableName, unknown[]>);
    return JSON.stringify(backup);
  })(),
);
add(
  'backup-proto-key.json',
  'backup',
  'field named “__proto__”',
  'a __proto__ key in an action',
  text.replace('{"id":', '{"__proto__":{"isAdmin":true},"id":'),
);
add(
  'backup-escaped-proto-key.json',
  'backup',
  'field named “__proto__”',
  'a __proto__ key spelt with a \\u escape, in an action',
  text.replace('{"id":', '{"\\u005f_proto__":{"isAdmin":true},"id":'),
);
add(
  'backup-constructor-key.json',
  'backup',
  'field named “constructor”',
  'a constructor key in the settings',
  text.replace('"key":"workspace"', '"key":"workspace","constructor":{"name":"Admin"}'),
);
add(
  'backup-wrong-type.json',
  'backup',
  'Actions, row 1, field title',
  'a title that is a number',
  await resealed((b) => {
    firstAction(b).title = 42;
  }),
);
add(
  'backup-missing-field.json',
  'backup',
  'Actions, row 1, field dueDate',
  'an action without a due date',
  await resealed((b) => {
    delete firstAction(b).dueDate;
  }),
);
add(
  'backup-huge-string.json',
  'backup',
  'Actions, row 1, field title',
  'a title of 200,000 characters',
  await resealed((b) => {
    firstAction(b).title = 'x'.repeat(200_000);
  }),
);
add(
  'backup-impossible-date.json',
  'backup',
  'field dueDate: must be a real date',
  'a due date of 31 February',
  await resealed((b) => {
    firstAction(b).dueDate = '2027-02-31';
  }),
);
add(
  'backup-extra-field.json',
  'backup',
  'Actions, row 1',
  'an action with a field the app does not have',
  await resealed((b) => {
    firstAction(b).isAdmin = true;
  }),
);
add(
  'backup-unknown-table.json',
  'backup',
  'a table this app does not know: users',
  'an extra table',
  await resealed((b) => {
    b.tables.users = [{ name: 'admin' }];
  }),
);
add(
  'backup-missing-table.json',
  'backup',
  'no actions table',
  'no actions table',
  (() => {
    const backup = base();
    delete backup.tables.actions;
    return JSON.stringify(backup);
  })(),
);
add(
  'backup-duplicate-ref.json',
  'backup',
  'Two actions share a reference',
  'two actions with one reference',
  await resealed((b) => {
    const [first, second] = b.tables.actions ?? [];
    if (first && second) second.ref = first.ref;
  }),
);
add(
  'backup-update-twice.json',
  'backup',
  'An action has two updates for the same quarter: VAWG-02 in Q1 2026/27.',
  'one action’s update for a quarter twice',
  await resealed((b) => {
    const update = storedUpdate(String(firstAction(b).id), '2026-Q1');
    b.tables.updates = [update, { ...update, narrative: 'A second update for the quarter' }];
  }),
);
add(
  'backup-orphan-update.json',
  'backup',
  'belong to actions the backup does not hold',
  'an update for an action that is not there',
  await resealed((b) => {
    b.tables.updates = [storedUpdate('nobody', '2026-Q1')];
  }),
);
add(
  'backup-bad-rag.json',
  'backup',
  'Actions, row 1, field latestRag',
  'a RAG of purple',
  await resealed((b) => {
    firstAction(b).latestRag = 'purple';
  }),
);

// The action import.
const csv = (rows: string[][]) => rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
const HEAD = ['Reference', 'Title', 'Body', '4P row', 'Due date'];
add('import-empty.csv', 'import', 'The file is empty', 'an empty CSV', '');
add('import-no-rows.csv', 'import', 'headings but no rows', 'headings only', csv([HEAD]));
add(
  'import-wrong-columns.csv',
  'import',
  'Choose the column that holds each action’s reference',
  'columns from another tracker',
  csv([
    ['Name', 'Notes'],
    ['Youth work', 'ok'],
  ]),
);
add(
  'import-duplicate-headings.csv',
  'import',
  'have the same heading, “Title”',
  'two Title columns',
  csv([
    ['Reference', 'Title', 'Title'],
    ['GYV-90', 'a', 'b'],
  ]),
);
add(
  'import-unclosed-quote.csv',
  'import',
  'a quoted field is never closed',
  'a quote never closed',
  'Reference,Title\r\nGYV-90,"Youth work\r\n',
);
add(
  'import-dates.csv',
  'import',
  'is not a real date',
  'dates in formats and values that cannot be right',
  csv([
    HEAD,
    ['GYV-90', 'US date', 'GYV', 'Prevent', '12/31/2027'],
    ['GYV-91', 'No such day', 'GYV', 'Prevent', '31/02/2027'],
    ['GYV-92', 'Words', 'GYV', 'Prevent', 'next Tuesday'],
    ['GYV-93', 'Fine', 'GYV', 'Prevent', '31 March 2027'],
  ]),
);
add(
  'import-duplicate-refs.csv',
  'import',
  'is also on row 2',
  'one reference twice',
  csv([
    HEAD,
    ['GYV-90', 'a', 'GYV', 'Prevent', '31/03/2027'],
    ['gyv-90', 'b', 'GYV', 'Prevent', '31/03/2027'],
  ]),
);
add(
  'import-taken-ref.csv',
  'import',
  'already used by another action',
  'a reference the plan already has',
  csv([HEAD, ['GYV-01', 'a', 'GYV', 'Prevent', '31/03/2027']]),
);
add(
  'import-formula.csv',
  'import',
  'holds a formula',
  'a formula in a CSV cell',
  csv([HEAD, ['GYV-90', '=HYPERLINK("http://example.invalid")', 'GYV', 'Prevent', '31/03/2027']]),
);
add(
  'import-old-format.xls',
  'import',
  'old Excel format',
  'an .xls file',
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
);
add(
  'import-fake.xlsx',
  'import',
  'not an Excel workbook',
  'text named .xlsx',
  'Reference,Title\r\n',
);
add(
  'import-zip-bomb.xlsx',
  'import',
  'unpacks to more than 100 MB',
  'a zip bomb named .xlsx',
  zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(300 * 1024 * 1024) }, { level: 9 }),
);

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Tracker'));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
add(
  'import-missing-columns.xlsx',
  'import',
  'Choose the column that holds each action’s due date',
  'no due date or 4P column',
  await workbook((s) => {
    s.addRow(['Reference', 'Title', 'Body']);
    s.addRow(['GYV-90', 'Youth work', 'GYV']);
  }),
);
add(
  'import-formulas.xlsx',
  'import',
  'Title holds a formula',
  'a title computed by a formula',
  await workbook((s) => {
    s.addRow(HEAD);
    s.addRow([
      'GYV-90',
      { formula: 'CONCAT("a","b")', result: 'ab' },
      'GYV',
      'Prevent',
      new Date(Date.UTC(2027, 2, 31)),
    ]);
  }),
);
add(
  'import-merged.xlsx',
  'import',
  'part of merged cells',
  'two rows sharing a merged body cell',
  await workbook((s) => {
    s.addRow(HEAD);
    s.addRow(['GYV-90', 'a', 'GYV', 'Prevent', new Date(Date.UTC(2027, 2, 31))]);
    s.addRow(['GYV-91', 'b', '', 'Prevent', new Date(Date.UTC(2027, 2, 31))]);
    s.mergeCells('C2:C3');
  }),
);
add(
  'import-number-as-date.xlsx',
  'import',
  'holds the number 46477, not a date',
  'a due date typed as a bare number',
  await workbook((s) => {
    s.addRow(HEAD);
    s.addRow(['GYV-90', 'a', 'GYV', 'Prevent', 46477]);
  }),
);

// Update returns for Q2 2026/27, made from the demo plan's GYV actions.
const db = openDatabaseNamed('malformed-corpus');
const gyv = (await db.actions.toArray()).filter((action) => action.bodyId === 'GYV');
const Q2 = parseQuarterKey('2026-Q2') as Quarter;
async function returnFile(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const bytes = await buildReturnWorkbook({
    workspace: 'SafetyNet',
    bodyName: 'Gangs and youth violence subgroup',
    quarterLabel: 'Q2 2026/27',
    createdAt: '2026-10-01T09:00:00Z',
    rows: returnRows(gyv, Q2, new Map(), new Map()),
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const sheet = book.getWorksheet(RETURN_SHEET);
  if (!sheet) throw new Error('no return sheet');
  fill(sheet);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
const answer = (row: ExcelJS.Row, rag: string, percent: unknown) => {
  row.getCell(7).value = rag;
  row.getCell(8).value = percent as number;
  row.getCell(9).value = 'Progress made.';
};
add(
  'return-altered-identity.xlsx',
  'return',
  'Action was changed; it must stay as the app wrote it',
  'an action’s title edited',
  await returnFile((s) => {
    s.getRow(2).getCell(3).value = 'A better title';
    answer(s.getRow(2), 'Green', 30);
  }),
);
add(
  'return-due-date-changed.xlsx',
  'return',
  'Due date was changed',
  'a due date moved',
  await returnFile((s) => {
    s.getRow(2).getCell(4).value = new Date(Date.UTC(2030, 0, 1));
    answer(s.getRow(2), 'Green', 30);
  }),
);
add(
  'return-other-quarter.xlsx',
  'return',
  'but returns are being taken for Q2 2026/27',
  'a return for another quarter',
  await returnFile((s) => {
    s.getRow(2).getCell(1).value = 'Q1 2026/27';
    answer(s.getRow(2), 'Green', 30);
  }),
);
add(
  'return-bad-rag.xlsx',
  'return',
  '“Purple” is not a RAG status',
  'a RAG of purple',
  await returnFile((s) => answer(s.getRow(2), 'Purple', 30)),
);
add(
  'return-bad-percent.xlsx',
  'return',
  'whole number from 0 to 100',
  'a percentage of 140',
  await returnFile((s) => answer(s.getRow(2), 'Green', 140)),
);
add(
  'return-unknown-ref.xlsx',
  'return',
  'GYV-99 is not an action in the plan',
  'a reference the plan does not have',
  await returnFile((s) => {
    s.getRow(2).getCell(2).value = 'GYV-99';
    answer(s.getRow(2), 'Green', 30);
  }),
);
add(
  'return-columns-removed.xlsx',
  'return',
  'The return’s columns were changed',
  'the evidence column deleted',
  await returnFile((s) => {
    s.spliceColumns(10, 1);
    answer(s.getRow(2), 'Green', 30);
  }),
);
add(
  'return-no-sheet.xlsx',
  'return',
  'no sheet named “Update return”',
  'an ordinary workbook',
  await workbook((s) => {
    s.addRow(HEAD);
  }),
);

writeFileSync(`${DIR}/corpus.json`, `${JSON.stringify(corpus, null, 2)}\n`);
console.log(`${corpus.length} malformed files written to ${DIR}`);
