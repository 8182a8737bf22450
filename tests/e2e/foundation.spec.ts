import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, failOnPageErrors, screenshot } from './support';

test('first open seeds the workspace: 24 recommendations, the SWOT and Figure 8', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(
    page.getByText('24 of 24 recommendations have no response recorded yet.'),
  ).toBeVisible();
  await expect(page.getByText('Reporting quarter:')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'overview');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Recommendations' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
  await expect(page.getByText('Showing 24 of 24 recommendations')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(25);
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'recommendations');

  await page.getByLabel('Search').fill('councillors');
  await expect(page.getByText('Showing 2 of 24 recommendations')).toBeVisible();
  await expect(page).toHaveURL(/q=councillors/);

  await page.goto('/swot');
  await expect(page.getByRole('heading', { level: 2, name: 'Weaknesses (19)' })).toBeVisible();
  await expect(page.getByText('No recommendation addresses this', { exact: true })).toHaveCount(8);
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'swot');

  await page.goto('/strategic-tool?view=figure');
  const figure = page.getByRole('table').first();
  await expect(figure.getByRole('row')).toHaveCount(5);
  await expect(figure.getByRole('rowheader', { name: 'Prevent', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The 19 intervention themes' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'strategic-tool');
  noErrors();
});

test('a board response survives a reload, and bad input is refused', async ({ page }) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/recommendations');
  await page.getByRole('link', { name: /^Scrutiny training for Councillors/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendation 9' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Accepted in part needs a note: refused, with an error summary linking to the field.
  await page.getByLabel('Board response').selectOption('accepted-in-part');
  await page.getByRole('button', { name: 'Save response' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'recommendation-9-error');
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Note')).toBeFocused();

  await page.getByLabel('Board response').selectOption('accepted');
  await page
    .getByLabel('Note')
    .fill('Scrutiny training to be commissioned for the new municipal year.');
  await page.getByRole('button', { name: 'Save response' }).click();
  await expect(page.getByText('Response saved')).toBeVisible();
  await expect(
    page.getByRole('cell', { name: /Response to recommendation 9 set to “Accepted”/ }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendation 9' })).toBeVisible();
  await expect(page.getByLabel('Board response')).toHaveValue('accepted');
  await expect(page.getByLabel('Note')).toHaveValue(
    'Scrutiny training to be commissioned for the new municipal year.',
  );
  await screenshot(page, 'recommendation-9');

  await page.goto('/');
  await expect(
    page.getByText('23 of 24 recommendations have no response recorded yet.'),
  ).toBeVisible();
  noErrors();
});

test('deep links reload, unknown routes say so, settings work', async ({ page }) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/recommendations/24');
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendation 24' })).toBeVisible();
  // Opened straight at a page loaded on demand, the app asked for the page's code with its own
  // (src/app/codeAhead.ts), not after it had run; the router's own request adds no second link.
  await expect(
    page.locator('link[rel="modulepreload"][href*="/RecommendationPage-"]'),
  ).toHaveAttribute('fetchpriority', 'low');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendation 24' })).toBeVisible();

  await page.goto('/recommendations/25');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Recommendation not found' }),
  ).toBeVisible();

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText(/Persistent storage:/)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Your name').fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await page.getByLabel('Your name').fill('Priya Shah');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await screenshot(page, 'settings');

  await page.getByLabel('Type “reset” to confirm').fill('nope');
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  await expect(page.getByText('Type “reset” to confirm the reset').first()).toBeVisible();
  noErrors();
});
