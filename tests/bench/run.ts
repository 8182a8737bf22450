/**
 * npm run bench: builds the app, serves it, and measures it in real Chromium at several scales of
 * generated data, each run in a fresh browser profile. Prints medians and writes
 * bench-results/latest.json. Figures, not pass/fail: machines here are shared and noisy, so each
 * app figure is printed beside a plain IndexedDB baseline on the same data.
 *
 * BENCH_RUNS (default 3) sets the runs per scale; BENCH_SCALES (e.g. "1x,10x") picks scales;
 * BENCH_CLOSE_READING_MS (default 2000) how long a close's confirmation is open before confirming.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium, NO_BROWSER_MESSAGE } from '../../scripts/find-chromium.mjs';
import { filterActions } from '../../src/domain/planFilter';
import { quarterKey } from '../../src/domain/quarters';
import { IMPORT_MAX_ROWS } from '../../src/domain/actionImport';
import { RETURN_MAX_ROWS } from '../../src/domain/returns';
import { largestImports } from './importFiles';
import { servePreview } from './preview';
import { collectSeedingGarbage, draftSourcesKept, rawWrite, saveOneUpdateAgain } from './rawWrite';
import { generate, generateAudit } from './generate';
import { measureOperation, traceTasks, watchMainThread } from './mainThread';
import { median, medianOfRuns } from './stats';

const PORT = 4175;
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALES = [
  { name: '1x', actions: 200, quarters: 8, audit: 3_000 },
  { name: '10x', actions: 2_000, quarters: 8, audit: 30_000 },
  { name: '50x', actions: 10_000, quarters: 8, audit: 150_000 },
  { name: '100x', actions: 20_000, quarters: 8, audit: 300_000 },
  // Backup and restore at 100x (issue 20; issue 7 measured 10,000 actions and 200,000 entries).
  { name: 'backup', actions: 20_000, quarters: 8, audit: 300_000 },
  // Quarterly summary exports at 100x (issue 20; issue 6 measured 10,000 actions).
  { name: 'exports', actions: 20_000, quarters: 8, audit: 20_000 },
  // A return and an action import at their largest (2,000 rows each) into a 100x plan (issue 20).
  { name: 'imports', actions: 20_000, quarters: 8, audit: 20_000 },
].filter(
  (scale) => !process.env.BENCH_SCALES || process.env.BENCH_SCALES.split(',').includes(scale.name),
);

type Figures = Record<string, number>;

/** Typed into the plan's search box, a key at a time. */
const SEARCH_TERM = 'mash audit';
const FILTER_CONTEXT = {
  today: new Date().toISOString().slice(0, 10),
  quarter: { fyStart: 2026, q: 3 as const },
};

