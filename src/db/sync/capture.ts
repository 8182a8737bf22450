/**
 * Which synced rows a command touched. A Dexie middleware sees every write on its way to
 * IndexedDB; while a command's transaction runs, the keys it writes to the plan's tables are
 * collected, so the command can record its effect in the outbox in the same transaction. Writes
 * outside a command (applying the server's rows) are not collected.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { isSyncedTable, keyOfStored, type SyncedTable } from '../../domain/sync';

let collecting: Map<string, { table: SyncedTable; key: string }> | null = null;

/** Starts collecting the keys a command writes; returns what it has collected so far, live. */
export function startCapture(): Map<string, { table: SyncedTable; key: string }> {
  collecting = new Map();
  return collecting;
}

export function stopCapture(): void {
  collecting = null;
}

/** The keys a write names; a range removal is asked of the table first. */
function keysOf(table: DBCoreTable, request: DBCoreMutateRequest): unknown[] | Promise<unknown[]> {
  switch (request.type) {
    case 'add':
    case 'put':
      return (
        request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey?.(value))
      );
    case 'delete':
      return request.keys;
    case 'deleteRange':
      return table
        .query({
          trans: request.trans,
          values: false,
          query: { index: table.schema.primaryKey, range: request.range },
        })
        .then((found) => found.result);
  }
}

/**
 * Below Dexie's own hooks (level 1), so it sees writes after Dexie has resolved them, and it
 * awaits nothing for a plain write: an await would step outside Dexie's transaction zone.
 */
export const changeCapture: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'shared-plan-capture',
  level: 1,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!isSyncedTable(name)) return table;
      return {
        ...table,
        mutate: (request) => {
          const into = collecting;
          if (!into) return table.mutate(request);
          const record = (keys: unknown[]) => {
            for (const stored of keys) {
              const key = keyOfStored(name, stored);
              into.set(`${name}:${key}`, { table: name, key });
            }
          };
          const keys = keysOf(table, request);
          if (Array.isArray(keys)) {
            record(keys);
            return table.mutate(request);
          }
          return keys.then((found) => {
            record(found);
            return table.mutate(request);
          });
        },
      };
    },
  }),
};
