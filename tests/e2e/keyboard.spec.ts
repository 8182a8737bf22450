import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations, failOnPageErrors, screenshot } from './support';

/**
 * The main tasks done with the keyboard alone, as a person who cannot use a mouse does them: no
 * click anywhere in this file. At every stop of the focus on the way, the focused element must be
 * on the screen, not hidden under the fixed header (WCAG 2.4.11), and ringed by an outline of at
 * least 2 px with a contrast of 3:1 against what is around it (WCAG 1.4.11, 2.4.7).
 */

/** What is wrong with how the focused element shows its focus, or null if nothing is. */
function focusProblem(): string | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return 'focus was lost';
  const name = `${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}”`;
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return `${name} has no size`;
  if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
    return `${name} is off the screen`;
  // Not entirely hidden by anything on top of it (the fixed header): one of five points shows it.
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2],
    [box.right - 2, box.top + 2],
    [box.left + 2, box.bottom - 2],
    [box.right - 2, box.bottom - 2],
  ];
  const shown = points.some(([x = 0, y = 0]) => {
    const top = document.elementFromPoint(x, y);
    return top !== null && (element.contains(top) || top.contains(element));
  });
  if (!shown) return `${name} is hidden under another element`;

  const style = getComputedStyle(element);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2)
    return `${name} shows no focus outline (${style.outlineStyle} ${style.outlineWidth})`;
  const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = rgb(colour).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // The outline sits outside the element: what is around it is the nearest painted background.
  let around = 'rgb(255, 255, 255)';
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const background = getComputedStyle(parent).backgroundColor;
    const [, , , alpha = 1] = rgb(background);
    if (background !== 'transparent' && alpha > 0) {
      around = background;
      break;
    }
  }
  const [lighter, darker] = [luminance(style.outlineColor), luminance(around)].sort(
    (a, b) => b - a,
  );
  const contrast = ((lighter ?? 1) + 0.05) / ((darker ?? 0) + 0.05);
  return contrast < 3
    ? `${name}'s outline (${style.outlineColor}) has a contrast of ${contrast.toFixed(2)}:1 against ${around}`
    : null;
}

async function expectFocusShown(page: Page) {
  expect(await page.evaluate(focusProblem)).toBeNull();
}

/**
 * Presses Tab (or Shift+Tab) until `target`, or something in it, has the focus, checking every stop
 * on the way; fails if the keyboard cannot reach it.
 */
async function tabTo(page: Page, target: Locator, backwards = false) {
  await expect(target).toBeVisible();
  for (let press = 0; press < 120; press++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    await expectFocusShown(page);
    if (await target.evaluate((element) => element.contains(document.activeElement))) return;
  }
  throw new Error(`The keyboard did not reach ${target.toString()}`);
}

/**
 * Chooses an option of a group of radio buttons as the keyboard does: Tab into the group (one
 * stop), Space to choose the radio it lands on, the arrow keys to move the choice to `option`.
 */
async function choose(page: Page, group: string, option: RegExp) {
  const radios = page.getByRole('radiogroup', { name: group });
  await tabTo(page, radios);
  await page.keyboard.press('Space');
  const wanted = radios.getByRole('radio', { name: option });
  for (let press = 0; press < 8 && !(await wanted.isChecked()); press++) {
    await page.keyboard.press('ArrowDown');
    await expectFocusShown(page);
  }
  await expect(wanted).toBeChecked();
  await expect(wanted).toBeFocused();
}

/** Tabs to `target` and presses Enter on it. */
async function activate(page: Page, target: Locator, backwards = false) {
  await tabTo(page, target, backwards);
  await page.keyboard.press('Enter');
}

/** Tabs to a text field and types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** Goes to a page through the main navigation (backwards from the page's title, nearer). */
async function goThroughNavigation(page: Page, name: string, heading: string | RegExp) {
  await activate(page, nav(page, name), true);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
  await expectNoAccessibilityViolations(page);
}