/** A raw full read of every action, update and audit entry: the baseline for reads. */
function rawFullRead(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('safetynet-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction(['actions', 'updates', 'audit'], 'readonly');
    await Promise.all(
      ['actions', 'updates', 'audit'].map(
        (store) =>
          new Promise((resolve, reject) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result.length);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  });
}

/**
 * A raw read of what a quarter's draft is worked out from: every action and the quarter's updates
 * (one range of the table, keyed by quarter first), in one transaction, until the last row is in
 * hand. The baseline for the overview's first open with nothing kept, which reads the same rows:
 * what it takes beyond this is the app's own. Taken as the median of three reads in a row.
 */
function rawDraftRead(page: Page, quarter: string): Promise<number> {
  return page.evaluate(async (quarter) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('safetynet-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction(['actions', 'updates'], 'readonly');
    // `[quarter]` sorts before every `[quarter, actionId]`, and `[quarter, []]` after.
    const ranges = [
      ['actions', undefined],
      ['updates', IDBKeyRange.bound([quarter], [quarter, []])],
    ] as const;
    const counts = await Promise.all(
      ranges.map(
        ([store, range]) =>
          new Promise<number>((resolve, reject) => {
            const request = tx.objectStore(store).getAll(range);
            request.onsuccess = () => resolve(request.result.length);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    const elapsed = performance.now() - started;
    db.close();
    if (counts.some((count) => count === 0)) throw new Error(`No rows read for ${quarter}`);
    return elapsed;
  }, quarter);
}

async function lastAuditHash(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('safetynet-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const hash = await new Promise<string>((resolve, reject) => {
      const request = db.transaction('audit').objectStore('audit').openCursor(null, 'prev');
      request.onsuccess = () => resolve((request.result?.value as { hash: string }).hash);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return hash;
  });
}

/**
 * Times one user step inside the page: from its keydown (or change event) to the mutation that
 * makes the plan's status line read `expected`.
 */
async function timeStep(page: Page, expected: string, step: () => Promise<void>): Promise<number> {
  await page.evaluate((expected) => {
    const w = window as unknown as { __step?: { start: number; end: number } };
    const step = { start: 0, end: 0 };
    w.__step = step;
    const begin = () => {
      if (!step.start) step.start = performance.now();
    };
    document.addEventListener('keydown', begin, { capture: true, once: true });
    document.addEventListener('change', begin, { capture: true, once: true });
    new MutationObserver((_, observer) => {
      const status = [...document.querySelectorAll('[role=status]')]
        .map((node) => node.textContent ?? '')
        .join(' ');
      if (step.start && status.includes(expected)) {
        step.end = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, expected);
  await step();
  await page.waitForFunction(
    () => (window as unknown as { __step: { end: number } }).__step.end > 0,
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const step = (window as unknown as { __step: { start: number; end: number } }).__step;
    return step.end - step.start;
  });
}

/** The scrutiny view by client-side navigation, to its lines of enquiry and first chart. */
const overviewShown = (page: Page) => async () => {
  await page.goto(`${BASE}/`, { waitUntil: 'commit' });
  await page
    .getByText(/recommendations have no response recorded yet|of 24 recommendations/)
    .waitFor();
  // The quarter's headline figures (built from every action and its update) are on screen too.
  await page.locator('dl.headlines').waitFor();
  await page.getByRole('link', { name: 'Action plans' }).waitFor();
};

/**
 * A page that shows no figures (the accessibility statement), loaded afresh: what a measured
 * navigation starts from, with no picture held and no work left over.
 */
async function openLightPage(page: Page): Promise<void> {
  await page.goto(`${BASE}/accessibility`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const scrutinyShown = (page: Page) => async () => {
  await page.getByRole('link', { name: 'Scrutiny' }).click();
  await page.getByRole('heading', { level: 2, name: 'Suggested lines of enquiry' }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
};

/** What a view shows once it is there: a selector, a second-level heading, words (each if given). */
interface Shown {
  readonly selector?: string;
  readonly heading?: string;
  readonly text?: string;
}

/**
 * In every document, before its own scripts: `__whenShown(shown, done)` calls `done` with the time
 * once what `shown` describes is in the document (a mutation observer). A navigation asked to be
 * timed (`timeNavigationToShown`, through the tab's session storage) is watched from its start.
 */
const SHOWN_WATCHER = `
  window.__whenShown = (shown, done) => {
    const there = () =>
      (!shown.selector || document.querySelector(shown.selector) !== null) &&
      (!shown.heading ||
        [...document.querySelectorAll('h2')].some((h) => h.textContent === shown.heading)) &&
      (!shown.text || (document.body?.textContent ?? '').includes(shown.text));
    new MutationObserver((_, observer) => {
      if (!there()) return;
      observer.disconnect();
      done(performance.now());
    }).observe(document, { subtree: true, childList: true, characterData: true });
  };
  const navigation = sessionStorage.getItem('bench:navigation');
  if (navigation) {
    sessionStorage.removeItem('bench:navigation');
    window.__navigationShown = 0;
    window.__whenShown(JSON.parse(navigation), (at) => { window.__navigationShown = at; });
  }
`;

type WithWatcher = Window & {
  __whenShown: (shown: Shown, done: (at: number) => void) => void;
  __shown: { start: number; end: number };
  __navigationShown: number;
};

/**
 * Starts timing inside the page, from the next click event's time stamp to what `shown` describes
 * being in the document, as `timeStep` times a key press; answers how to read the time once it is
 * there. Playwright's own figure is late by up to 500 ms: once it has looked four times, it looks
 * again only every 500 ms.
 */
async function timeClickToShown(page: Page, shown: Shown): Promise<() => Promise<number>> {
  await page.evaluate((shown) => {
    const w = window as unknown as WithWatcher;
    const timing = { start: 0, end: 0 };
    w.__shown = timing;
    document.addEventListener(
      'click',
      (event) => {
        timing.start = event.timeStamp;
        w.__whenShown(shown, (at) => {
          timing.end = at;
        });
      },
      { capture: true, once: true },
    );
  }, shown);
  return () =>
    page.evaluate(() => {
      const { start, end } = (window as unknown as WithWatcher).__shown;
      return end - start;
    });
}

/**
 * Starts timing the next page loaded inside it, from its navigation's start to what `shown`
 * describes being in it; answers how to read the time once it is there.
 */
async function timeNavigationToShown(page: Page, shown: Shown): Promise<() => Promise<number>> {
  await page.evaluate((shown) => {
    sessionStorage.setItem('bench:navigation', JSON.stringify(shown));
  }, shown);
  return () => page.evaluate(() => (window as unknown as WithWatcher).__navigationShown);
}

/**
 * Runs `operation` measured as every operation here (Playwright's figure, which counts its own
 * checks before it acts and its polling after) and inside the page too, by a timing `started` just
 * before it: that figure goes under "name: what, in the page (ms)".
 */
async function measureAlsoInThePage(
  figures: Figures,
  page: Page,
  name: string,
  inThePage: { readonly what: string; readonly started: () => Promise<() => Promise<number>> },
  operation: () => Promise<void>,
): Promise<void> {
  const timing = await inThePage.started();
  await measureOperation(figures, page, name, operation);
  figures[`${name}: ${inThePage.what}, in the page (ms)`] = await timing();
}

/** The overview opened afresh; in the page, from the navigation's start to its headline figures. */
const measureOverview = (figures: Figures, page: Page, name: string) =>
  measureAlsoInThePage(
    figures,
    page,
    name,
    {
      what: 'navigation to headline figures',
      started: () =>
        timeNavigationToShown(page, {
          selector: 'dl.headlines',
          text: 'recommendations have no response recorded yet',
        }),
    },
    overviewShown(page),
  );

/** The scrutiny view; in the page, from the click to the first chart and the lines of enquiry. */
const measureScrutiny = (figures: Figures, page: Page, name: string) =>
  measureAlsoInThePage(
    figures,
    page,
    name,
    {
      what: 'click to first chart',
      started: () =>
        timeClickToShown(page, {
          selector: '.recharts-surface',
          heading: 'Suggested lines of enquiry',
        }),
    },
    scrutinyShown(page),
  );

/**
 * How long the close's confirmation is open before the person confirms: its 30 to 50 words take
 * most people several seconds to read; 2 s is a quick read. The close's worker works out the
 * quarter's record meanwhile (`prepareToClose`). `BENCH_CLOSE_READING_MS=0` confirms at once, as
 * the figures before the twenty-fifth session did: the close then waits for that work.
 */
const CLOSE_READING_MS = Number(process.env.BENCH_CLOSE_READING_MS ?? 2_000);

/**
 * The close, timed from the click on "Close the quarter" to the quarter shown closed. The dialog
 * is let finish opening and left open `CLOSE_READING_MS`, and the click is sent straight to the
 * button: Playwright's own checks before clicking a button in a dialog that had just opened took
 * 0.3-0.7 s here (the page idle meanwhile). Also timed inside the page, from the click to the
 * words in the document.
 */
async function closeTheQuarter(
  figures: Figures,
  page: Page,
  name: string,
  closed: string,
): Promise<void> {
  const confirm = page.getByRole('button', { name: 'Close the quarter' });
  const opened = Date.now();
  await confirm.click({ trial: true, timeout: 600_000 });
  await page.waitForTimeout(Math.max(0, CLOSE_READING_MS - (Date.now() - opened)));
  await measureAlsoInThePage(
    figures,
    page,
    name,
    { what: 'click to shown closed', started: () => timeClickToShown(page, { text: closed }) },
    async () => {
      await confirm.dispatchEvent('click');
      await page.getByText(closed).waitFor({ timeout: 600_000 });
    },
  );
}

const statusFor = (count: number) =>
  count === 0 ? 'No actions match' : `of ${count.toLocaleString('en-GB')} actions`;

async function measure(
  executablePath: string,
  scale: (typeof SCALES)[number],
  data: ReturnType<typeof generate>,
): Promise<Figures> {
  const profile = mkdtempSync(join(tmpdir(), 'safetynet-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // tsx (esbuild) names inner functions with a __name helper; functions sent to the page need it.
  await context.addInitScript('window.__name = (fn) => fn;');
  await watchMainThread(context);
  await context.addInitScript(SHOWN_WATCHER);
  const figures: Figures = {};
  try {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

    const audit = generateAudit(scale.audit, data.actions, await lastAuditHash(page));
    figures['raw bulk write (baseline)'] =
      (await rawWrite(page, 'actions', data.actions)) +
      (await rawWrite(page, 'updates', data.updates)) +
      (await rawWrite(page, 'audit', audit));
    figures['raw full read (baseline)'] = await rawFullRead(page);
    await collectSeedingGarbage(page);
    if (scale.name === 'backup') return { ...figures, ...(await backupAndRestore(page)) };
    if (scale.name === 'exports') return { ...figures, ...(await exportsOfAQuarter(page)) };
    if (scale.name === 'imports')
      return { ...figures, ...(await importsAtTheirLargest(page, data)) };

    const draftQuarter = quarterKey(FILTER_CONTEXT.quarter);
    // Median of three reads: one read this short moves a lot between runs (38th session's notes).
    const draftReads = [];
    for (let read = 0; read < 3; read++) draftReads.push(await rawDraftRead(page, draftQuarter));
    figures['raw read of the draft’s rows (baseline)'] = median(draftReads);
    // First open to an interactive overview, the plan just written: the draft's figures are worked
    // out from every action and its update. Then opened again, nothing written between: the
    // figures kept then are read (decision 0015).
    await measureOverview(figures, page, 'overview interactive, from navigation');
    // The draft's worker keeps the rows it read once the figures are shown; the next measure
    // reloads the page, which would end it, so it is left to finish, as a person reading does.
    await draftSourcesKept(page);
    await measureOverview(figures, page, 'overview interactive, from navigation (figures kept)');
    // And after an update saved: the draft's figures worked out afresh from the sources kept.
    await saveOneUpdateAgain(page, draftQuarter);
    await measureOverview(
      figures,
      page,
      'overview interactive, from navigation (after an update saved)',
    );

    // The plan table: open it, then filter by keystroke and by the 4P row.
    await measureOperation(figures, page, 'plan table shown', async () => {
      await page.getByRole('link', { name: 'Action plans' }).click();
      await page.getByText(/^Showing 1–/).waitFor();
    });
    const search = page.getByLabel('Search');
    const longestTask = await traceTasks(page, 'typing');
    // Only keystrokes that change the result are timed: the status line then has to change.
    const keystrokes: number[] = [];
    let previous = data.actions.length;
    for (const [index, key] of [...SEARCH_TERM].entries()) {
      const count = filterActions(
        data.actions,
        { search: SEARCH_TERM.slice(0, index + 1) },
        FILTER_CONTEXT,
      ).length;
      if (count === previous) await search.press(key);
      else keystrokes.push(await timeStep(page, statusFor(count), async () => search.press(key)));
      previous = count;
      await page.waitForTimeout(100);
    }
    figures['filter keystroke reflected (median ms)'] = median(keystrokes);
    figures['longest main-thread task while typing (ms)'] = await longestTask();
    await search.fill('');
    await page.getByText(statusFor(data.actions.length)).waitFor();
    const protect = filterActions(data.actions, { row: 'protect' }, FILTER_CONTEXT).length;
    figures['4P row filter applied (ms)'] = await timeStep(page, statusFor(protect), async () => {
      await page.getByLabel('4P row').selectOption('protect');
    });

    // The strategic tool, by client-side navigation.
    await measureOperation(figures, page, 'strategic tool matrix rendered', async () => {
      await page.getByRole('link', { name: 'Strategic tool' }).click();
      await page.getByTestId('cell-pursue-BOARD').waitFor();
    });

    // The scrutiny view of the current quarter's draft, straight after the overview showed the same
    // draft: the two share the quarter's picture, so nothing is worked out again.
    await measureScrutiny(figures, page, 'scrutiny view rendered (draft, picture held)');

    // The same draft from a light page, so that no picture is held: first its figures as kept,
    // then worked out afresh after an update saved (the sources kept and that row read again).
    await openLightPage(page);
    await measureScrutiny(figures, page, 'scrutiny view rendered (draft, figures kept)');
    await openLightPage(page);
    await saveOneUpdateAgain(page, draftQuarter);
    await measureScrutiny(figures, page, 'scrutiny view rendered (draft)');

    // The audit trail: its first page, then a filtered page, by client-side navigation from a
    // light page, so that no work left over from the scrutiny view is counted.
    await openLightPage(page);
    await measureOperation(figures, page, 'audit log first page', async () => {
      await page.getByRole('link', { name: 'Audit trail' }).click();
      await page.getByText(/^Showing [\d,]+ entr(y|ies), numbers? [\d,]+/).waitFor();
    });
    const before =
      (await page
        .getByRole('status')
        .filter({ hasText: /^Showing [\d,]+ entr/ })
        .textContent()) ?? '';
    const started = Date.now();
    await page.getByLabel('Kind of change').selectOption('create');
    await page.waitForFunction(
      (previous) =>
        [...document.querySelectorAll('[role=status]')].some(
          (n) => /^Showing [\d,]+ entr/.test(n.textContent ?? '') && n.textContent !== previous,
        ),
      before,
    );
    figures['audit log filtered page (ms)'] = Date.now() - started;

    // The reporting quarter's round, still open: today's actions and this quarter's updates read
    // on the page and each body's returns counted; from a light page, by client-side navigation.
    await openLightPage(page);
    await measureOperation(figures, page, 'open round shown', async () => {
      await page.getByRole('link', { name: 'Quarterly updates' }).click();
      await page
        .getByRole('region', { name: 'Returns received by body' })
        .waitFor({ timeout: 600_000 });
    });

    // Closing the reporting quarter: the snapshot of every action and update, hashed.
    await page.getByRole('button', { name: /^Close Q\d \d{4}\/\d{2}…$/ }).click();
    await closeTheQuarter(figures, page, 'close a quarter', 'is closed (version 1)');
    const closedRound = page.url();

    // The scrutiny view of the quarter just closed (its snapshot), from a light page.
    await openLightPage(page);
    await measureScrutiny(figures, page, 'scrutiny view rendered (closed)');

    // That quarter's round, read from its record, and the first body's lines opened (they start
    // folded in a round of more than 300 actions).
    await page.goto(closedRound);
    await page
      .getByRole('region', { name: 'Returns received by body' })
      .waitFor({ timeout: 600_000 });
    const show = page.getByRole('button', { name: /^Show the [\d,]+ actions/ }).first();
    if ((await show.count()) > 0)
      await measureOperation(figures, page, 'closed round: a body’s lines shown', async () => {
        await show.click();
        await page
          .getByRole('link', { name: /^View for / })
          .first()
          .waitFor();
      });

    // The next quarter closed after it, as every close after a plan's first is: compared with the
    // record just closed (its comparison, kept with its figures), from that quarter's open round.
    await page.getByRole('navigation', { name: 'Quarters' }).getByRole('link').last().click();
    const closeNext = page.getByRole('button', { name: /^Close Q\d \d{4}\/\d{2}…$/ });
    const next = /^Close (.+)…$/.exec(
      (await closeNext.textContent({ timeout: 600_000 })) ?? '',
    )?.[1];
    await page
      .getByRole('region', { name: 'Returns received by body' })
      .waitFor({ timeout: 600_000 });
    await closeNext.click();
    await closeTheQuarter(
      figures,
      page,
      'close a quarter after a closed one',
      `${next} is closed (version 1)`,
    );
  } catch (error) {
    await keepWhatWasShown(context.pages(), scale.name);
    throw error;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return figures;
}

/**
 * When a step fails, what each page showed, kept for a person to look at, and where it is; with
 * what its document held (a section not painted in a screenshot may be there, or not).
 */
async function keepWhatWasShown(pages: Page[], scale: string): Promise<void> {
  const shown = pages.filter((page) => page.url() !== 'about:blank');
  for (const [index, page] of shown.entries()) {
    const path = join(tmpdir(), `safetynet-bench-failed-${scale}-${Date.now()}-${index}.png`);
    await page.screenshot({ path, fullPage: true }).then(
      () => console.error(`The page at ${page.url()} when the step failed: ${path}`),
      () => console.error(`The page at ${page.url()} could not be captured.`),
    );
    const held = await page
      .evaluate(() => ({
        headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent),
        focused: document.activeElement?.textContent?.slice(0, 60) ?? null,
        visibility: document.visibilityState,
      }))
      .catch((error: unknown) => String(error));
    console.error(`  its document: ${JSON.stringify(held)}`);
  }
}

/**
 * Download a backup of everything, then restore that file: checked in full (its rows already going
 * into a database of their own), then made the workspace's (decision 0016). Timed as the user sees
 * it, from the click to the file saved / the success message; "Replace" is clicked the moment the
 * check ends, so none of a person's reading time is counted.
 */
async function backupAndRestore(page: Page): Promise<Figures> {
  const figures: Figures = {};
  await page.goto(`${BASE}/settings`);
  const button = page.getByRole('region', { name: 'Backup' }).getByRole('button', {
    name: 'Download backup',
  });
  await button.waitFor();
  let file = '';
  await measureOperation(figures, page, 'backup: click to file saved', async () => {
    const download = page.waitForEvent('download', { timeout: 900_000 });
    await button.click();
    file = await (await download).path();
  });
  figures['backup file size (MB)'] = statSync(file).size / 1024 ** 2;
  await measureOperation(figures, page, 'restore: file checked', async () => {
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByText('The backup is complete and unaltered').waitFor({ timeout: 900_000 });
  });
  await measureOperation(figures, page, 'restore: workspace replaced', async () => {
    await page.getByRole('button', { name: 'Replace the workspace with this backup' }).click();
    await page.getByText('Workspace restored').waitFor({ timeout: 900_000 });
  });
  return figures;
}

/**
 * Close a quarter of every action through the app, then make each export of its summary from
 * /reports, timed from the click to the file saved (charts drawn, document written, audited).
 */
async function exportsOfAQuarter(page: Page): Promise<Figures> {
  const figures: Figures = {};
  await page.goto(`${BASE}/updates/2026-Q2`);
  await page.getByRole('button', { name: 'Close Q2 2026/27…' }).click({ timeout: 600_000 });
  await closeTheQuarter(figures, page, 'close the quarter', 'Q2 2026/27 is closed (version 1)');
  await page.goto(`${BASE}/reports`);
  // The page's own work (the open quarter's draft figures) is done before the first export.
  await page.getByText('Executive summary as it stands').waitFor({ timeout: 600_000 });
  const card = page.getByRole('article', { name: 'Q2 2026/27' });
  for (const format of ['Word', 'Excel', 'PDF', 'CSV']) {
    const button = card.getByRole('button', { name: format, exact: true });
    await button.waitFor({ timeout: 600_000 });
    let file = '';
    await measureOperation(figures, page, `${format}: click to file saved`, async () => {
      const download = page.waitForEvent('download', { timeout: 900_000 });
      await button.click();
      file = await (await download).path();
    });
    figures[`${format} file size (MB)`] = statSync(file).size / 1024 ** 2;
    await card.getByText('Recorded in the audit trail').waitFor({ timeout: 60_000 });
  }
  return figures;
}

/**
 * A body's completed return of 2,000 rows (the most a return may hold) read and accepted, and a
 * tracker of 2,000 new actions (the most an import may hold) read, checked and added, into the
 * 100x plan: each timed from the file chosen or the click to what the person waits for.
 */
async function importsAtTheirLargest(
  page: Page,
  data: ReturnType<typeof generate>,
): Promise<Figures> {
  const figures: Figures = {};
  const files = await largestImports(data);
  await page.goto(`${BASE}/updates/${files.quarter}/returns`);
  const returns = page.getByLabel('Completed returns', { exact: true }).and(page.locator('input'));
  await returns.waitFor({ timeout: 600_000 });
  await measureOperation(figures, page, 'return of 2,000 rows: read and shown', async () => {
    await returns.setInputFiles(files.completedReturn);
    await page
      .getByText(`${RETURN_MAX_ROWS.toLocaleString('en-GB')} updates to review.`)
      .waitFor({ timeout: 600_000 });
  });
  await measureOperation(figures, page, 'return of 2,000 rows: all accepted', async () => {
    await page
      .getByRole('button', { name: `Accept all ${RETURN_MAX_ROWS.toLocaleString('en-GB')}` })
      .dispatchEvent('click');
    await page.getByText('Nothing left to accept from this return.').waitFor({ timeout: 600_000 });
  });
  await page.goto(`${BASE}/actions/import`);
  await page.getByLabel('Spreadsheet').waitFor({ timeout: 600_000 });
  await measureOperation(figures, page, 'import of 2,000 actions: read and checked', async () => {
    await page.getByLabel('Spreadsheet').setInputFiles(files.tracker);
    await page
      .getByText(`All ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} rows are ready`)
      .waitFor({ timeout: 600_000 });
  });
  await measureOperation(figures, page, 'import of 2,000 actions: added', async () => {
    await page
      .getByRole('button', { name: `Import ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} actions` })
      .dispatchEvent('click');
    await page
      .getByRole('heading', { level: 1, name: 'Action plans' })
      .waitFor({ timeout: 600_000 });
  });
  return figures;
}

async function main() {
  // BENCH_SCALES may name only the shared plan's benchmarks (tests/bench/sync.ts).
  if (SCALES.length === 0) return;
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  console.log('Building the production app…');
  const stopPreview = await servePreview(PORT);
  try {
    const results: Record<string, Figures> = {};
    for (const scale of SCALES) {
      const data = generate(scale.actions, scale.quarters);
      console.log(
        `\n${scale.name}: ${scale.actions} actions, ${data.updates.length} updates, ${scale.audit} audit entries; ${RUNS} runs`,
      );
      const runs: Figures[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const figures = await measure(executablePath, scale, data);
        runs.push(figures);
        // Each run's times in the page as well as the medians: a median of 3 hides one slow run.
        const inPage = Object.entries(figures).filter(([key]) => key.endsWith('in the page (ms)'));
        if (inPage.length > 0)
          console.log(
            `  run ${run + 1}, in the page (ms): ${inPage
              .map(([key, value]) => `${key.split(':')[0]} ${Math.round(value)}`)
              .join('; ')}`,
          );
      }
      const figures: Figures = medianOfRuns(runs);
      figures['overview ÷ raw full read'] =
        (figures['overview interactive, from navigation (ms)'] ?? 0) /
        (figures['raw full read (baseline)'] ?? 1);
      if (scale.name === 'exports' || scale.name === 'imports') {
        delete figures['overview ÷ raw full read'];
        results[scale.name] = figures;
        for (const [key, value] of Object.entries(figures))
          console.log(
            `  ${key.padEnd(48)} ${value.toFixed(key.includes('MB') ? 1 : 0).padStart(8)}`,
          );
        continue;
      }
      if (scale.name === 'backup') {
        const restore =
          (figures['restore: file checked (ms)'] ?? 0) +
          (figures['restore: workspace replaced (ms)'] ?? 0);
        figures['restore ÷ raw bulk write'] = restore / (figures['raw bulk write (baseline)'] ?? 1);
        figures['backup ÷ raw bulk write'] =
          (figures['backup: click to file saved (ms)'] ?? 0) /
          (figures['raw bulk write (baseline)'] ?? 1);
        delete figures['overview ÷ raw full read'];
        results[scale.name] = figures;
        for (const [key, value] of Object.entries(figures))
          console.log(
            `  ${key.padEnd(48)} ${value.toFixed(key.includes('÷') ? 2 : 0).padStart(8)}`,
          );
        continue;
      }
      figures['overview, nothing kept, in the page ÷ raw read of the draft’s rows'] =
        (figures[
          'overview interactive, from navigation: navigation to headline figures, in the page (ms)'
        ] ?? 0) / (figures['raw read of the draft’s rows (baseline)'] ?? 1);
      figures['matrix ÷ raw full read'] =
        (figures['strategic tool matrix rendered (ms)'] ?? 0) /
        (figures['raw full read (baseline)'] ?? 1);
      results[scale.name] = figures;
      for (const [key, value] of Object.entries(figures))
        console.log(`  ${key.padEnd(48)} ${value.toFixed(key.includes('÷') ? 2 : 0).padStart(8)}`);
    }
    const names = Object.keys(results);
    // Every measure of every scale, in the order first met; a scale without it shows a dash.
    const metrics = [...new Set(names.flatMap((n) => Object.keys(results[n] ?? {})))];
    const table = [
      `| measure (median of ${RUNS}) | ${names.join(' | ')} |`,
      `|---|${names.map(() => '---:').join('|')}|`,
      ...metrics.map(
        (m) =>
          `| ${m} | ${names.map((n) => results[n]?.[m]?.toFixed(m.includes('÷') ? 2 : m.includes('MB') ? 1 : 0) ?? '–').join(' | ')} |`,
      ),
    ].join('\n');
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    console.log(`\n${new Date().toISOString().slice(0, 10)} on ${machine}\n\n${table}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/latest.json',
      JSON.stringify(
        { date: new Date().toISOString(), machine, runs: RUNS, scales: SCALES, results },
        null,
        2,
      ),
    );
    writeFileSync(
      'bench-results/latest.md',
      `${new Date().toISOString().slice(0, 10)} on ${machine}\n\n${table}\n`,
    );
  } finally {
    stopPreview();
  }
}

await main();
