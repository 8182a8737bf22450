/**
 * A draft's sources, kept and brought up to date from the notes every write to the actions and the
 * updates leaves in its own transaction (`draftSources.ts`, `planStamp.ts`): whatever was written,
 * and however, what is read equals what the tables hold (in the fields the figures read), in the
 * tables' order.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScrutinyPicture } from '../../src/api/quarterPicture';
import { archiveAction, createAction, updateAction } from '../../src/db/commands/actions';
import { saveUpdate } from '../../src/db/commands/quarters';
import type { PlannerDatabase } from '../../src/db/database';
import {
  draftRecordSources,
  draftSources,
  readAheadKeptSources,
  type DraftSources,
  type KeptSourcesRow,
} from '../../src/db/draftSources';
import { buildSnapshotContent, figureActionOf, figureUpdateOf } from '../../src/domain/snapshot';
import { updateId } from '../../src/domain/updates';
import { actionInput } from '../fixtures/actions';
import { ragUpdate } from '../fixtures/quarters';
import { workspaceOfTwoActions } from './twoActions';
import type { WatchedRead } from './watchReads';

const QUARTER = '2026-Q2';

let db: PlannerDatabase;
let seen: WatchedRead[] = [];
let gyv: string;
let asb: string;
let run = 0;

beforeEach(async () => {
  run += 1;
  ({ db, gyv, asb } = await workspaceOfTwoActions(`draft-sources-${run}`, (read) =>
    seen.push(read),
  ));
  await saveUpdate(gyv, QUARTER, ragUpdate('red'));
});

/** What the tables hold, read row by row, whole. */
async function wholeTables() {
  const [actions, updates, recommendations] = await Promise.all([
    db.actions.toArray(),
    db.updatesOf(QUARTER).toArray(),
    db.recommendations.toArray(),
  ]);
  return { actions, updates, recommendations };
}

/** What the tables hold, in the fields a draft's figures read. */
async function tables() {
  const { actions, updates, recommendations } = await wholeTables();
  return {
    actions: actions.map(figureActionOf),
    updates: updates.map(figureUpdateOf),
    recommendations,
  };
}

/** The draft's record, built from `sources`, with the plan's side given or worked out here. */
const recordOf = (sources: DraftSources, plan?: DraftSources['plan']) =>
  buildSnapshotContent({ quarter: QUARTER, ...sources, previous: null }, plan);

/**
 * The draft's sources, kept afterwards as a draft keeps them, and whether every row was read. Read
 * from every row, they come with the plan's side of the record, worked out as the updates were
 * read: the record built with it is the one built from the rows.
 */
async function sources() {
  seen = [];
  const {
    sources: { plan, ...sources },
    keep,
  } = await draftSources(QUARTER, db);
  const everyRow = seen.some((read) => read.table === 'actions' && read.kind === 'query');
  expect(plan !== undefined).toBe(everyRow);
  if (plan) expect(recordOf(sources, plan)).toEqual(recordOf(sources));
  await keep();
  return { sources, everyRow };
}

/** The rows of the draft's table, each kept sources' key without the id it was kept under. */
const keys = async () =>
  (await db.draftFigures.toCollection().primaryKeys())
    .map((key) => key.replace(/^(sources:[^:]+):.+$/, '$1'))
    .sort();

/** The quarter's kept sources, under whichever id they were last kept. */
const keptRow = async () =>
  (await db.draftFigures.where('key').startsWith(`sources:${QUARTER}:`).first()) as
    KeptSourcesRow | undefined;
const notes = async () => (await keys()).filter((key) => key.startsWith('touched:'));

