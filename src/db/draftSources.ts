/**
 * What a draft's figures are made from (every action, the quarter's updates, the recommendations),
 * read fast. At 20,000 actions, reading the actions and the quarter's updates row by row takes
 * IndexedDB about half a second; the same rows kept as one row read back in a quarter to a third
 * of that, and in half that again kept with only the fields the figures read (`FIGURE_FIELDS`).
 * So the draft's sources are kept that way (decision 0015), and every write to the actions or the
 * updates leaves a note of the rows it touched (`planStamp.ts`, in the write's own transaction):
 * the kept rows, the notes and the rows they name are read in one transaction, so what is read is
 * what the tables hold, and the figures are worked out by the same `buildSnapshotContent` and
 * `figuresOf`. A draft's documents print more of each row: they read the tables whole
 * (`draftRecordSources`).
 *
 * The kept rows' key names them afresh each time they are kept (`sources:<quarter>:<id>`), so a
 * draft's worker started ahead can read them before it is asked (`readAheadKeptSources`) and, once
 * asked, tell by the key alone, in a transaction with the notes, whether they are still the rows
 * kept: at 20,000 actions that is 7.8 MB not read while someone waits.
 *
 * Like the kept figures, the kept sources are not part of the plan: not audited, synced or backed
 * up, written outside `runCommand`, and worked out again from the tables whenever in doubt.
 */
import type { IndexableType } from 'dexie';
import type { Recommendation } from '../domain/recommendations';
import type { UpdateKey } from '../domain/updates';
import {
  FIGURE_FIELDS,
  figureActionOf,
  figureUpdateOf,
  type FigureAction,
  type FigureUpdate,
  type PlanSide,
} from '../domain/snapshot';
import { database } from './connection';
import type { PlannerDatabase } from './database';
import {
  draftKeptUnderStampNow,
  keepUnderStamp,
  planStampNow,
  type DraftFiguresRow,
} from './draftFigures';
import { TOUCHED_PREFIX, type TouchedRow } from './planStamp';
import { recordRows } from './recordRows';

const SOURCES_PREFIX = 'sources:';

/** The fields kept of each row (`FIGURE_FIELDS`): rows kept with others are read again. */
const FIELDS = JSON.stringify(FIGURE_FIELDS);

/**
 * The actions and a quarter's updates, as the tables held them when the notes were last cleared,
 * with only the fields the figures read (`FIGURE_FIELDS`).
 */
export interface KeptSourcesRow {
  /** `sources:<quarter>:<id>`, new each time they are kept (`sources:<quarter>` before 2026-12). */
  readonly key: `${typeof SOURCES_PREFIX}${string}`;
  readonly quarter: string;
  /** The database's version they were read under: an upgrade may have reshaped the rows. */
  readonly schema: number;
  /** The fields kept (`FIELDS`); absent on rows kept whole, before the fields were chosen. */
  readonly fields?: string;
  readonly actions: readonly FigureAction[];
  readonly updates: readonly FigureUpdate[];
}

/**
 * Past this many rows touched since the sources were kept, they are kept again as brought up to
 * date (a few hundred updates at most is a round's typing); past `READ_AGAIN_AFTER`, or after a
 * write of a whole range (a restore, a clear), every row is read again.
 */
const KEEP_AGAIN_AFTER = 256;
const READ_AGAIN_AFTER = 5_000;

const newSourcesKey = (quarter: string) =>
  `${SOURCES_PREFIX}${quarter}:${crypto.randomUUID()}` as const;

/** Whether `key` is that of the quarter's kept rows (with an id, or as kept before ids). */
const isSourcesKeyOf = (quarter: string) => (key: string) =>
  key === `${SOURCES_PREFIX}${quarter}` || key.startsWith(`${SOURCES_PREFIX}${quarter}:`);

const isTouched = (row: { key: string } | undefined): row is TouchedRow =>
  row?.key.startsWith(TOUCHED_PREFIX) ?? false;

const isSources = (row: { key: string } | undefined): row is KeptSourcesRow =>
  row?.key.startsWith(SOURCES_PREFIX) ?? false;

/** A row read again, placed by its key's order in the kept rows (`order`), or none if it is gone. */
interface Touched<Row> {
  readonly order: string;
  readonly row: Row | undefined;
}

const byOrder = (a: Touched<unknown>, b: Touched<unknown>) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : 0;

