import type { PlannerDatabase } from '../../src/db/database';

/**
 * Puts rows straight through IndexedDB, as no command would: past Dexie's layers (the plan's
 * stamp untouched, the keys in the order given), in one transaction.
 */
export function putBehindDexie(
  db: PlannerDatabase,
  table: string,
  rows: readonly object[],
): Promise<void> {
  const transaction = db.backendDB().transaction(table, 'readwrite');
  for (const row of rows) transaction.objectStore(table).put(row);
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}
