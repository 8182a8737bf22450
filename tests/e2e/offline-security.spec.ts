import { expect, test } from '@playwright/test';
import {
  expectNoAccessibilityViolations,
  failOnPageErrors,
  keptForOffline,
  screenshot,
} from './support';

const INJECTION = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;

test('works offline after the first visit, and shows the data', async ({ page, context }) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await keptForOffline(page);

  await page.goto('/recommendations/9');
  await page.getByLabel('Board response').selectOption('accepted');
  await page.getByRole('button', { name: 'Save response' }).click();
  await expect(page.getByText('Response saved')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendation 9' })).toBeVisible();
  await expect(page.getByLabel('Board response')).toHaveValue('accepted');
  await page.goto('/swot');
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT analysis' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Scrutiny' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Scrutiny/ })).toBeVisible();
  await context.setOffline(false);
  noErrors();
});

test('the message area’s code arrives after the first screen, though nothing is drawn until a message', async ({
  page,
}) => {
  // A notice whose code had to be fetched at the moment it was shown did not appear when the
  // network had gone meanwhile, though the save it reported was made.
  await page.goto('/recommendations/9');
  await expect(page.getByLabel('Board response')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => entry.name.includes('MessageArea')),
      ),
    )
    .toBe(true);
  await expect(page.locator('.mantine-Notifications-root')).toHaveCount(0);
  await page.getByLabel('Board response').selectOption('accepted');
  await page.getByRole('button', { name: 'Save response' }).click();
  await expect(page.getByText('Response saved')).toBeVisible();
  await expect(page.locator('.mantine-Notifications-root')).not.toHaveCount(0);
});

test('the Content Security Policy holds on every page, and user text never runs as markup', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  await page.goto('/settings');
  await page.getByLabel('Workspace name').fill(`SafetyNet ${INJECTION}`);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByRole('banner').getByText(`SafetyNet ${INJECTION}`)).toBeVisible();

  await page.goto('/recommendations/3');
  await page.getByLabel('Board response').selectOption('not-accepted');
  await page.getByLabel('Note').fill(INJECTION);
  await page.getByRole('button', { name: 'Save response' }).click();
  await expect(page.getByText('Response saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Note')).toHaveValue(INJECTION);

  await page.goto('/actions/new?body=ASB');
  await page.getByLabel('Title', { exact: true }).fill(`Hotspot ${INJECTION}`);
  for (const [legend, day, month, year] of [
    ['Start date', '1', '4', '2026'],
    ['Due date', '31', '3', '2027'],
  ] as const) {
    const group = page.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day').fill(day);
    await group.getByLabel('Month').fill(month);
    await group.getByLabel('Year').fill(year);
  }
  await page.getByLabel('Prevent (4P: situational prevention)').first().check();
  await page.getByRole('button', { name: 'Create action' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `ASB-01: Hotspot ${INJECTION}` }),
  ).toBeVisible();

  // Walk every page: any CSP violation is a console error, which fails the test.
  for (const path of [
    '/',
    '/plans',
    '/plans/ASB',
    '/updates',
    '/updates/2026-Q3/ASB-01',
    '/recommendations',
    '/recommendations/3',
    '/swot',
    '/strategic-tool',
    '/strategic-tool?view=themes',
    '/indicators',
    '/indicators/new',
    '/indicators/draft-mash-audit-good',
    '/indicators/draft-mash-audit-good/edit',
    '/scrutiny',
    '/reports',
    '/audit',
    '/settings',
    '/accessibility',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/plans');
  await expect(page.getByRole('cell', { name: `Hotspot ${INJECTION}` })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  noErrors();
});

test('the accessibility statement', async ({ page }) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Accessibility statement for SafetyNet planner' }),
  ).toBeVisible();
  for (const heading of [
    'How accessible this app is',
    'Feedback and contact information',
    'Reporting accessibility problems with this app',
    'Enforcement procedure',
    'Preparation of this accessibility statement',
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(
    page.getByText(/prepared on 22 November 2026\. It was last reviewed on 7 December 2026/),
  ).toBeVisible();
  // What is not accessible is named, with the accessible way to the same content.
  await expect(page.getByText(/The quarterly summary’s PDF is not tagged/)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'accessibility-statement');
  noErrors();
});
