/**
 * The rows a closed quarter's record holds whole, the actions and their updates, stored with their
 * keys in sorted order, however they are written: a Dexie middleware sees every write on its way
 * to IndexedDB (commands, imports, the seed, the shared plan's rows), and a restore, the one write
 * that goes straight through IndexedDB, asks `asStored` too. Read back in that order, a row is
 * already in its canonical JSON's order, so the close's SHA-256 of 20,000 of them is written
 * without first copying each one sorted (`canonicalJson`). Nothing else changes: a row's canonical
 * JSON, and so every hash, is the same whatever the order of its keys.
 */
import type { DBCore, Middleware } from 'dexie';
import { inKeyOrder } from '../domain/keyOrder';

const IN_KEY_ORDER: ReadonlySet<string> = new Set(['actions', 'updates']);

/** `row` as `table` stores it. */
export const asStored = (table: string, row: unknown): unknown =>
  IN_KEY_ORDER.has(table) ? inKeyOrder(row) : row;

/** Below Dexie's own hooks (level 2), so a row is put in order after any hook has changed it. */
export const rowsInKeyOrder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'rows-in-key-order',
  level: 1,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!IN_KEY_ORDER.has(name)) return table;
      return {
        ...table,
        mutate: (request) =>
          table.mutate(
            request.type === 'add' || request.type === 'put'
              ? { ...request, values: request.values.map((row) => inKeyOrder(row)) }
              : request,
          ),
      };
    },
  }),
};
