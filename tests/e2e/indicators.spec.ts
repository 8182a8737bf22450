import { expect, test } from '@playwright/test';
import {
  expectNoAccessibilityViolations,
  failOnPageErrors,
  Q1,
  Q1_LABEL,
  Q2,
  Q2_LABEL,
  screenshot,
} from './support';

const fyStart = Number(Q1.slice(0, 4));
const fyLabel = `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;

test('create an indicator, enter values, and see its chart, table and RAG against target', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Outcome indicators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outcome indicators' })).toBeVisible();
  // The report's candidate indicators are seeded as drafts, with their baselines.
  await expect(
    page.getByRole('row', { name: /Violence with injury: sanction detection rate Draft/ }),
  ).toContainText('12.1 (May 2022 to April 2023)');
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'indicators');

  await page.getByRole('link', { name: 'New indicator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New indicator' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // Refused first: no name, no unit.
  await page.getByRole('button', { name: 'Create indicator' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Enter the indicator’s name');
  await expect(summary).toContainText('Enter the unit');

  await page.getByRole('textbox', { name: 'Name' }).fill('Knife crime with injury, under 25s');
  await page.getByRole('textbox', { name: 'Unit' }).fill('crimes');
  await page.getByLabel('Owning body').selectOption({ label: 'Gangs and youth violence subgroup' });
  await page.getByRole('radio', { name: 'Lower is better' }).check();
  await page.getByLabel('Baseline value').fill('40');
  await page.getByLabel('Baseline period').fill('2025/26');
  await page.getByRole('button', { name: 'Add a target' }).click();
  await page.getByLabel('Target 1: period').selectOption({ label: `${fyLabel}, whole year` });
  await page.getByLabel('Target 1: value').fill('30');
  await page.getByLabel('Amber tolerance (% of the target)').fill('10');
  await page.getByRole('checkbox', { name: /^11\. / }).check();
  await page.getByLabel('Source, in words').fill('Metropolitan Police performance data');
  await screenshot(page, 'indicator-form');
  await page.getByRole('button', { name: 'Create indicator' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Knife crime with injury, under 25s' }),
  ).toBeVisible();
  await expect(page.getByText('No complete quarter has a value yet.')).toBeVisible();

  // Values, with a mistake refused first.
  const values = page.getByRole('form', { name: 'Record a value' });
  await values.getByLabel('Quarter').selectOption({ label: Q1_LABEL });
  await values.getByLabel('Value (crimes)').fill('lots');
  await values.getByRole('button', { name: 'Save value' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'Enter the value as a number',
  );
  await values.getByLabel('Value (crimes)').fill('28');
  await values.getByRole('button', { name: 'Save value' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`^${Q1_LABEL} 28`) })).toBeVisible();
  await values.getByLabel('Quarter').selectOption({ label: Q2_LABEL });
  await values.getByLabel('Value (crimes)').fill('32');
  await values.getByRole('button', { name: 'Save value' }).click();

  const chart = page.getByRole('region', { name: 'Value by quarter, against target' });
  await expect(
    chart.getByText(
      `${Q2_LABEL}: 32 crimes against a target of 30: Amber; worsening on the quarter before (lower is better).`,
    ),
  ).toBeVisible();
  await expect(chart.locator('.recharts-surface').first()).toBeVisible();
  await chart.screenshot({ path: 'test-results/screens/indicator-chart.png' });
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect(
    chart.getByRole('row', { name: `${Q1_LABEL} 28 30 Green Not known yet` }),
  ).toBeVisible();
  await expect(chart.getByRole('row', { name: `${Q2_LABEL} 32 30 Amber Worsening` })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'indicator');

  // The list shows the latest quarter's RAG in words.
  await page.getByRole('link', { name: 'Outcome indicators' }).click();
  await expect(page.getByRole('row', { name: /Knife crime with injury, under 25s/ })).toContainText(
    'Amber',
  );

  // Scrutiny: the indicator against target, and a line of enquiry because it is worsening.
  await page.goto(`/scrutiny/${Q2}`);
  const section = page.getByRole('region', { name: 'Outcome indicators' });
  await expect(
    section.getByRole('row', { name: /Knife crime with injury, under 25s/ }),
  ).toContainText('Amber');
  await expect(
    page.getByText(
      'Knife crime with injury, under 25s is moving the wrong way: what is being done about it?',
    ),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  noErrors();
});
