/**
 * The shared plan's server under stress, on each database: killed with SIGKILL right after it
 * acknowledged pushes and restarted (nothing lost), a push replayed (no duplicate), an offline
 * update to a quarter closed meanwhile (refused, kept as a draft for the next quarter), one audit
 * head everywhere, and a history rewritten in the database (detected, naming the entry).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { openDatabase } from '../../src/server/database';
import { startPostgresCluster } from '../server/postgresCluster';
import { rewriteHistory } from '../server/rewriteHistory';
import {
  expectNoAccessibilityViolations,
  keptForOffline,
  Q1,
  Q1_LABEL,
  Q2,
  recordUpdate,
  screenshot,
} from './support';
import { serverProcess } from './serverProcess';
import { becomeFirstManager, MANAGER, setupCodeIn, signIn, tokenOf } from './signIn';

const ENGINES = [
  { name: 'PGlite', port: 4176 },
  { name: 'PostgreSQL', port: 4177 },
] as const;

/** What this browser's IndexedDB holds: unsent changes and the audit trail's head. */
const local = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ outbox: number; head: string }>((resolve, reject) => {
        const open = indexedDB.open('safetynet-planner');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['outbox', 'audit']);
          const count = tx.objectStore('outbox').count();
          const last = tx.objectStore('audit').openCursor(null, 'prev');
          tx.oncomplete = () =>
            resolve({
              outbox: count.result,
              head: (last.result?.value as { hash: string }).hash,
            });
        };
      }),
  );

const header = (page: Page) => page.getByRole('banner').getByRole('status');

async function syncNow(page: Page) {
  await page.goto('/shared-plan');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();
}

