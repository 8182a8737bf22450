/**
 * Typing into the action form (issue 20: a page that never freezes), run by `npm run bench`: a
 * new action's title typed a key at a time, on the production build with the report's seeded
 * data, at the machine's own speed and with Chromium's processor slowed 4× (Lighthouse's phone).
 * Each key is timed from its keydown event to the first task after the next frame, when what it
 * changed has been drawn: the delay a person feels (as Interaction to Next Paint, whose "good" is
 * ≤ 200 ms). Medians and the slowest key across BENCH_RUNS (default 3) fresh browser profiles.
 *
 * BENCH_SCALES=typing runs only this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium, NO_BROWSER_MESSAGE } from '../../scripts/find-chromium.mjs';
import { servePreview } from './preview';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = 4176;
const BASE = `http://localhost:${PORT}`;
const TITLE = 'Gang exit mentoring';
const SLOWDOWNS = [1, 4];

/** Each key's delay, typed into the title of a new action's form, in ms. */
async function typeTitle(page: Page): Promise<number[]> {
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __timing?: boolean };
    w.__keys = [];
    if (w.__timing) return;
    w.__timing = true;
    document.addEventListener(
      'keydown',
      (event) => {
        requestAnimationFrame(() =>
          setTimeout(() => w.__keys.push(performance.now() - event.timeStamp), 0),
        );
      },
      { capture: true },
    );
  });
  for (const key of TITLE) {
    await title.press(key === ' ' ? 'Space' : key);
    // A person's pace: each key is drawn before the next.
    await page.waitForTimeout(150);
  }
  await page.waitForFunction(
    (count) => (window as unknown as { __keys: number[] }).__keys.length >= count,
    TITLE.length,
  );
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
}

async function oneRun(executablePath: string): Promise<Record<number, number[]>> {
  const profile = mkdtempSync(join(tmpdir(), 'safetynet-bench-typing-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.goto(`${BASE}/actions/new?body=GYV`);
    await page.getByRole('button', { name: 'Create action' }).waitFor();
    const cdp = await context.newCDPSession(page);
    const delays: Record<number, number[]> = {};
    for (const rate of SLOWDOWNS) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      delays[rate] = await typeTitle(page);
    }
    return delays;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  if (process.env.BENCH_SCALES && !process.env.BENCH_SCALES.split(',').includes('typing')) return;
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  console.log('\nBuilding the production app for typing into the action form…');
  const stopPreview = await servePreview(PORT);
  try {
    const runs: Record<number, number[]>[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await oneRun(executablePath));
    console.log(`\nA key typed into a new action's title, keydown to drawn (ms), ${RUNS} runs`);
    for (const rate of SLOWDOWNS) {
      const medians = runs.map((run) => median(run[rate] ?? []));
      const slowest = runs.map((run) => Math.max(...(run[rate] ?? [])));
      console.log(
        `  processor ${rate}× slower: median ${median(medians).toFixed(0)}, slowest key ${median(slowest).toFixed(0)} (medians of the runs: ${medians.map((m) => m.toFixed(0)).join(', ')})`,
      );
    }
  } finally {
    stopPreview();
  }
}

await main();
