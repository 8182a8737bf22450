/**
 * The plan's stamp: a random token that every write to what a draft's figures are worked out from
 * replaces, inside the write's own transaction. A draft's figures are kept with the stamp they were
 * worked out under (`draftFigures.ts`) and used only while it stands, so no write can leave them
 * stale: commands, the shared plan's answers (a refused push puts the server's rows back), a
 * restore, an import, the seed, a schema upgrade's rows, all go through this middleware.
 *
 * Every read-write transaction that names a source table is widened to the stamp's table; the
 * stamp is written by key (no read first), so the middleware awaits nothing before the write.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

const DRAFT_FIGURES_TABLE = 'draftFigures';

export const STAMP_KEY = 'stamp';

/**
 * What a draft's figures are worked out from: the record's sources (`buildSnapshotContent`), and
 * the closed quarters' records and figures it is compared with.
 */
const DRAFT_SOURCES: ReadonlySet<string> = new Set([
  'actions',
  'updates',
  'recommendations',
  'snapshots',
  'quarterFigures',
]);

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
            stores.some((store) => DRAFT_SOURCES.has(store))
            ? [...stores, DRAFT_FIGURES_TABLE]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (!DRAFT_SOURCES.has(name)) return table;
        return {
          ...table,
          mutate: (request) => {
            // A schema upgrade's transaction before the stamp's table exists: nothing kept yet.
            if (!names(request.trans).contains(DRAFT_FIGURES_TABLE)) return table.mutate(request);
            const stamp = down.table(DRAFT_FIGURES_TABLE).mutate({
              type: 'put',
              trans: request.trans,
              values: [{ key: STAMP_KEY, stamp: crypto.randomUUID() }],
            });
            return table.mutate(request).then((result) => stamp.then(() => result));
          },
        };
      },
    };
  },
};
