import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAccessibilityViolations, failOnPageErrors, screenshot } from './support';

test('download a backup, reset the workspace, restore the file and see the data back', async ({
  page,
  context,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText(/It is loaded: 43 demo actions/)).toBeVisible();

  const backupSection = page.getByRole('region', { name: 'Backup' });
  await expect(backupSection.getByText('none from this browser yet')).toBeVisible();
  const download = page.waitForEvent('download');
  await backupSection.getByRole('button', { name: 'Download backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^safetynet-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}\.json$/,
  );
  const path = await file.path();
  const backup = JSON.parse(readFileSync(path, 'utf8')) as {
    app: string;
    counts: { actions: number };
    sha256: string;
  };
  expect(backup.app).toBe('safetynet-planner');
  expect(backup.counts.actions).toBe(43);
  await expect(backupSection.getByText(/SHA-256 [0-9a-f]{12}…/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel('Type “reset” to confirm').fill('reset');
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  await expect(page.getByText('Workspace reset', { exact: true })).toBeVisible();
  await page.goto('/plans');
  await expect(page.getByText('GYV-01')).toHaveCount(0);

  await page.goto('/settings');
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.getByText('The backup is complete and unaltered')).toBeVisible();
  const holds = page.getByRole('table', { name: 'What the backup holds' });
  await expect(holds.getByRole('row', { name: 'Actions 43' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Download a backup of the current data' }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'restore-preview');
  // Another tab of the app is open on the plan while the workspace is replaced.
  const other = await context.newPage();
  await other.goto('/plans');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Replace the workspace with this backup' }).click();
  await expect(page.getByText('Workspace restored')).toBeVisible();

  // The restore wrote a database of its own (decision 0016); the old one is deleted, and the other
  // tab, which held it, is asked to reload before it can save anything.
  await expect(
    other.getByRole('alert').filter({ hasText: 'This tab is out of date' }),
  ).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)))
    .toEqual([expect.stringMatching(/^safetynet-planner@\d{4}-/)]);
  await expectNoAccessibilityViolations(other);
  await screenshot(other, 'other-tab-after-restore');
  await other.getByRole('button', { name: 'Reload now' }).click();
  await expect(other.getByRole('link', { name: /GYV-01/ }).first()).toBeVisible();
  await other.close();

  await page.goto('/plans');
  await expect(page.getByRole('link', { name: /GYV-01/ }).first()).toBeVisible();
  await page.goto('/audit');
  await expect(
    page.getByRole('button', { name: /Workspace restored from the backup/ }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  noErrors();
});

test('a file that is not a backup is refused with a clear message', async ({ page }) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/settings');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"safetynet-planner","kind":"workspace-backup"'),
  });
  await expect(page.getByRole('alert').getByText(/not valid JSON/)).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Replace the workspace with this backup' }),
  ).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  noErrors();
});
