import type { DBCoreGetManyRequest, DBCoreQueryRequest } from 'dexie';
import type { PlannerDatabase } from '../../src/db/database';

/** A read as it goes down to IndexedDB: its table, its kind, and for a query whether it returns rows. */
export interface WatchedRead {
  readonly table: string;
  readonly kind: 'get' | 'getMany' | 'query' | 'openCursor' | 'count';
  /** False for a query of keys only. */
  readonly rows: boolean;
  /** The key asked for, for a `get`. */
  readonly key?: unknown;
}

/**
 * Calls `seen` for every read the database sends to IndexedDB. A Dexie middleware: it joins the
 * stack when the database opens, so call this before the first read (or close and reopen).
 */
export function watchReads(db: PlannerDatabase, seen: (read: WatchedRead) => void): void {
  db.use({
    stack: 'dbcore',
    name: 'watch-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: (request) => {
            seen({ table: name, kind: 'get', rows: true, key: request.key });
            return table.get(request);
          },
          getMany: (request: DBCoreGetManyRequest) => {
            seen({ table: name, kind: 'getMany', rows: true });
            return table.getMany(request);
          },
          query: (request: DBCoreQueryRequest) => {
            seen({ table: name, kind: 'query', rows: request.values === true });
            return table.query(request);
          },
          openCursor: (request) => {
            seen({ table: name, kind: 'openCursor', rows: request.values === true });
            return table.openCursor(request);
          },
          count: (request) => {
            seen({ table: name, kind: 'count', rows: false });
            return table.count(request);
          },
        };
      },
    }),
  });
}
