import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations, failOnPageErrors, screenshot } from './support';

async function protectGyvCount(page: Page): Promise<number> {
  await page.goto('/strategic-tool');
  const cell = page.getByTestId('cell-protect-GYV');
  await expect(cell).toBeVisible();
  const text = (await cell.textContent()) ?? '';
  const match = /(\d+) actions?/.exec(text);
  return match ? Number(match[1]) : 0;
}

test('create an action for Gangs and youth violence and see it on the strategic tool', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/plans');
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
  await expect(page.getByText('No actions yet')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Load the demo plan first, so the matrix has something to compare against.
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText(/Showing 1–\d+ of \d+ actions/)).toBeVisible();
  await screenshot(page, 'plans');
  await expectNoAccessibilityViolations(page);

  const before = await protectGyvCount(page);
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'strategic-tool-matrix');

  await page.goto('/plans/GYV');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gangs and youth violence subgroup action plan' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'New action' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New action' })).toBeVisible();
  await expect(page.getByLabel('Owning body')).toHaveValue('GYV');
  await expect(page.getByLabel('Reference', { exact: true })).toHaveValue(/^GYV-\d{2}$/);
  await expectNoAccessibilityViolations(page);

  // Submitting empty: an error summary linking to each problem, and nothing saved.
  await page.getByRole('button', { name: 'Create action' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter a title for the action' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter the start date' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'new-action-errors');

  await page.getByLabel('Title', { exact: true }).fill('Gang exit mentoring through the Youth Hub');
  const start = page.getByRole('group', { name: 'Start date' });
  await start.getByLabel('Day').fill('1');
  await start.getByLabel('Month').fill('4');
  await start.getByLabel('Year').fill('2026');
  const due = page.getByRole('group', { name: 'Due date', exact: true });
  await due.getByLabel('Day').fill('31');
  await due.getByLabel('Month').fill('2');
  await due.getByLabel('Year').fill('2027');
  await page.getByLabel('Protect (4P: social prevention)').first().check();
  await page.getByRole('checkbox', { name: 'Gang exit' }).check();
  await page.getByRole('checkbox', { name: /^2\. A multi-agency Gangs Intervention Team/ }).check();
  await page.getByRole('button', { name: 'Create action' }).click();
  // 31 February does not exist.
  await expect(
    summary.getByRole('link', { name: 'The due date must be a real date' }),
  ).toBeVisible();
  await due.getByLabel('Day').fill('28');
  await page.getByRole('button', { name: 'Create action' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: /^GYV-\d{2}: Gang exit mentoring/ }),
  ).toBeVisible();
  const ref =
    ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').split(':')[0] ?? '';
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'action');

  expect(await protectGyvCount(page)).toBe(before + 1);

  await page.goto('/recommendations/2');
  await expect(page.getByRole('link', { name: ref })).toBeVisible();
  await expect(page.getByText(/^In progress: |^Planned: /)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.reload();
  await expect(page.getByRole('link', { name: ref })).toBeVisible();

  // A duplicate reference is refused.
  await page.goto('/actions/new?body=GYV');
  await page.getByLabel('Reference', { exact: true }).fill(ref.toLowerCase());
  await page.getByRole('button', { name: 'Create action' }).click();
  await expect(
    summary.getByRole('link', {
      name: `The reference ${ref} is already used by another action: choose another`,
    }),
  ).toBeVisible();
  noErrors();
});

test('archive an action, undo it, filter the plan by the URL', async ({ page }) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText(/It is loaded: \d+ demo actions/)).toBeVisible();

  await page.goto('/plans?row=prevent');
  await expect(page.getByLabel('4P row')).toHaveValue('prevent');
  const status = page.getByRole('status').filter({ hasText: /Showing/ });
  await expect(status).toHaveText(/of \d+ actions/);
  const firstRef = (await page.getByRole('table').getByRole('link').first().textContent()) ?? '';
  await page.getByRole('table').getByRole('link').first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^${firstRef}:`) }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Archive action' }).click();
  await expect(page.getByText('This action is archived')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Archive action' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /restored/ })).toBeVisible();

  await page.goto('/settings');
  await page.getByRole('button', { name: 'Remove the demo action plan' }).click();
  await expect(page.getByText('It is not loaded.')).toBeVisible();
  await page.goto('/plans');
  await expect(page.getByText('No actions yet')).toBeVisible();
  noErrors();
});