/**
 * The kept rows (in key order, `orderOf` giving each its place) with the touched ones read again:
 * changed in place, added in key order, as a table reads them, or dropped when gone. One pass
 * merging the touched rows, in key order, into the kept ones: no look-up table of every row.
 */
function patched<Row>(
  kept: readonly Row[],
  orderOf: (row: Row) => string,
  touchedRows: readonly Touched<Row>[],
): Row[] {
  if (touchedRows.length === 0) return [...kept];
  const touched = [...touchedRows].sort(byOrder);
  const rows: Row[] = [];
  let next = 0;
  const take = (row: Row | undefined) => {
    if (row) rows.push(row);
  };
  for (const row of kept) {
    const order = orderOf(row);
    for (let one = touched[next]; one && one.order < order; one = touched[++next]) take(one.row);
    const own = touched[next];
    if (own?.order === order) {
      take(own.row);
      next += 1;
    } else rows.push(row);
  }
  for (const { row } of touched.slice(next)) take(row);
  return rows;
}

/** The keys of one table's touched rows, each once (an update's key is its quarter and action). */
function unique<Key extends IndexableType>(
  rows: readonly TouchedRow[],
  table: TouchedRow['table'],
): Key[] {
  const keys = new Map<string, Key>();
  for (const row of rows)
    if (row.table === table)
      for (const key of row.keys ?? []) keys.set(JSON.stringify(key), key as Key);
  return [...keys.values()];
}

interface Read {
  readonly actions: FigureAction[];
  readonly updates: FigureUpdate[];
  readonly recommendations: readonly Recommendation[];
  /** The plan's side of the record, when worked out as the rows were read. */
  readonly plan?: PlanSide<FigureAction>;
  /** Set when the rows should be kept: the stamp they were read under, and the notes they answer. */
  readonly keep: {
    readonly stamp: string | null;
    readonly notes: readonly TouchedRow['key'][];
  } | null;
}

/** A row read again, with the fields kept of it; or none, if it is gone. */
const fieldsOf =
  <Row, Kept>(keep: (row: Row) => Kept) =>
  (row: Row | undefined): Kept | undefined =>
    row && keep(row);

/** The kept rows' keys: one at most, as keeping lets go of every other. */
const keptSourcesKeys = async (db: PlannerDatabase): Promise<KeptSourcesRow['key'][]> =>
  (await db.draftFigures.where('key').startsWith(SOURCES_PREFIX).primaryKeys()).filter(
    (key): key is KeptSourcesRow['key'] => key.startsWith(SOURCES_PREFIX),
  );

/**
 * The quarter's kept rows, as read ahead if they are still the ones kept (`keys`, read in the
 * caller's transaction), else read now.
 */
async function keptSourcesOf(
  quarter: string,
  keys: readonly KeptSourcesRow['key'][],
  readAhead: KeptSourcesRow | undefined,
  db: PlannerDatabase,
): Promise<DraftFiguresRow | undefined> {
  const key = keys.find(isSourcesKeyOf(quarter));
  if (key === undefined) return undefined;
  return readAhead?.key === key ? readAhead : db.draftFigures.get(key);
}

/** The notes of rows written since the sources were kept, and whether every row is to be read. */
async function notesOf(db: PlannerDatabase) {
  const rows = await db.draftFigures.where('key').startsWith(TOUCHED_PREFIX).toArray();
  const touched = rows.filter(isTouched);
  const actionKeys = unique<string>(touched, 'actions');
  const updateKeys = unique<UpdateKey>(touched, 'updates');
  const everyRow =
    touched.some((row) => row.keys === null) ||
    actionKeys.length + updateKeys.length > READ_AGAIN_AFTER;
  return { notes: touched.map((row) => row.key), actionKeys, updateKeys, everyRow };
}