describe('a draft’s kept sources', () => {
  it('are read from the tables the first time, and kept', async () => {
    const first = await sources();
    expect(first.everyRow).toBe(true);
    expect(first.sources).toEqual(await tables());
    expect(await keys()).toEqual(['sources:2026-Q2', 'stamp']);
    const again = await sources();
    expect(again.everyRow).toBe(false);
    expect(again.sources).toEqual(await tables());
  });

  it('are brought up to date after commands, without reading every row', async () => {
    await sources();
    await saveUpdate(asb, QUARTER, ragUpdate('amber'));
    await saveUpdate(gyv, QUARTER, ragUpdate('green'));
    const status = (await db.actions.get(gyv))?.status;
    await updateAction(gyv, actionInput({ ref: 'GYV-01', title: 'A new title', status }));
    await archiveAction(asb);
    // An action whose key sorts first, and an update of another quarter that is not the draft's.
    await createAction(actionInput({ ref: 'BOARD-01', bodyId: 'BOARD' }));
    await saveUpdate(gyv, '2026-Q3', ragUpdate('red'));
    expect(await notes()).not.toHaveLength(0);
    const after = await sources();
    expect(after.everyRow).toBe(false);
    expect(after.sources).toEqual(await tables());
    expect(after.sources.actions.map((action) => action.title)).toContain('A new title');
    expect(after.sources.updates.map((update) => update.rag).sort()).toEqual(['amber', 'green']);
  });

  it('drop rows deleted, or moved to another quarter, outside any command', async () => {
    await saveUpdate(asb, QUARTER, ragUpdate('amber'));
    await sources();
    const [one, other] = await db.updatesOf(QUARTER).toArray();
    if (!one || !other) throw new Error('two updates expected');
    await db.updates.delete([one.quarter, one.actionId]);
    // Moved: the quarter is in an update's key, so a move is a removal and a row elsewhere.
    await db.updates.delete([other.quarter, other.actionId]);
    await db.updates.put({ ...other, id: updateId(other.actionId, '2026-Q1'), quarter: '2026-Q1' });
    await db.actions.delete(asb);
    const after = await sources();
    expect(after.everyRow).toBe(false);
    expect(after.sources).toEqual(await tables());
    expect(after.sources.updates).toEqual([]);
    expect(after.sources.actions.map((action) => action.id)).toEqual([gyv]);
  });

  it('take rows added before, between and after the kept ones, in the tables’ order', async () => {
    const kept = (await db.actions.toArray()).map((action) => action.id).sort();
    await sources();
    const template = await db.actions.get(gyv);
    if (!template) throw new Error('the action expected');
    // Keys that sort before, between and after the kept ones, written together with a change to
    // a kept row and the deletion of another, in one transaction (one note).
    const ids = [' first', `${kept[0]}~`, `${kept.at(-1)}~`];
    const added = ids.map((id, index) => ({ ...template, id, ref: `GYV-${90 + index}` }));
    await db.transaction('rw', db.actions, async () => {
      await db.actions.bulkPut(added);
      await db.actions.put({ ...template, title: 'Changed with the others' });
      await db.actions.delete(asb);
    });
    const after = await sources();
    expect(after.everyRow).toBe(false);
    expect(after.sources).toEqual(await tables());
    expect(after.sources.actions).toHaveLength(kept.length - 1 + added.length);
  });

  it('take a quarter’s updates in the order of their actions, as the table keeps them', async () => {
    const [template] = await db.updatesOf(QUARTER).toArray();
    if (!template) throw new Error('an update expected');
    await sources();
    // By id, `k0@…` sorts before `k@…` ("0" before "@"); by action, as the table keys them,
    // after it. Written outside any command, with an update of another quarter (not the draft's).
    const added = ['k0', 'k', 'k~'].map((actionId) => ({
      ...template,
      id: updateId(actionId, QUARTER),
      actionId,
    }));
    await db.updates.bulkPut([
      ...added,
      { ...template, id: updateId(gyv, '2026-Q1'), quarter: '2026-Q1' },
    ]);
    const after = await sources();
    expect(after.everyRow).toBe(false);
    expect(after.sources).toEqual(await tables());
    expect(after.sources.updates.map((update) => update.actionId)).toEqual(
      [gyv, 'k', 'k0', 'k~'].sort(),
    );
  });

  it('are read again from the tables after a write of a whole range', async () => {
    await sources();
    await db.updatesOf(QUARTER).delete();
    await db.actions.clear();
    const after = await sources();
    expect(after.everyRow).toBe(true);
    expect(after.sources).toEqual(await tables());
    expect(after.sources.actions).toEqual([]);
    expect(await notes()).toEqual([]);
  });

  it('are kept again, and the notes let go, once many rows were written', async () => {
    await sources();
    const action = await db.actions.get(gyv);
    if (!action) throw new Error('no action');
    const copies = Array.from({ length: 300 }, (_, index) => ({
      ...action,
      id: `copy-${String(index).padStart(3, '0')}`,
      ref: `GYV-${100 + index}`,
    }));
    await db.actions.bulkPut(copies);
    const after = await sources();
    expect(after.everyRow).toBe(false);
    expect(after.sources).toEqual(await tables());
    expect(await notes()).toEqual([]);
    const kept = await keptRow();
    expect(kept && 'actions' in kept ? kept.actions.length : 0).toBe(302);
  });

  it('are not kept when the plan is written between reading and keeping', async () => {
    const { keep } = await draftSources(QUARTER, db);
    await saveUpdate(asb, QUARTER, ragUpdate('amber'));
    await keep();
    expect(await keptRow()).toBeUndefined();
    expect(await notes()).not.toHaveLength(0);
    const after = await sources();
    expect(after.everyRow).toBe(true);
    expect(after.sources).toEqual(await tables());
  });

  it('kept by an older reader never stand for writes it did not see', async () => {
    const older = await draftSources(QUARTER, db);
    await saveUpdate(asb, QUARTER, ragUpdate('amber'));
    await sources();
    await older.keep();
    expect((await sources()).sources).toEqual(await tables());
  });

  it('are kept with only the fields the figures read; documents read the rows whole', async () => {
    await sources();
    const kept = await keptRow();
    const [action] = kept?.actions ?? [];
    const [update] = kept?.updates ?? [];
    expect(Object.keys(action ?? {}).sort()).toEqual(
      ['archived', 'bodyId', 'dueDate', 'id', 'primaryRow', 'recommendationNumbers', 'ref']
        .concat(['status', 'swotIds', 'title'])
        .sort(),
    );
    expect(update).not.toHaveProperty('evidence');
    expect(update).toHaveProperty('narrative');
    seen = [];
    const { plan, ...whole } = await draftRecordSources(QUARTER, db);
    expect(whole).toEqual(await wholeTables());
    expect(recordOf(whole, plan)).toEqual(recordOf(whole));
    expect(seen.some((read) => read.table === 'actions' && read.kind === 'query')).toBe(true);
  });

  it('of another quarter, another schema or other fields, are not used', async () => {
    await sources();
    const kept = await keptRow();
    if (!kept) throw new Error('nothing kept');
    const older: KeptSourcesRow = { ...kept, schema: kept.schema - 1 };
    await db.draftFigures.put(older);
    expect((await sources()).everyRow).toBe(true);
    // Rows kept whole, before the fields were chosen, carry no list of fields: put in place of
    // those just kept again (under an id of their own).
    const { actions, updates } = await wholeTables();
    const { quarter, schema } = kept;
    const key = (await keptRow())?.key ?? kept.key;
    const whole: KeptSourcesRow = { key, quarter, schema, actions, updates };
    await db.draftFigures.put(whole);
    expect((await sources()).everyRow).toBe(true);
    expect((await sources()).everyRow).toBe(false);
    seen = [];
    const { sources: q3 } = await draftSources('2026-Q3', db);
    expect(seen.some((read) => read.table === 'actions' && read.kind === 'query')).toBe(true);
    expect(q3.updates).toEqual([]);
  });

  it('kept before they were kept under an id are still used', async () => {
    await sources();
    const kept = await keptRow();
    if (!kept) throw new Error('nothing kept');
    await db.draftFigures.delete(kept.key);
    await db.draftFigures.put({ ...kept, key: `sources:${QUARTER}` });
    const again = await sources();
    expect(again.everyRow).toBe(false);
    expect(again.sources).toEqual(await tables());
  });
});

