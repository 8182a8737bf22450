import type { Page } from 'playwright-core';

/**
 * Raw IndexedDB writes of the same rows, timed inside the page: the baseline for bulk writes. Like
 * every write the app makes to the plan, each moves the plan's stamp in its own transaction
 * (`src/db/planStamp.ts`), so no draft's figures kept before it are shown after it.
 */
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
          const tx = db.transaction([store, 'draftFigures'], 'readwrite');
          tx.objectStore('draftFigures').put({ key: 'stamp', stamp: crypto.randomUUID() });
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

/**
 * What any write to the plan does to a draft's kept figures, without changing a row: the plan's
 * stamp moves, so the next view works the draft out afresh.
 */
export async function movePlanStamp(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('safetynet-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('draftFigures', 'readwrite');
      tx.objectStore('draftFigures').put({ key: 'stamp', stamp: crypto.randomUUID() });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}
