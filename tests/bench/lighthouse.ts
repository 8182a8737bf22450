/**
 * Lighthouse on the production build (issue 20), run by `npm run bench` after the others: the
 * overview, /scrutiny and /plans, each in a fresh browser profile holding only the report's seeded
 * data (the app seeds it on first open, within the measured load), with Lighthouse's mobile preset
 * (simulated slow 4G, 4× CPU slowdown) and its desktop preset for the overview. Medians of
 * BENCH_RUNS (default 3) runs; written to bench-results/lighthouse.json.
 *
 * BENCH_SCALES=lighthouse runs only this. LIGHTHOUSE_THROTTLING=devtools has Chromium apply the
 * slow connection and the slower processor while the page loads, rather than Lighthouse working
 * out from an unthrottled load what they would have done: its simulation does not follow a file
 * asked for earlier than the script that uses it (a page's code asked for ahead, `codeAhead.ts`).
 * Written then to bench-results/lighthouse-devtools.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { findChromium, NO_BROWSER_MESSAGE } from '../../scripts/find-chromium.mjs';
import { freePort } from '../server/postgresCluster';
import { servePreview } from './preview';
import { medianOfRuns } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const APPLIED = process.env.LIGHTHOUSE_THROTTLING === 'devtools';
const PORT = 4179;
const BASE = `http://localhost:${PORT}`;
const PAGES = [
  { path: '/', preset: 'mobile' },
  { path: '/scrutiny', preset: 'mobile' },
  { path: '/plans', preset: 'mobile' },
  { path: '/', preset: 'desktop' },
] as const;

/** One Lighthouse run in a fresh profile. */
async function audit(executablePath: string, url: string, preset: 'mobile' | 'desktop') {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath,
    args: [
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
    ],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        ...(APPLIED ? { throttlingMethod: 'devtools' as const } : {}),
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      performance: categories.performance?.score ?? NaN,
      accessibility: categories.accessibility?.score ?? NaN,
      'best practices': categories['best-practices']?.score ?? NaN,
      'first contentful paint (ms)': value('first-contentful-paint'),
      'largest contentful paint (ms)': value('largest-contentful-paint'),
      'total blocking time (ms)': value('total-blocking-time'),
      'cumulative layout shift': value('cumulative-layout-shift'),
      'speed index (ms)': value('speed-index'),
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  if (process.env.BENCH_SCALES && !process.env.BENCH_SCALES.split(',').includes('lighthouse')) {
    return;
  }
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  console.log('\nBuilding the production app for Lighthouse…');
  const stopPreview = await servePreview(PORT);
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const page of PAGES) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        runs.push(await audit(executablePath, `${BASE}${page.path}`, page.preset));
      }
      const figures: Record<string, number> = medianOfRuns(runs);
      const name = `${page.path} (${page.preset})`;
      results[name] = figures;
      console.log(
        `\nLighthouse ${name}${APPLIED ? ', throttling applied' : ''}, median of ${RUNS}`,
      );
      for (const [key, value] of Object.entries(figures)) {
        const shown = key.includes('(ms)') ? value.toFixed(0) : value.toFixed(3);
        console.log(`  ${key.padEnd(34)} ${shown.padStart(8)}`);
      }
    }
  } finally {
    stopPreview();
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    `bench-results/lighthouse${APPLIED ? '-devtools' : ''}.json`,
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2),
  );
}

await main();
