import { expect, test } from '@playwright/test';
import {
  expectNoAccessibilityViolations,
  recordUpdate,
  failOnPageErrors,
  Q1,
  Q1_LABEL,
  Q2,
  Q2_LABEL,
  screenshot,
} from './support';

test('record updates for Q1, close Q1, change some in Q2 and see the direction of travel', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText(/It is loaded/)).toBeVisible();

  await page.goto(`/updates/${Q1}`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Quarterly updates, ${Q1_LABEL}` }),
  ).toBeVisible();
  await expect(page.getByText(`${Q1_LABEL} is open.`)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A Red update without a corrective action is refused.
  await page.getByRole('link', { name: 'for BOARD-01' }).click();
  await page.getByRole('radio', { name: /^Red / }).check();
  await page.getByLabel('Percentage complete').fill('150');
  await page.getByLabel('Narrative').fill('Analyst post vacant.');
  await page.getByRole('button', { name: 'Save as done', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(
    summary.getByRole('link', {
      name: 'The percentage complete must be a whole number from 0 to 100',
    }),
  ).toBeVisible();
  await expect(summary.getByRole('link', { name: /Red needs a corrective action/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'update-errors');
  // Leaving with the refused text unsaved asks first.
  await page.getByRole('link', { name: 'Back to the round' }).click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click();

  await recordUpdate(
    page,
    'BOARD-01',
    'Red',
    '10',
    'Analyst post vacant.',
    'Interim analyst from the police.',
  );
  await recordUpdate(page, 'BOARD-02', 'Green', '30', 'Training commissioned.');
  await expect(page.getByRole('row', { name: /BOARD-01/ }).getByText('Done')).toBeVisible();

  await page.getByRole('button', { name: `Close ${Q1_LABEL}…` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Close the quarter' }).click();
  await expect(page.getByText(`${Q1_LABEL} is closed (version 1)`)).toBeVisible();
  await expect(page.getByText(/Snapshot SHA-256: [0-9a-f]{64}/)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The closed quarter's updates are frozen.
  await page.getByRole('link', { name: 'View for BOARD-01' }).click();
  await expect(page.getByText(`${Q1_LABEL} is closed`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Save/ })).toHaveCount(0);

  await page.goto(`/updates/${Q2}`);
  await page.getByRole('link', { name: 'for BOARD-01' }).click();
  await page.getByRole('button', { name: 'Carry forward from last quarter' }).click();
  await expect(page.getByLabel('Narrative')).toHaveValue('Analyst post vacant.');
  await expect(page.getByText('Carried forward from last quarter')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'update-carried-forward');
  // Carried-forward text not yet saved: leaving asks first.
  await page.getByRole('link', { name: 'Back to the round' }).click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click();

  await recordUpdate(
    page,
    'BOARD-01',
    'Amber',
    '40',
    'Interim analyst in post.',
    'Permanent recruitment under way.',
  );
  await recordUpdate(
    page,
    'BOARD-02',
    'Red',
    '30',
    'Trainer withdrew.',
    'New provider being sought.',
  );
  await page.getByRole('button', { name: `Close ${Q2_LABEL}…` }).click();
  await page.getByRole('button', { name: 'Close the quarter' }).click();
  await expect(
    page.getByText(
      `Direction of travel against ${Q1_LABEL}: No overall change: 1 better, 1 worse.`,
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /BOARD-01/ }).getByRole('cell', { name: 'Improved' }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /BOARD-02/ }).getByRole('cell', { name: 'Worse' }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'round-closed');

  // Reopen with a reason; the first version is kept.
  await page.getByRole('button', { name: 'Reopen quarter…' }).click();
  await page.getByLabel('Reason for reopening').fill('Late return from the police');
  await page.getByRole('button', { name: `Reopen ${Q2_LABEL}` }).click();
  await expect(page.getByText(`${Q2_LABEL} is open.`)).toBeVisible();
  await expect(page.getByText(/Version 1, closed .*“Late return from the police”/)).toBeVisible();
  noErrors();
});
