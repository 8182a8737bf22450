/**
 * What the page's own thread does while an operation runs: its longest task (a `longtask`
 * observer: tasks of 50 ms or more) and the input delay of key presses sent meanwhile, one every
 * 100 ms (from the event's timestamp to its handler running: how long a person's click or key
 * would wait). The key is Shift, which does nothing in the app: a click would close an open dialog
 * (a click outside it does) or press whatever is under the pointer once the page has changed.
 * The watchers start with every document (an init script), so operations that load a page are
 * watched from their first task. With BENCH_DELAYS set, each key press that waited 40 ms or more
 * is printed with when it was pressed, from the operation's start (from the navigation, for one
 * that loads a page), to tell which of its steps it fell in.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface Watch {
  long: number[];
  delays: number[];
  pressed: number[];
  watchedFrom: number;
}

/** Plain JavaScript: it runs before any of the page's own scripts. */
const WATCHERS = `
  window.__watch = { long: [], delays: [], pressed: [], watchedFrom: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__watch.long.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', (event) => {
    window.__watch.delays.push(performance.now() - event.timeStamp);
    window.__watch.pressed.push(event.timeStamp);
  }, { capture: true });
`;

export const watchMainThread = (context: BrowserContext) => context.addInitScript(WATCHERS);

async function probe(page: Page) {
  await page.keyboard.down('Shift');
  await page.keyboard.up('Shift');
}

interface Watched {
  readonly ms: number;
  readonly longestTask: number;
  readonly inputDelay: number;
  readonly longWaits: readonly string[];
}

/** Each key press that waited 40 ms or more: how long, and when it was pressed. */
const longWaitsOf = (delays: readonly number[], pressed: readonly number[], from: number) =>
  delays.flatMap((delay, index) =>
    delay >= 40 ? [`${Math.round(delay)} ms at +${Math.round((pressed[index] ?? 0) - from)}`] : [],
  );

/** Runs `operation`, timed from its start to its end, with the page's thread watched meanwhile. */
async function watched(page: Page, operation: () => Promise<void>): Promise<Watched> {
  await page.evaluate(() => {
    const w = window as unknown as { __watch: Watch };
    w.__watch.long = [];
    w.__watch.delays = [];
    w.__watch.pressed = [];
    w.__watch.watchedFrom = performance.now();
  });
  let running = true;
  const probing = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (running) await probe(page).catch(() => undefined);
    }
  })();
  const started = Date.now();
  try {
    await operation();
  } finally {
    running = false;
  }
  const ms = Date.now() - started;
  await probing;
  const { long, delays, pressed, watchedFrom } = await page.evaluate(
    () => (window as unknown as { __watch: Watch }).__watch,
  );
  return {
    ms,
    longestTask: Math.max(0, ...long),
    inputDelay: Math.max(0, ...delays),
    longWaits: longWaitsOf(delays, pressed, watchedFrom),
  };
}

/**
 * Runs `operation` watched and adds its three figures to `figures` under one name: "close a
 * quarter (ms)", "close a quarter: longest task (ms)", "close a quarter: input delay (ms)".
 */
export async function measureOperation(
  figures: Record<string, number>,
  page: Page,
  name: string,
  operation: () => Promise<void>,
): Promise<void> {
  const { ms, longestTask, inputDelay, longWaits } = await watched(page, operation);
  if (process.env.BENCH_DELAYS && longWaits.length)
    console.log(`  ${name}: key presses that waited ${longWaits.join(', ')}`);
  figures[`${name} (ms)`] = ms;
  figures[`${name}: longest task (ms)`] = longestTask;
  figures[`${name}: input delay (ms)`] = inputDelay;
}