async function readSources(
  quarter: string,
  db: PlannerDatabase,
  readAhead: KeptSourcesRow | undefined,
): Promise<Read> {
  const tables = [db.draftFigures, db.actions, db.updates, db.recommendations];
  return db.transaction('r', tables, async () => {
    const [stamp, keys, { notes, actionKeys, updateKeys, everyRow }, recommendations] =
      await Promise.all([
        planStampNow(db),
        keptSourcesKeys(db),
        notesOf(db),
        db.recommendations.toArray(),
      ]);
    // Not read when every row is to be read again (7.8 MB at 20,000 actions, for nothing).
    const keptRow = everyRow ? undefined : await keptSourcesOf(quarter, keys, readAhead, db);
    const kept =
      isSources(keptRow) && keptRow.schema === db.verno && keptRow.fields === FIELDS
        ? keptRow
        : null;
    if (!kept) {
      const rows = await recordRows(quarter, db, recommendations, figureActionOf);
      return { ...rows, updates: rows.updates.map(figureUpdateOf), keep: { stamp, notes } };
    }
    // Only this quarter's updates: the table is keyed by quarter first, so they sort by action.
    const quarterKeys = updateKeys.filter(([ofQuarter]) => ofQuarter === quarter);
    const [actionsNow, updatesNow] = await Promise.all([
      db.actions.bulkGet(actionKeys),
      db.updates.bulkGet(quarterKeys),
    ]);
    return {
      actions: patched(
        kept.actions,
        (row) => row.id,
        actionKeys.map((order, index) => ({
          order,
          row: fieldsOf(figureActionOf)(actionsNow[index]),
        })),
      ),
      updates: patched(
        kept.updates,
        (row) => row.actionId,
        quarterKeys.map(([, order], index) => ({
          order,
          row: fieldsOf(figureUpdateOf)(updatesNow[index]),
        })),
      ),
      recommendations,
      keep: actionKeys.length + updateKeys.length > KEEP_AGAIN_AFTER ? { stamp, notes } : null,
    };
  });
}

/**
 * Keeps the rows read, unless the plan was written since (the stamp moved: the notes of that
 * write must stay, and rows read before it must not stand for the tables). Every other quarter's
 * kept rows go, since the notes they would need go with them.
 */
async function keepSources(quarter: string, sources: Read, db: PlannerDatabase): Promise<void> {
  const { keep } = sources;
  if (!keep) return;
  const row: KeptSourcesRow = {
    key: newSourcesKey(quarter),
    quarter,
    schema: db.verno,
    fields: FIELDS,
    actions: sources.actions,
    updates: sources.updates,
  };
  await keepUnderStamp(row, SOURCES_PREFIX, keep.stamp, keep.notes, db);
}

/** What a draft is made from, as the tables hold them now. */
export type DraftSources = Pick<Read, 'actions' | 'updates' | 'recommendations' | 'plan'>;

/**
 * Every action, the quarter's updates and the recommendations, as the tables hold them now, and
 * how to keep them for next time: a large plan's rows take a tenth of a second or more to write,
 * so whoever reads them keeps them once the figures are out of the way.
 */
export async function draftSources(
  quarter: string,
  db: PlannerDatabase = database(),
  readAhead?: Promise<KeptSourcesRow | undefined>,
): Promise<{ readonly sources: DraftSources; readonly keep: () => Promise<void> }> {
  const read = await readSources(quarter, db, await readAhead);
  const { actions, updates, recommendations, plan } = read;
  // Rows that cannot be kept (a full disk) are still right: the next draft reads the tables.
  const keep = () => keepSources(quarter, read, db).catch(() => undefined);
  return { sources: { actions, updates, recommendations, plan }, keep };
}

/**
 * The kept rows, read ahead of any draft being asked for (by a draft's worker started ahead): none
 * if the notes of rows written since say every row will be read again, or if nothing was written
 * since a draft's figures were kept (they will be read, and nothing worked out).
 */
export function readAheadKeptSources(
  db: PlannerDatabase = database(),
): Promise<KeptSourcesRow | undefined> {
  return db.transaction('r', db.draftFigures, async () => {
    const [[key], { everyRow }, figuresStand] = await Promise.all([
      keptSourcesKeys(db),
      notesOf(db),
      draftKeptUnderStampNow(db),
    ]);
    if (key === undefined || everyRow || figuresStand) return undefined;
    const row = await db.draftFigures.get(key);
    return isSources(row) ? row : undefined;
  });
}

/**
 * What a draft's documents are built from: every action, the quarter's updates and the
 * recommendations, as the tables hold them now and whole (a document prints more of each than
 * the figures read), in one transaction.
 */
export const draftRecordSources = (quarter: string, db: PlannerDatabase = database()) =>
  db.transaction('r', [db.actions, db.updates, db.recommendations], () =>
    recordRows(quarter, db, db.recommendations.toArray(), (action) => action),
  );
