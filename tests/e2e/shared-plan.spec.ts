import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SHARED_LOG, SHARED_PORT } from '../../playwright.config';
import { api, becomeFirstManager, MANAGER, setupCodeIn, signIn } from './signIn';
import { expectNoAccessibilityViolations, keptForOffline, screenshot } from './support';

const SHARED = `http://127.0.0.1:${SHARED_PORT}`;

const header = (page: Page) => page.getByRole('banner').getByRole('status');

/** Answers the recommendation the page shows (opened while online: the page is not cached yet). */
async function respond(page: Page, note: string) {
  await page.getByLabel('Board response').selectOption('accepted');
  await page.getByLabel('Note').fill(note);
  await page.getByRole('button', { name: 'Save response' }).click();
  await expect(page.getByText('Response saved')).toBeVisible();
}

/** The head of the audit trail this browser holds, read from its IndexedDB. */
const auditHead = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('safetynet-planner');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const cursor = open.result
            .transaction('audit')
            .objectStore('audit')
            .openCursor(null, 'prev');
          cursor.onsuccess = () => resolve((cursor.result?.value as { hash: string }).hash);
        };
      }),
  );

async function browserAt(context: BrowserContext) {
  const page = await context.newPage();
  return page;
}

test('two browsers share one plan: offline edits merge, the same edit conflicts, nothing is lost', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await browser.newContext({ baseURL: SHARED });
  const b = await browser.newContext({ baseURL: SHARED });
  const pageA = await browserAt(a);
  const pageB = await browserAt(b);

  // The manager signs in on A (the first, with the code on the server's console), and sets up.
  await pageA.goto('/');
  await becomeFirstManager(pageA, setupCodeIn(readFileSync(SHARED_LOG, 'utf8')));
  await pageA.goto('/shared-plan');
  await expect(
    pageA.getByRole('heading', { name: 'Set up the shared plan from this browser' }),
  ).toBeVisible();
  await expect(pageA.getByText(/audit trail of (1 entry|\d+ entries)/)).toBeVisible();
  await expectNoAccessibilityViolations(pageA);
  await pageA.getByRole('button', { name: 'Set up the shared plan' }).click();
  await expect(pageA.getByText('The shared plan is set up from this browser.')).toBeVisible();
  await expect(header(pageA)).toContainText('Synced');

  // A fresh browser (the manager's other computer) joins by itself once signed in.
  await pageB.goto('/');
  await signIn(pageB, MANAGER);
  await expect(header(pageB)).toContainText('Synced', { timeout: 20_000 });

  // Both offline, each edits a different recommendation: both kept. Each browser has the app kept
  // for offline use first, as after any earlier visit.
  await pageA.goto('/recommendations/9');
  await pageB.goto('/recommendations/10');
  await keptForOffline(pageA);
  await keptForOffline(pageB);
  await expect(pageA.getByLabel('Board response')).toBeVisible();
  await expect(pageB.getByLabel('Board response')).toBeVisible();
  await a.setOffline(true);
  await b.setOffline(true);
  await respond(pageA, 'Training commissioned (written on A, offline).');
  await respond(pageB, 'Youth panel agreed (written on B, offline).');
  await expect(header(pageA)).toContainText('Offline · 1 change waiting to be sent');
  await expect(header(pageB)).toContainText('Offline · 1 change waiting to be sent');
  await screenshot(pageA, 'shared-plan-offline');
  // A comes back first and opens recommendation 10 before B's change has reached the server: the
  // open form shows B's response as soon as it arrives (untouched, it follows the plan).
  await a.setOffline(false);
  await expect(header(pageA)).toContainText(/^Synced$/, { timeout: 20_000 });
  await pageA.goto('/recommendations/10');
  await expect(pageA.getByLabel('Board response')).toHaveValue('awaiting-response');
  await expect(pageA.getByLabel('Note')).toHaveValue('');
  await b.setOffline(false);
  await expect(header(pageB)).toContainText(/^Synced$/, { timeout: 20_000 });
  await expect(pageA.getByLabel('Note')).toHaveValue(
    'Youth panel agreed (written on B, offline).',
    { timeout: 15_000 },
  );
  await expect(pageA.getByLabel('Board response')).toHaveValue('accepted');
  await pageB.goto('/recommendations/9');
  await expect(pageB.getByLabel('Note')).toHaveValue(
    'Training commissioned (written on A, offline).',
    { timeout: 15_000 },
  );

  // Both offline, both edit the same recommendation: the second to sync gets a conflict.
  await pageA.goto('/recommendations/11');
  await pageB.goto('/recommendations/11');
  await expect(pageA.getByLabel('Board response')).toBeVisible();
  await expect(pageB.getByLabel('Board response')).toBeVisible();
  await a.setOffline(true);
  await b.setOffline(true);
  await respond(pageA, 'Note from A.');
  await respond(pageB, 'Note from B.');
  await a.setOffline(false);
  await expect(header(pageA)).toContainText(/^Synced/, { timeout: 20_000 });
  await b.setOffline(false);
  await expect(header(pageB)).toContainText('1 conflict to resolve', { timeout: 20_000 });
  await pageB.goto('/shared-plan');
  const conflict = pageB.getByRole('region', { name: /Response to recommendation 11/ });
  await expect(conflict.getByRole('cell', { name: 'Note from A.' })).toBeVisible();
  await expect(conflict.getByRole('cell', { name: 'Note from B.' })).toBeVisible();
  await expectNoAccessibilityViolations(pageB);
  await screenshot(pageB, 'shared-plan-conflict');
  await conflict.getByRole('button', { name: 'Keep both texts to merge by hand' }).click();
  await expect(pageB.getByText('Nothing to resolve.')).toBeVisible();
  // Said once the card has gone, and the focus is on the list's heading, not lost with the card.
  await expect(pageB.getByText('Both texts are kept, one after the other')).toBeVisible();
  await expect(
    pageB.getByRole('heading', { level: 2, name: 'Conflicts and changes not accepted (0)' }),
  ).toBeFocused();
  await expect(header(pageB)).toContainText(/^Synced/, { timeout: 20_000 });

  // A sees both texts; the audit trail's head is the same on both and on the server.
  await expect(async () => {
    await pageA.goto('/recommendations/11');
    await expect(pageA.getByLabel('Note')).toHaveValue(
      /Note from A\.\s+\[Also written in a conflicting change:\]\s+Note from B\./,
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 30_000 });

  // A is still writing a response to recommendation 12 when B's arrives: A's words stay, A is told
  // what changed, and saves over B's response only by choosing to.
  await pageA.goto('/recommendations/12');
  await pageA.getByLabel('Board response').selectOption('under-consideration');
  await pageA.getByLabel('Note').fill('Draft from A, still being written.');
  await pageB.goto('/recommendations/12');
  await respond(pageB, 'Saved on B while A was writing.');
  await expect(header(pageB)).toContainText(/^Synced$/, { timeout: 20_000 });
  const notice = pageA.getByRole('alert', { name: 'Changed elsewhere while you were editing' });
  await expect(notice).toContainText('Board response and Note', { timeout: 15_000 });
  await expect(pageA.getByLabel('Note')).toHaveValue('Draft from A, still being written.');
  await expectNoAccessibilityViolations(pageA);
  await pageA.setViewportSize({ width: 390, height: 844 });
  await screenshot(pageA, 'shared-plan-changed-elsewhere-phone');
  await pageA.setViewportSize({ width: 1280, height: 720 });
  await screenshot(pageA, 'shared-plan-changed-elsewhere');
  await notice.getByRole('button', { name: /Keep my edits/ }).click();
  await expect(notice).toBeHidden();
  await pageA.getByRole('button', { name: 'Save response' }).click();
  await expect(pageA.getByText('Response saved')).toBeVisible();
  await expect(pageB.getByLabel('Note')).toHaveValue('Draft from A, still being written.', {
    timeout: 15_000,
  });
  await expect(pageB.getByLabel('Board response')).toHaveValue('under-consideration');

  await pageB.goto('/shared-plan');
  await expect(header(pageB)).toContainText(/^Synced/);
  await pageB.getByRole('button', { name: 'Sync now' }).click();
  await pageA.goto('/shared-plan');
  await pageA.getByRole('button', { name: 'Sync now' }).click();
  await expect(header(pageA)).toContainText(/^Synced/);
  const server = await api<{ auditHash: string }>(pageA, '/api/workspace');
  await expect.poll(() => auditHead(pageA)).toBe(server.auditHash);
  await expect.poll(() => auditHead(pageB)).toBe(server.auditHash);
  await a.close();
  await b.close();
});
