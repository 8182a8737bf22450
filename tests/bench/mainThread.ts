/**
 * What the page's own thread does while an operation runs: its longest task and the input delay of
 * key presses sent meanwhile, one every 100 ms (from the event's timestamp to its handler running:
 * how long a person's click or key would wait). The key is Pause, which does nothing in the app or
 * the browser: a click would close an open dialog (a click outside it does) or press whatever is
 * under the pointer once the page has changed; and a modifier (Shift, as before) held while the
 * operation clicked made the click Shift+click, so a link opened in a new window and the step
 * waited for ever on the page left behind (the benchmark's rare hangs, thirty-fifth and
 * thirty-eighth sessions). With BENCH_DELAYS set, each key press that waited 40 ms or more is
 * printed with when it was pressed, from the operation's start (from the navigation, for one that
 * loads a page), to tell which of its steps it fell in.
 *
 * The longest task comes from Chromium's own trace of its threads (the `toplevel` category: each
 * task a thread runs), not from the page's `longtask` observer, which reports only tasks that run
 * the page's script: it did not see a 152 ms garbage collection of the page's heap that held every
 * key press sent meanwhile (thirty-third session).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface Watch {
  delays: number[];
  pressed: number[];
  watchedFrom: number;
}

/** Plain JavaScript: it runs before any of the page's own scripts. */
const WATCHERS = `
  window.__watch = { delays: [], pressed: [], watchedFrom: 0 };
  addEventListener('keydown', (event) => {
    window.__watch.delays.push(performance.now() - event.timeStamp);
    window.__watch.pressed.push(event.timeStamp);
  }, { capture: true });
`;

export const watchMainThread = (context: BrowserContext) => context.addInitScript(WATCHERS);

interface TraceEvent {
  readonly name?: string;
  readonly ph?: string;
  readonly pid?: number;
  readonly tid?: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** The longest task, in ms, that any page's main thread (`CrRendererMain`) ran in a trace. */
function longestPageTask(events: readonly TraceEvent[]): number {
  const pageThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of events)
    if (
      event.name === 'ThreadControllerImpl::RunTask' &&
      event.ph === 'X' &&
      pageThreads.has(`${event.pid}:${event.tid}`)
    )
      longest = Math.max(longest, (event.dur ?? 0) / 1000);
  return longest;
}

/**
 * Starts tracing every thread's tasks; the function returned ends the trace and gives the longest
 * task a page's main thread ran meanwhile. When Chromium's trace buffer filled before the end (a
 * restore at 100x: about 2.8 million events in its first part), that is of the part traced, and
 * it says so under `name`: the key presses, one every 100 ms, still bound what was missed, since a
 * task of 100 ms or more would hold one.
 */
export async function traceTasks(page: Page, name: string): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['toplevel'], excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise<{ stream?: string; dataLossOccurred?: boolean }>((resolve) =>
      session.once('Tracing.tracingComplete', resolve),
    );
    await session.send('Tracing.end');
    const { stream, dataLossOccurred } = await complete;
    const events = await tasksAndThreads(session, stream ?? '');
    await session.detach();
    if (dataLossOccurred)
      console.log(
        `  ${name}: the trace filled before the end; its longest task is of the part traced`,
      );
    return longestPageTask(events);
  };
}

/**
 * The trace's tasks and threads' names, read a line at a time (Chromium writes one event a line):
 * a restore's trace at 100x is more than the longest string Node can hold, and only these are
 * needed.
 */
async function tasksAndThreads(session: CDPSession, handle: string): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const take = (line: string) => {
    if (line.includes('"thread_name"') || line.includes('"ThreadControllerImpl::RunTask"'))
      events.push(JSON.parse(line.replace(/[\s,\]]*$/, '')) as TraceEvent);
  };
  let rest = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle, size: 1 << 20 });
    const lines = (
      rest + (chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data)
    ).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(take);
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  return events;
}

async function probe(page: Page) {
  await page.keyboard.press('Pause');
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
async function watched(page: Page, name: string, operation: () => Promise<void>): Promise<Watched> {
  await page.evaluate(() => {
    const w = window as unknown as { __watch: Watch };
    w.__watch.delays = [];
    w.__watch.pressed = [];
    w.__watch.watchedFrom = performance.now();
  });
  const longestTask = await traceTasks(page, name);
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
  const { delays, pressed, watchedFrom } = await page.evaluate(
    () => (window as unknown as { __watch: Watch }).__watch,
  );
  return {
    ms,
    longestTask: await longestTask(),
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
  const { ms, longestTask, inputDelay, longWaits } = await watched(page, name, operation);
  if (process.env.BENCH_DELAYS && longWaits.length)
    console.log(`  ${name}: key presses that waited ${longWaits.join(', ')}`);
  figures[`${name} (ms)`] = ms;
  figures[`${name}: longest task (ms)`] = longestTask;
  figures[`${name}: input delay (ms)`] = inputDelay;
}
