/**
 * The plan's stamp: a random token that every write to what a draft's figures are worked out from
 * replaces, inside the write's own transaction. A draft's figures are kept with the stamp they were
 * worked out under (`draftFigures.ts`) and used only while it stands, so no write can leave them
 * stale: commands, the shared plan's answers (a refused push puts the server's rows back), a
 * restore, an import, the seed, a schema upgrade's rows, all go through this middleware.
 *
 * Every read-write transaction that names a source table is widened to the stamp's table; the
 * stamp is written by key (no read first), so the middleware awaits nothing before the write.
 *
 * A write to the actions or the updates also leaves, in the same transaction, a row saying which
 * of their rows it touched: a draft's sources are kept (`draftSources.ts`) and brought up to date
 * by reading again only those rows.
 */
import type { DBCore, DBCoreIndex, DBCoreMutateRequest, IndexableType, Middleware } from 'dexie';

/** The table the stamp is kept in, with the kept figures and sources it stands for. */
export const DRAFT_FIGURES_TABLE = 'draftFigures';

export const STAMP_KEY = 'stamp';

/**
 * What a quarter's record is made from, and so a draft's figures: the actions, their updates and
 * the recommendations (`buildSnapshotContent`), and the closed quarters' records and figures it is
 * compared with. A write to any of them moves the stamp.
 */
export const RECORD_SOURCES = [
  'actions',
  'updates',
  'recommendations',
  'snapshots',
  'quarterFigures',
] as const;

const isRecordSource = (table: string) => (RECORD_SOURCES as readonly string[]).includes(table);

/** The tables a draft's kept sources copy, and whose touched rows are written down. */
type TouchedTable = 'actions' | 'updates';

const TOUCHED_TABLES: ReadonlySet<string> = new Set<TouchedTable>(['actions', 'updates']);

export const TOUCHED_PREFIX = 'touched:';

/** Rows of one table touched by one write: their keys, or null for too many or a whole range. */
export interface TouchedRow {
  readonly key: `${typeof TOUCHED_PREFIX}${string}`;
  readonly table: TouchedTable;
  readonly keys: readonly IndexableType[] | null;
}

/** A write touching more rows than this is written down as touching them all (a restore's). */
const KEYS_PER_WRITE = 1_000;

function touchedKeys(request: DBCoreMutateRequest, primaryKey: DBCoreIndex) {
  if (request.type === 'deleteRange') return null;
  if (request.type === 'delete') return request.keys;
  const extract = primaryKey.extractKey;
  return request.keys ?? (extract ? request.values.map((value) => extract(value)) : null);
}

function touchedRow(table: TouchedTable, request: DBCoreMutateRequest, primaryKey: DBCoreIndex) {
  const keys = touchedKeys(request, primaryKey);
  const row: TouchedRow = {
    key: `${TOUCHED_PREFIX}${crypto.randomUUID()}`,
    table,
    keys: keys && keys.length <= KEYS_PER_WRITE ? (keys as IndexableType[]) : null,
  };
  return row;
}

const names = (trans: DBCoreMutateRequest['trans']) =>
  (trans as unknown as IDBTransaction).objectStoreNames;

export const planStamp: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'draft-figures-stamp',
  level: 1,
  create: (down) => {
    const stamped = down.schema.tables.some((table) => table.name === DRAFT_FIGURES_TABLE);
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          stamped &&
            mode === 'readwrite' &&
            !stores.includes(DRAFT_FIGURES_TABLE) &&
            stores.some(isRecordSource)
            ? [...stores, DRAFT_FIGURES_TABLE]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (!isRecordSource(name)) return table;
        return {
          ...table,
          mutate: (request) => {
            // A schema upgrade's transaction before the stamp's table exists: nothing kept yet.
            if (!names(request.trans).contains(DRAFT_FIGURES_TABLE)) return table.mutate(request);
            const stamp = { key: STAMP_KEY, stamp: crypto.randomUUID() };
            const values = TOUCHED_TABLES.has(name)
              ? [stamp, touchedRow(name as TouchedTable, request, table.schema.primaryKey)]
              : [stamp];
            const written = down
              .table(DRAFT_FIGURES_TABLE)
              .mutate({ type: 'put', trans: request.trans, values });
            return table.mutate(request).then((result) => written.then(() => result));
          },
        };
      },
    };
  },
};
