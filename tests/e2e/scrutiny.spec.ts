import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAccessibilityViolations,
  failOnPageErrors,
  Q1,
  Q1_LABEL,
  Q2,
  saveUpdateAsDone,
  screenshot,
} from './support';

async function update(
  page: Page,
  ref: string,
  rag: 'Red' | 'Green',
  percent: string,
  narrative: string,
  corrective = '',
) {
  await page.goto(`/updates/${Q1}/${ref}`);
  await saveUpdateAsDone(page, rag, percent, narrative, corrective);
}

test('the scrutiny view of a closed quarter: counts, tables behind charts, presentation, councillor start page', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Load the demo action plan' }).click();
  await expect(page.getByText('It is loaded: 43 demo actions are in the plans.')).toBeVisible();
  await update(
    page,
    'BOARD-01',
    'Red',
    '10',
    'Analyst post vacant.',
    'Interim analyst from the police.',
  );
  await update(page, 'BOARD-02', 'Green', '30', 'Training commissioned.');
  await page.goto(`/updates/${Q1}`);
  await page.getByRole('button', { name: `Close ${Q1_LABEL}…` }).click();
  await page.getByRole('button', { name: 'Close the quarter' }).click();
  await expect(page.getByText(`${Q1_LABEL} is closed (version 1)`)).toBeVisible();

  await page.goto('/scrutiny');
  await expect(
    page.getByRole('heading', { level: 1, name: `Scrutiny: ${Q1_LABEL}` }),
  ).toBeVisible();
  await expect(page.getByText(/Snapshot SHA-256 [0-9a-f]{64}/)).toBeVisible();
  const headlines = page.locator('dl.headlines');
  await expect(
    headlines.getByText('Actions reported').locator('xpath=following-sibling::dd'),
  ).toHaveText('43');
  await expect(
    headlines.getByText('With a finished update').locator('xpath=following-sibling::dd'),
  ).toHaveText('2');
  await expect(
    headlines.getByText('Red', { exact: true }).locator('xpath=following-sibling::dd'),
  ).toHaveText('1');

  // The RAG chart's summary and its table say the same.
  const rag = page.getByRole('region', { name: 'RAG mix, overall and by body' });
  await expect(
    rag.getByText('1 of 43 actions is red; 0 amber, 1 green, 0 complete and 41 with no update.'),
  ).toBeVisible();
  // A chart is drawn when it comes near the screen.
  await rag.scrollIntoViewIfNeeded();
  await expect(rag.locator('.recharts-surface').first()).toBeVisible();
  await rag.screenshot({ path: 'test-results/screens/scrutiny-rag-chart.png' });
  await page
    .getByRole('region', { name: 'The strategic tool: where the effort sits' })
    .screenshot({ path: 'test-results/screens/scrutiny-heatmap.png' });
  await rag.getByRole('button', { name: 'Show as table' }).click();
  await expect(rag.getByRole('row', { name: 'All bodies 1 0 1 0 41' })).toBeVisible();
  await expect(rag.getByRole('row', { name: 'SafetyNet board 1 0 1 0 4' })).toBeVisible();

  const delivery = page.getByRole('region', {
    name: 'Delivery of the 24 recommendations, by level',
  });
  const summary = (await delivery.locator('p').first().textContent()) ?? '';
  const [, delivered, inProgress, planned, none] =
    /(\d+) delivered, (\d+) in progress, (\d+) planned and (\d+) with no action/.exec(summary) ??
    [];
  await delivery.getByRole('button', { name: 'Show as table' }).click();
  const column = async (index: number) => {
    let sum = 0;
    for (const level of ['Strategic', 'Partnership', 'Practice'])
      sum += Number(
        await delivery
          .getByRole('row', { name: new RegExp(`^${level}`) })
          .getByRole('cell')
          .nth(index)
          .textContent(),
      );
    return sum;
  };
  expect([await column(0), await column(1), await column(2), await column(3)]).toEqual(
    [delivered, inProgress, planned, none].map(Number),
  );

  // The heatmap's summary counts the gaps its table shows; the trend's table has the one closed quarter.
  const heatmap = page.getByRole('region', { name: 'The strategic tool: where the effort sits' });
  const gaps = Number(
    /^(\d+) of 24 cells/.exec((await heatmap.locator('p').first().textContent()) ?? '')?.[1],
  );
  await heatmap.getByRole('button', { name: 'Show as table' }).click();
  await expect(heatmap.getByRole('cell', { name: 'Gap (0)' })).toHaveCount(gaps);
  const trendChart = page.getByRole('region', { name: 'RAG across closed quarters' });
  await expect(
    trendChart.getByText(`One closed quarter so far: ${Q1_LABEL}, with 1 red.`),
  ).toBeVisible();
  await trendChart.getByRole('button', { name: 'Show as table' }).click();
  await expect(trendChart.getByRole('row', { name: `${Q1_LABEL} 1 0 1 0 41` })).toBeVisible();
  const overdue = page.getByRole('region', {
    name: 'Overdue actions and missing updates, by body',
  });
  await expect(
    overdue.getByText('1 action red or amber, 0 overdue and 41 with no finished update.'),
  ).toBeVisible();
  await overdue.getByRole('button', { name: 'Show as table' }).click();
  await expect(overdue.getByRole('row', { name: 'SafetyNet board 0 4' })).toBeVisible();

  await expect(page.getByText('Action BOARD-01 was due on', { exact: false })).toHaveCount(0);
  await expect(
    page.getByText('Recommendation 5 has no action: has the board decided how it will respond?'),
  ).toBeVisible();
  // Read-only: nothing to type into, nothing to save.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /save/i })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'scrutiny');

  await page.getByRole('button', { name: 'Present to the committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Headline figures' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1, name: 'RAG mix' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Suggested lines of enquiry' }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'presentation');
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { level: 1, name: `Scrutiny: ${Q1_LABEL}` }),
  ).toBeVisible();

  // A quarter not yet closed is a draft preview.
  await page.goto(`/scrutiny/${Q2}`);
  await expect(page.getByText('Draft, not yet closed')).toBeVisible();

  // A councillor's app opens on the scrutiny view.
  await page.goto('/settings');
  await page.getByLabel('Your role').selectOption('councillor');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: `Scrutiny: ${Q1_LABEL}` }),
  ).toBeVisible();
  noErrors();
});
