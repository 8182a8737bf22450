import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAccessibilityViolations, failOnPageErrors, screenshot } from './support';

test('the audit trail lists changes, shows before and after, verifies, and exports CSV', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/recommendations/9');
  await page.getByLabel('Board response').selectOption('accepted');
  await page.getByLabel('Note').fill('=HYPERLINK("http://example.invalid") <b>not bold</b>');
  await page.getByRole('button', { name: 'Save response' }).click();
  await expect(page.getByText('Response saved')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page.getByText('Showing 2 entries, numbers 2 down to 1')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const entry = page.getByRole('button', {
    name: /Response to recommendation 9 set to “Accepted”/,
  });
  await entry.click();
  await expect(entry).toHaveAttribute('aria-expanded', 'true');
  const changes = page.getByRole('table', { name: 'Fields changed in entry 2' });
  await expect(
    changes.getByRole('row', { name: /^Response awaiting-response accepted$/ }),
  ).toBeVisible();
  // User text is shown as text, never as markup.
  await expect(
    changes.getByText('=HYPERLINK("http://example.invalid") <b>not bold</b>'),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'audit');

  await page.getByLabel('Kind of change').selectOption('seed');
  await expect(page.getByText('Showing 1 entry, number 1')).toBeVisible();
  await expect(page).toHaveURL(/kind=seed/);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('button', { name: 'Verify the audit trail' }).click();
  await expect(page.getByText('The audit trail is intact')).toBeVisible();
  await expect(page.getByText('All 2 entries are unaltered and in sequence.')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export these entries as CSV' }).click();
  const file = await download;
  const raw = readFileSync((await file.path()) ?? '', 'utf8');
  // A UTF-8 byte-order mark first, so Excel on Windows reads it as UTF-8.
  expect(raw.charCodeAt(0)).toBe(0xfeff);
  const csv = raw.slice(1);
  expect(csv.split('\r\n')[0]).toBe(
    'Sequence,When (UTC),Who,Role,Change,Entity type,Entity,Summary,Fields changed,Hash,Previous hash',
  );
  expect(csv.split('\r\n')).toHaveLength(3);
  await expect(page.getByText('Showing 3 entries, numbers 3 down to 1')).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Exported: Exported the audit log CSV/ }),
  ).toBeVisible();

  // Tamper with an entry directly in the browser's database: verification finds it.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('safetynet-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const store = db.transaction('audit', 'readwrite').objectStore('audit');
      const get = store.get(2);
      get.onsuccess = () => {
        const put = store.put({ ...get.result, actor: 'Someone else' });
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
    });
    db.close();
  });
  await page.getByRole('button', { name: 'Verify the audit trail' }).click();
  await expect(
    page.getByText('The chain breaks at entry 2: its content does not match its hash.', {
      exact: false,
    }),
  ).toBeVisible();
  noErrors();
});
