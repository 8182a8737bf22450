import type { Page } from 'playwright-core';

/** Raw IndexedDB writes of the same rows, timed inside the page: the baseline for bulk writes. */
export async function rawWrite(page: Page, store: string, rows: unknown[]): Promise<number> {
  let total = 0;
  for (let i = 0; i < rows.length; i += 10_000) {
    total += await page.evaluate(
      async ({ store, rows }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('safetynet-planner');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const started = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          const objects = tx.objectStore(store);
          for (const row of rows) objects.put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        const elapsed = performance.now() - started;
        db.close();
        return elapsed;
      },
      { store, rows: rows.slice(i, i + 10_000) },
    );
  }
  return total;
}
