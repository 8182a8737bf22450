import { expect, test, type Page } from '@playwright/test';
import {
  EVERYTHING_LAID_OUT,
  expectNoAccessibilityViolations,
  failOnPageErrors,
  Q1,
  Q1_LABEL,
  screenshot,
} from './support';

/** The text spacing WCAG 1.4.12 says a page must allow without losing anything. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

async function firstVisit(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Getting started' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Load the demo plan' }).click();
  await expect(page.getByText('Demo plan loaded')).toBeVisible();
  // The button went with the guide: the focus is on the page's title, not lost.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: /^Progress in/ })).toBeVisible();
}

test('a first visit is guided; the round is in reference order; a Blue update completes the action', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await firstVisit(page);

  // The round: by body, then by reference number.
  await page.goto(`/updates/${Q1}`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Quarterly updates, ${Q1_LABEL}` }),
  ).toBeVisible();
  // The round's rows are there once its actions and updates are read.
  await expect(page.getByRole('link', { name: 'for ASB-01' })).toBeVisible();
  const refs = (await page.getByRole('row').allTextContents())
    .map((row) => /^\s*([A-Z]+-\d+)/.exec(row)?.[1])
    .filter((ref): ref is string => Boolean(ref));
  expect(refs.length).toBeGreaterThan(20);
  const boardRefs = refs.filter((ref) => ref.startsWith('BOARD-'));
  expect(boardRefs).toEqual(
    [...boardRefs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  );
  const gyvRefs = refs.filter((ref) => ref.startsWith('GYV-'));
  expect(gyvRefs).toEqual([...gyvRefs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));

  // A Blue update: the action is complete, on its page and on scrutiny.
  await page.getByRole('link', { name: 'for ASB-01' }).click();
  await page.getByRole('radio', { name: /^Blue / }).check();
  await page.getByLabel('Percentage complete').fill('100');
  await page.getByLabel('Narrative').fill('Delivered and closed at the board.');
  await page.getByRole('button', { name: 'Save as done', exact: true }).click();
  await expect(page.getByText('Update saved')).toBeVisible();
  await page.goto('/actions/ASB-01');
  await expect(page.getByText('Complete, following the quarterly updates.')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  noErrors();
});

test('unsaved typing is never lost without a warning', async ({ page }) => {
  const noErrors = failOnPageErrors(page);
  await page.goto('/actions/new?body=GYV');
  await page.getByLabel('Title', { exact: true }).fill('Gang exit mentoring');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Overview' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshot(page, 'unsaved-changes-dialog');
  await dialog.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Gang exit mentoring');

  // Reloading the page brings up the browser's own prompt.
  const prompt = new Promise<string>((resolve) =>
    page.once('dialog', (browserDialog) => {
      resolve(browserDialog.type());
      void browserDialog.dismiss();
    }),
  );
  await page.evaluate(() => window.location.reload());
  expect(await prompt).toBe('beforeunload');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Gang exit mentoring');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  noErrors();
});

test('on a phone (390 px) no page scrolls sideways and the filters fold away', async ({ page }) => {
  const noErrors = failOnPageErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await firstVisit(page);
  for (const path of [
    '/',
    '/plans',
    `/updates/${Q1}`,
    `/scrutiny/${Q1}`,
    '/recommendations',
    '/strategic-tool',
    '/audit',
    '/reports',
    '/settings',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  }
  // Beside the bodies' names, the RAG mix's bars keep room to be read (31% of the chart before the
  // names' room followed its width, 48% after).
  await page.goto(`/scrutiny/${Q1}`);
  const ragMix = page.locator('section[aria-labelledby="rag-mix-title"]');
  await ragMix.scrollIntoViewIfNeeded();
  await expect(ragMix.locator('.recharts-cartesian-grid')).toBeVisible();
  const plot = await ragMix.locator('.recharts-cartesian-grid').boundingBox();
  const chart = await ragMix.locator('.recharts-surface').boundingBox();
  expect((plot?.width ?? 0) / (chart?.width ?? 1)).toBeGreaterThan(0.4);
  await screenshot(page, 'phone-scrutiny-rag-mix');
  await page.goto('/plans');
  const filters = page.getByRole('button', { name: 'Filters' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Search')).toBeHidden();
  // The table scrolls inside its own box, with a cue in words above it.
  const cue = await page.evaluate(() => {
    const box = document.querySelector('.mantine-TableScrollContainer-scrollContainer');
    return box ? getComputedStyle(box, '::before').content : '';
  });
  expect(cue).toContain('Scroll sideways to see every column');
  await screenshot(page, 'phone-plans');
  await filters.click();
  await expect(page.getByLabel('Search')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Zoomed to 400% (a 1,280 px screen shown 320 px wide, WCAG 1.4.10), with the text spacing
  // WCAG 1.4.12 asks to be allowed on top: nothing is cut off at the screen's edge, nor clipped by
  // its box (a button's or a badge's words cut short); only a table scrolls, in its own region.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/',
    '/plans',
    `/updates/${Q1}`,
    `/updates/${Q1}/BOARD-01`,
    `/scrutiny/${Q1}`,
    '/recommendations',
    '/recommendations/3',
    '/swot',
    '/strategic-tool',
    '/indicators',
    '/actions/new',
    '/actions/BOARD-01',
    '/audit',
    '/reports',
    '/settings',
    '/accessibility',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Every section laid out, as if scrolled through (the scrutiny view's wait, below the screen,
    // under `content-visibility: auto`), so that each table's size is seen.
    await page.addStyleTag({
      content: `${TEXT_SPACING} ${EVERYTHING_LAID_OUT}`,
    });
    // Polled: a table that cannot fit becomes a scrolling region once its size has been seen.
    const cutOff = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => !element.closest('[role="region"][tabindex="0"], .visually-hidden'))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            if (box.width > 0 && box.right > innerWidth + 1) return true;
            const style = getComputedStyle(element);
            const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
            return (
              (element.textContent ?? '').trim() !== '' &&
              ((hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
                (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1))
            );
          })
          .map((element) => `${element.tagName} “${(element.textContent ?? '').slice(0, 40)}”`),
      );
    await expect.poll(cutOff, { message: `${path} at 320 px` }).toEqual([]);
  }
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page
    .getByRole('heading', { level: 2, name: 'New financial year' })
    .scrollIntoViewIfNeeded();
  await screenshot(page, 'zoomed-400-settings');
  noErrors();
});