for (const engine of ENGINES) {
  test(`the shared plan on ${engine.name} survives kill -9, replays, a closed quarter and a rewritten history`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const cluster = engine.name === 'PostgreSQL' ? await startPostgresCluster() : null;
    const dataDir = `test-results/durability-${engine.name.toLowerCase()}`;
    rmSync(dataDir, { recursive: true, force: true });
    const server = serverProcess(engine.port, dataDir, cluster?.url);
    const contexts: BrowserContext[] = [];
    try {
      await server.start();
      const a = await browser.newContext({ baseURL: server.base });
      const b = await browser.newContext({ baseURL: server.base });
      contexts.push(a, b);
      const pageA = await a.newPage();
      const pageB = await b.newPage();

      // The manager signs in on A (the set-up code from the console), loads the demo plan and
      // sets the shared plan up from it; B (their other computer) joins by itself once signed in.
      await pageA.goto('/');
      await becomeFirstManager(pageA, setupCodeIn(server.output.join('')));
      await server.signedInAs(pageA);
      await pageA.goto('/settings');
      await pageA.getByRole('button', { name: 'Load the demo action plan' }).click();
      await expect(pageA.getByText(/It is loaded/)).toBeVisible();
      await pageA.goto('/shared-plan');
      await pageA.getByRole('button', { name: 'Set up the shared plan' }).click();
      await expect(pageA.getByText('The shared plan is set up from this browser.')).toBeVisible();
      await pageB.goto('/');
      await signIn(pageB, MANAGER);
      await expect(header(pageB)).toContainText('Synced', { timeout: 30_000 });

      // A push, acknowledged, then replayed by hand: the same answer, nothing stored twice.
      const pushes: string[] = [];
      pageA.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/api/push')) {
          pushes.push(request.postData() ?? '');
        }
      });
      await pageA.goto(`/updates/${Q1}`);
      await recordUpdate(pageA, 'BOARD-02', 'Green', '30', 'Training commissioned.');
      await expect.poll(async () => (await local(pageA)).outbox, { timeout: 20_000 }).toBe(0);
      const acknowledged = await server.head();
      expect(pushes.length).toBeGreaterThan(0);
      for (const body of pushes) {
        const replay = await pageA.request.post('/api/push', {
          data: JSON.parse(body) as unknown,
          headers: { authorization: `Bearer ${await tokenOf(pageA)}` },
        });
        expect(replay.status()).toBe(200);
        const answer = (await replay.json()) as { results: { status: string }[] };
        expect(answer.results.every((result) => result.status === 'applied')).toBe(true);
      }
      expect(await server.head()).toEqual(acknowledged);

      // kill -9 the moment the server has acknowledged a push; restart: nothing lost.
      await pageA.goto(`/updates/${Q1}`);
      await recordUpdate(
        pageA,
        'BOARD-01',
        'Red',
        '10',
        'Analyst post vacant.',
        'Interim analyst from the police.',
      );
      await expect.poll(async () => (await local(pageA)).outbox, { timeout: 20_000 }).toBe(0);
      const beforeKill = await server.head();
      await server.kill();
      await server.start();
      expect(await server.head()).toEqual(beforeKill);
      await syncNow(pageB);
      await pageB.goto(`/updates/${Q1}`);
      await pageB.getByRole('link', { name: 'for BOARD-01' }).click();
      await expect(pageB.getByLabel('Narrative')).toHaveValue('Analyst post vacant.');

      // B, offline, updates Q1 while A closes it: refused, and kept as a draft for Q2.
      await pageB.goto(`/updates/${Q1}`);
      await keptForOffline(pageB);
      await expect(pageB.getByRole('link', { name: 'for BOARD-02' })).toBeVisible();
      await b.setOffline(true);
      await recordUpdate(pageB, 'BOARD-02', 'Amber', '35', 'Written offline on B.', 'More dates.');
      await pageA.goto(`/updates/${Q1}`);
      await pageA.getByRole('button', { name: `Close ${Q1_LABEL}…` }).click();
      await pageA.getByRole('button', { name: 'Close the quarter' }).click();
      await expect(pageA.getByText(`${Q1_LABEL} is closed (version 1)`)).toBeVisible();
      const closedHash = /Snapshot SHA-256: ([0-9a-f]{64})/.exec(
        await pageA.getByText(/Snapshot SHA-256: [0-9a-f]{64}/).innerText(),
      )?.[1];
      expect(closedHash).toBeDefined();
      await expect.poll(async () => (await local(pageA)).outbox, { timeout: 20_000 }).toBe(0);
      await b.setOffline(false);
      await expect(header(pageB)).toContainText('1 conflict to resolve', { timeout: 30_000 });
      await pageB.goto('/shared-plan');
      const refused = pageB.getByRole('region', { name: /BOARD-02/ });
      await expect(refused.getByText(/was closed while this change waited/)).toBeVisible();
      await expect(refused.getByRole('cell', { name: 'Written offline on B.' })).toBeVisible();
      await expectNoAccessibilityViolations(pageB);
      await screenshot(pageB, `shared-plan-refused-${engine.name.toLowerCase()}`);
      await refused
        .getByRole('button', { name: 'Keep it as a draft for the next open quarter' })
        .click();
      await expect(pageB.getByText('Nothing to resolve.')).toBeVisible();
      await pageB.goto(`/updates/${Q2}`);
      await pageB.getByRole('link', { name: 'for BOARD-02' }).click();
      await expect(pageB.getByLabel('Narrative')).toHaveValue('Written offline on B.');

      // The closed quarter's record is the same on B, to the hash.
      await pageB.goto(`/scrutiny/${Q1}`);
      await expect(pageB.getByText(`Snapshot SHA-256 ${closedHash}`)).toBeVisible();

      // One audit trail: the same head on both browsers and the server.
      await syncNow(pageB);
      await syncNow(pageA);
      const settled = await server.head();
      await expect.poll(async () => (await local(pageA)).head).toBe(settled.auditHash);
      await expect.poll(async () => (await local(pageB)).head).toBe(settled.auditHash);

      // Someone rewrites entry 3 in the database and re-chains the rest; the server restarts.
      await server.kill();
      const db = await openDatabase(cluster ? { url: cluster.url } : { dataDir });
      const original = await rewriteHistory(db, 3, 'Nothing happened here');
      await db.destroy();
      await server.start();
      await syncNow(pageA);
      const alert = pageA.getByRole('alert').filter({ hasText: 'has been changed or removed' });
      await expect(alert).toContainText(`entry 3 (“${original}”`);
      await expect(alert).toContainText('Sync has stopped');
      await expect(header(pageA)).toContainText('Sync problem');
      await expectNoAccessibilityViolations(pageA);
      await screenshot(pageA, `shared-plan-rewritten-${engine.name.toLowerCase()}`);
    } finally {
      for (const context of contexts) await context.close();
      await server.kill();
      cluster?.stop();
    }
  });
}
