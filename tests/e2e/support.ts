import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** WCAG 2.2 AA, as UK public-sector software must meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Lays out what `content-visibility: auto` leaves unrendered until a reader scrolls near it (the
 * scrutiny sections below the screen): a checker or a full-page picture must see it all.
 */
export const EVERYTHING_LAID_OUT = '* { content-visibility: visible !important; }';

export async function expectNoAccessibilityViolations(page: Page) {
  const laidOut = await page.addStyleTag({ content: EVERYTHING_LAID_OUT });
  // What the page does once it sees a size, as when scrolled to: a table too wide for its box
  // becomes a focusable region (components/ScrollingTable.tsx). Two frames, and React's commit.
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .analyze()
    .finally(() => laidOut.evaluate((style) => style.parentNode?.removeChild(style)));
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join('\n  ')}`,
  );
  expect(summary, `axe found violations on ${page.url()}`).toEqual([]);
}

/** Saves a full-page screenshot to test-results/screens for a person to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({
    path: `test-results/screens/${name}.png`,
    fullPage: true,
    style: EVERYTHING_LAID_OUT,
  });
}

/**
 * Waits until the service worker has kept the app's files and answers for this page, as after a
 * first visit: from then on the app works offline. A page opened before it was installed is
 * reloaded, as a person's next visit would be.
 */
export async function keptForOffline(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
}

/** Fails the test on any console error or uncaught exception in the page. */
export function failOnPageErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return () => expect(errors, 'errors in the browser console').toEqual([]);
}

/**
 * The first two quarters of the current financial year, which the journeys work in (the demo plan
 * starts on 1 April of the current financial year), so the tests hold whatever the date.
 */
const today = new Date();
const fy = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
const fyLabel = `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`;
export const Q1 = `${fy}-Q1`;
export const Q2 = `${fy}-Q2`;
export const Q1_LABEL = `Q1 ${fyLabel}`;
export const Q2_LABEL = `Q2 ${fyLabel}`;

/** Fills the open update form and saves it as done. */
export async function saveUpdateAsDone(
  page: Page,
  rag: 'Red' | 'Amber' | 'Green',
  percent: string,
  narrative: string,
  corrective = '',
) {
  await page.getByRole('radio', { name: new RegExp(`^${rag} `) }).check();
  await page.getByLabel('Percentage complete').fill(percent);
  await page.getByLabel('Narrative').fill(narrative);
  if (corrective) await page.getByRole('textbox', { name: 'Corrective action' }).fill(corrective);
  await page.getByRole('button', { name: 'Save as done', exact: true }).click();
  await expect(page.getByText('Last saved as done')).toBeVisible();
}

/** Records an update from a quarter's round (the page /updates/:quarter), and goes back to it. */
export async function recordUpdate(
  page: Page,
  ref: string,
  rag: 'Red' | 'Amber' | 'Green',
  percent: string,
  narrative: string,
  corrective = '',
) {
  await page.getByRole('link', { name: `for ${ref}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^${ref}: update for`) }),
  ).toBeVisible();
  await saveUpdateAsDone(page, rag, percent, narrative, corrective);
  await page.getByRole('link', { name: 'Back to the round' }).click();
}
