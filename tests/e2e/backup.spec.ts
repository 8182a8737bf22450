import { expect, test, type Locator } from '@playwright/test';
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

/**
 * The backup worker's answer that the new database is written, held back until the test lets it
 * through: the restore is then being written for as long as the test needs, as a large plan's is
 * for over a minute. Only the answer's delivery to the page is held; the worker's work is real.
 */
const HOLD_THE_RESTORED_ANSWER = `(() => {
  const held = [];
  window.letTheRestoreAnswer = () => held.splice(0).forEach((deliver) => deliver());
  const own = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
  Object.defineProperty(Worker.prototype, 'onmessage', {
    get() { return own.get.call(this); },
    set(hear) {
      own.set.call(this, hear && ((event) => {
        if (event.data && event.data.kind === 'restored') held.push(() => hear(event));
        else hear(event);
      }));
    },
  });
})();`;

test('leaving while a restore is written asks first: staying lets it finish, leaving stops it', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.addInitScript(HOLD_THE_RESTORED_ANSWER);
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Backup' })
    .getByRole('button', { name: 'Download backup' })
    .click();
  const path = await (await download).path();
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText(/It is loaded: 43 demo actions/)).toBeVisible();

  /** "Replace" clicked, then "Overview": the dialog that asks, by its title. */
  const replace = async (asking = 'Stop the restore?') => {
    await page.getByLabel('Backup file').setInputFiles(path);
    await expect(page.getByText('The backup is complete and unaltered')).toBeVisible();
    await page.getByRole('button', { name: 'Replace the workspace with this backup' }).click();
    // On a phone the pages are listed behind the menu button.
    if ((page.viewportSize()?.width ?? 1280) < 768)
      await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Overview' }).click();
    return page.getByRole('dialog', { name: asking });
  };
  const letTheRestoreAnswer = () =>
    page.evaluate(() =>
      (window as unknown as { letTheRestoreAnswer(): void }).letTheRestoreAnswer(),
    );
  /** The dialog at a phone's width, scanned and kept; then left through `leave`. */
  const leaveThrough = async (dialog: Locator, shot: string, leave: string) => {
    await expectNoAccessibilityViolations(page);
    await screenshot(page, shot);
    await dialog.getByRole('button', { name: leave }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await letTheRestoreAnswer();
  };

  // Left: the restore stops, and the demo plan loaded after the backup was made is still here.
  await page.setViewportSize({ width: 390, height: 844 });
  const dialog = await replace();
  await expect(dialog).toContainText('the restore stops and the workspace stays as it was');
  await leaveThrough(dialog, 'restore-leaving-phone', 'Stop the restore and leave');
  await page.goto('/plans');
  await expect(page.getByRole('link', { name: /GYV-01/ }).first()).toBeVisible();

  // Stayed: the restore finishes, and the workspace holds the backup (no demo plan).
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/settings');
  await (await replace()).getByRole('button', { name: 'Stay until it finishes' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await letTheRestoreAnswer();
  await expect(page.getByText('Workspace restored')).toBeVisible();
  await expect(page).toHaveURL(/\/settings$/);
  await page.goto('/plans');
  await expect(page.getByText('GYV-01')).toHaveCount(0);

  // A name typed and not saved as well: the dialog says what each would lose, and names neither.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/settings');
  await page.getByLabel('Workspace name').fill('SafetyNet (draft)');
  const both = await replace('Leave this page?');
  await expect(both).toContainText('You have changes on this page that are not saved.');
  await expect(both).toContainText('the restore stops and the workspace stays as it was');
  await leaveThrough(both, 'leaving-two-reasons-phone', 'Leave anyway');
  noErrors();
});
