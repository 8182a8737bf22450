import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, failOnPageErrors, screenshot } from './support';

/** The offline demo build, where MSW's service worker answers for data.police.uk. */
const DEMO = 'http://localhost:4174';

test('in the offline demo, follow violent crime in two neighbourhoods and fetch the monthly figures', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto(`${DEMO}/indicators/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'New indicator' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Violence in Hoe Street and Leyton');
  await page.getByRole('textbox', { name: 'Unit' }).fill('crimes');
  await page.getByRole('radio', { name: 'Street-level crime from data.police.uk' }).check();
  await expect(page.getByRole('radio', { name: 'Per month' })).toBeChecked();
  // The neighbourhoods and categories come from the (stand-in) API.
  await page.getByLabel('Filter metropolitan police neighbourhoods').fill('e');
  await page.getByRole('checkbox', { name: 'Hoe Street' }).check();
  await page.getByRole('checkbox', { name: 'Leyton', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Violence and sexual offences' }).check();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Create indicator' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Violence in Hoe Street and Leyton' }),
  ).toBeVisible();

  const panel = page.getByRole('region', { name: 'Crime figures from data.police.uk' });
  await expect(panel).toContainText('Counts Violence and sexual offences in Hoe Street, Leyton');
  await panel.getByLabel('From').selectOption({ label: 'April 2026' });
  await panel.getByLabel('To').selectOption({ label: 'September 2026' });
  await panel.getByRole('button', { name: 'Fetch figures' }).click();
  await expect(
    panel.getByText(/^Done: 12 monthly counts fetched, 0 already on this device; 6 values/),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /^September 2026 \d+ data\.police\.uk/ }),
  ).toBeVisible();
  const chart = page.getByRole('region', { name: 'Value by quarter, against target' });
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect(
    chart.getByRole('row', {
      name: /^Q2 2026\/27 \d+ – No target No change|^Q2 2026\/27 \d+ – No target (Improving|Worsening)/,
    }),
  ).toBeVisible();
  await screenshot(page, 'police-indicator');
  await expectNoAccessibilityViolations(page);

  // Fetched again: every month comes from the cache on this device.
  await panel.getByRole('button', { name: 'Fetch figures' }).click();
  await expect(
    panel.getByText(/^Done: 0 monthly counts fetched, 12 already on this device; 0 values/),
  ).toBeVisible();
  noErrors();
});
