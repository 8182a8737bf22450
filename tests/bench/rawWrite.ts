import type { Page } from 'playwright-core';

/**
 * Raw IndexedDB writes of the same rows, timed inside the page: the baseline for bulk writes. Like
 * every write the app makes to the plan, each moves the plan's stamp in its own transaction, and
 * notes that every row of its table may have changed (`src/db/planStamp.ts`), so no draft's
 * figures or sources kept before it are used after it.
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
          const kept = tx.objectStore('draftFigures');
          kept.put({ key: 'stamp', stamp: crypto.randomUUID() });
          kept.put({ key: `touched:${crypto.randomUUID()}`, table: store, keys: null });
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
 * The garbage the bench's own seeding left in the page's heap collected: the rows passed in for the
 * raw writes and read back for the raw read (about 400 MB at 100x, against 6.5 MB the app then
 * held: thirty-third session). A person's tab never holds them; left, the page collected them
 * whenever it chose, during whichever operation was being measured (a 152 ms task in a PDF export).
 */
export async function collectSeedingGarbage(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.detach();
}

/**
 * One of `quarter`'s updates (the draft's) saved again, unchanged, as the app's database layer
 * writes it: the row, the plan's stamp moved and a note of the row touched, in one transaction.
 * The next view works the draft's figures out afresh, from the sources kept and that one row read
 * again, as after a return typed in the round.
 */
export async function saveOneUpdateAgain(page: Page, quarter: string): Promise<void> {
  await page.evaluate(async (quarter) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('safetynet-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['updates', 'draftFigures'], 'readwrite');
      const cursor = tx
        .objectStore('updates')
        .openCursor(IDBKeyRange.bound([quarter], [quarter, []]));
      cursor.onsuccess = () => {
        const found = cursor.result;
        if (!found) {
          reject(new Error(`No update in ${quarter} to save again`));
          tx.abort();
          return;
        }
        tx.objectStore('updates').put(found.value);
        const kept = tx.objectStore('draftFigures');
        kept.put({ key: 'stamp', stamp: crypto.randomUUID() });
        kept.put({
          key: `touched:${crypto.randomUUID()}`,
          table: 'updates',
          keys: [found.primaryKey],
        });
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, quarter);
}

/** Waits until a draft's sources are kept (`src/db/draftSources.ts`): a minute at most. */
export async function draftSourcesKept(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('safetynet-planner');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const kept = await new Promise<number>((resolve, reject) => {
        const range = IDBKeyRange.bound('sources:', 'sources:\uffff');
        const request = db.transaction('draftFigures').objectStore('draftFigures').count(range);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return kept > 0;
    },
    undefined,
    { polling: 250, timeout: 60_000 },
  );
}