/** Goes to the quarterly round through the navigation: today's reporting quarter's. Its label. */
async function goToTheRound(page: Page): Promise<string> {
  await goThroughNavigation(page, 'Quarterly updates', /^Quarterly updates, /);
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  return heading.replace('Quarterly updates, ', '');
}

test('the board’s main tasks with the keyboard alone: plan, update, close, scrutinise, export', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const noErrors = failOnPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The first Tab shows the skip link; it takes the focus past the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expectFocusShown(page);
  await screenshot(page, 'keyboard-skip-link');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('#main-content'))).not.toBe(
    null,
  );

  // The demo plan loaded from the action plans.
  await goThroughNavigation(page, 'Action plans', 'Action plans');
  await activate(page, page.getByRole('button', { name: 'Load the demo action plan' }));
  await expect(page.getByText(/Showing 1–\d+ of \d+ actions/)).toBeVisible();
  // The button went with the empty plan: the focus starts again from the page's title.
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeFocused();

  // A new action: sent empty, the error summary takes the focus and its links lead to the fields.
  await activate(page, page.getByRole('link', { name: 'New action' }));
  await expect(page.getByRole('heading', { level: 1, name: 'New action' })).toBeFocused();
  await expectNoAccessibilityViolations(page);
  await activate(page, page.getByRole('button', { name: 'Create action' }));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await screenshot(page, 'keyboard-error-summary');
  await activate(page, summary.getByRole('link', { name: 'Enter a title for the action' }));
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await expectFocusShown(page);
  await page.keyboard.type('Youth Hub drop-in for young people at risk of exploitation');
  const start = page.getByRole('group', { name: 'Start date' });
  await typeInto(page, start.getByLabel('Day'), '1');
  await typeInto(page, start.getByLabel('Month'), '4');
  await typeInto(page, start.getByLabel('Year'), '2026');
  const due = page.getByRole('group', { name: 'Due date', exact: true });
  await typeInto(page, due.getByLabel('Day'), '31');
  await typeInto(page, due.getByLabel('Month'), '3');
  await typeInto(page, due.getByLabel('Year'), '2027');
  await choose(page, 'Primary 4P row', /^Protect /);
  await activate(page, page.getByRole('button', { name: 'Create action' }));
  await expect(
    page.getByRole('heading', { level: 1, name: /^[A-Z]+-\d{2}: Youth Hub/ }),
  ).toBeFocused();
  const ref =
    ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').split(':')[0] ?? '';
  await expectNoAccessibilityViolations(page);

  // An update in the quarter's round: the RAG status chosen with the arrow keys.
  const quarter = await goToTheRound(page);
  await activate(page, page.getByRole('link', { name: `for BOARD-01` }));
  await expect(
    page.getByRole('heading', { level: 1, name: /^BOARD-01: update for/ }),
  ).toBeFocused();
  await expectNoAccessibilityViolations(page);
  await choose(page, 'RAG status', /^Amber /);
  await typeInto(page, page.getByLabel('Percentage complete'), '40');
  await typeInto(page, page.getByLabel('Narrative'), 'Two sessions a week since July.');
  await typeInto(
    page,
    page.getByRole('textbox', { name: 'Corrective action' }),
    'A second youth worker from September.',
  );
  await activate(page, page.getByRole('button', { name: 'Save as done', exact: true }));
  await expect(page.getByText('Last saved as done')).toBeVisible();
  await screenshot(page, 'keyboard-update-saved');

  // The quarter closed: the dialog holds the focus, Escape leaves it, Enter confirms.
  await activate(page, page.getByRole('link', { name: 'Back to the round' }), true);
  await expect(
    page.getByRole('heading', { level: 1, name: `Quarterly updates, ${quarter}` }),
  ).toBeFocused();
  await activate(page, page.getByRole('button', { name: `Close ${quarter}…` }));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Close ${quarter}…` })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Close the quarter' }));
  await screenshot(page, 'keyboard-close-dialog');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${quarter} is closed (version 1)`)).toBeVisible();

  // The scrutiny view: a chart's table shown with the keyboard.
  await goThroughNavigation(page, 'Scrutiny', `Scrutiny: ${quarter}`);
  const rag = page.getByRole('region', { name: 'RAG mix, overall and by body' });
  await activate(page, rag.getByRole('button', { name: 'Show as table' }));
  await expect(rag.getByRole('row', { name: /^All bodies / })).toBeVisible();
  await screenshot(page, 'keyboard-scrutiny-table');

  // The quarter's summary as CSV, asked for with the keyboard.
  await goThroughNavigation(page, 'Reports', /Reports/);
  const card = page.getByRole('article', { name: quarter });
  const downloading = page.waitForEvent('download');
  await activate(page, card.getByRole('button', { name: 'CSV', exact: true }));
  const file = await downloading;
  await expect(card.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  expect(ref).not.toBe('');
  noErrors();
});