/** Another 300 actions, written as one command would: enough for the sources to be kept again. */
async function manyActionsWritten() {
  const action = await db.actions.get(gyv);
  if (!action) throw new Error('no action');
  await db.actions.bulkPut(
    Array.from({ length: 300 }, (_, index) => ({
      ...action,
      id: `copy-${String(index).padStart(3, '0')}`,
      ref: `GYV-${100 + index}`,
    })),
  );
}

const keptRowRead = () =>
  seen.some((read) => read.kind === 'get' && String(read.key).startsWith('sources:'));

describe('a draft’s kept sources, read ahead by a worker started ahead', () => {
  it('are used while they are still the ones kept, without being read again', async () => {
    await sources();
    await saveUpdate(asb, QUARTER, ragUpdate('amber'));
    const ahead = await readAheadKeptSources(db);
    expect(ahead?.key).toBe((await keptRow())?.key);
    seen = [];
    const { sources: read } = await draftSources(QUARTER, db, Promise.resolve(ahead));
    expect(read).toEqual(await tables());
    expect(keptRowRead()).toBe(false);
  });

  it('are not used once others were kept since: those are read', async () => {
    await sources();
    const ahead = await readAheadKeptSources(db);
    await manyActionsWritten();
    await sources();
    await saveUpdate(gyv, QUARTER, ragUpdate('green'));
    seen = [];
    const { sources: read } = await draftSources(QUARTER, db, Promise.resolve(ahead));
    expect(read.actions).toHaveLength(302);
    expect(read).toEqual(await tables());
    expect(keptRowRead()).toBe(true);
  });

  it('are not read ahead while the figures kept stand: nothing will be worked out', async () => {
    await loadScrutinyPicture(QUARTER);
    // Kept once the figures are answered: the figures, then the sources.
    await vi.waitFor(async () => expect(await keptRow()).toBeDefined());
    expect(await readAheadKeptSources(db)).toBeUndefined();
    await saveUpdate(asb, QUARTER, ragUpdate('amber'));
    expect((await readAheadKeptSources(db))?.key).toBe((await keptRow())?.key);
  });

  it('are neither read ahead nor read when every row will be read again', async () => {
    await sources();
    await db.updates.clear();
    expect(await readAheadKeptSources(db)).toBeUndefined();
    const after = await sources();
    expect(after.everyRow).toBe(true);
    expect(keptRowRead()).toBe(false);
    expect(after.sources).toEqual(await tables());
  });
});