test('on a phone, the keyboard opens the navigation and reaches every page from it', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const menu = page.getByRole('button', { name: 'Open navigation' });
  await activate(page, menu);
  await expect(page.getByRole('button', { name: 'Close navigation' })).toBeFocused();
  await screenshot(page, 'keyboard-phone-navigation');
  await expectNoAccessibilityViolations(page);
  await activate(page, nav(page, 'Scrutiny'));
  await expect(page.getByRole('heading', { level: 1, name: /^Scrutiny/ })).toBeFocused();
  // The navigation closes behind the choice, so the keyboard cannot wander into links unseen.
  await expect(nav(page, 'Scrutiny')).toBeHidden();
  await expectNoAccessibilityViolations(page);
  await activate(page, page.getByRole('button', { name: 'Open navigation' }), true);
  await activate(page, nav(page, 'Accessibility statement'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Accessibility statement' }),
  ).toBeFocused();
  await expectNoAccessibilityViolations(page);
  noErrors();
});

test('where a button takes itself away, or is busy, the focus goes to what takes its place', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // Busy while the plan is written (Mantine disables it), then back in the focus, renamed.
  await activate(page, page.getByRole('button', { name: 'Load the demo action plan' }));
  await expect(page.getByText(/It is loaded: \d+ demo actions/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove the demo action plan' })).toBeFocused();
  await expectFocusShown(page);

  // Archiving an action swaps its buttons for "Restore action", and restoring swaps them back.
  await goThroughNavigation(page, 'Action plans', 'Action plans');
  await activate(page, page.getByRole('link', { name: 'BOARD-02', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: /^BOARD-02: / })).toBeFocused();
  await activate(page, page.getByRole('button', { name: 'Archive action' }));
  await expect(page.getByRole('button', { name: 'Restore action' })).toBeFocused();
  await expectFocusShown(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Archive action' })).toBeFocused();
  await expectNoAccessibilityViolations(page);

  // Closing a quarter leaves the focus on the step that takes the close's place; asking to reopen
  // puts it in the reason's field; cancelling brings it back; reopening leaves it on the close.
  const quarter = await goToTheRound(page);
  await activate(page, page.getByRole('button', { name: `Close ${quarter}…` }));
  await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'Close the quarter' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${quarter} is closed (version 1)`)).toBeVisible();
  const reopenStep = page.getByRole('button', { name: 'Reopen quarter…' });
  await expect(reopenStep).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Reason for reopening')).toBeFocused();
  await expectFocusShown(page);
  await activate(page, page.getByRole('button', { name: 'Cancel' }));
  await expect(reopenStep).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('A late return from the Prevent subgroup.');
  await activate(page, page.getByRole('button', { name: `Reopen ${quarter}` }));
  await expect(page.getByRole('button', { name: `Close ${quarter}…` })).toBeFocused();
  await expectFocusShown(page);
  await expectNoAccessibilityViolations(page);
  noErrors();
});
