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
 *
 * Each run records how fast Lighthouse measured this machine as it began (its CPU benchmark index,
 * which moved from about 900 to 1,900 within minutes here). Each mobile run's load is then audited
 * again with the processor slowed by as much as Lighthouse's calibration says this machine needed
 * at that moment to stand for the preset's phone (`cpuCalibration.ts`): "CPU calibrated" in the
 * results. LIGHTHOUSE_CALIBRATED=0 leaves them out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import type * as LH from 'lighthouse';
import { initializeConfig } from 'lighthouse/core/config/config.js';
import { Runner } from 'lighthouse/core/runner.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { findChromium, NO_BROWSER_MESSAGE } from '../../scripts/find-chromium.mjs';
import { freePort } from '../server/postgresCluster';
import { calibratedSlowdown } from './cpuCalibration';
import { servePreview } from './preview';
import { medianOfRuns } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const APPLIED = process.env.LIGHTHOUSE_THROTTLING === 'devtools';
const CALIBRATED = process.env.LIGHTHOUSE_CALIBRATED !== '0';
const PORT = 4179;
const BASE = `http://localhost:${PORT}`;
const PAGES = [
  { path: '/', preset: 'mobile' },
  { path: '/scrutiny', preset: 'mobile' },
  { path: '/plans', preset: 'mobile' },
  { path: '/', preset: 'desktop' },
] as const;

type Figures = Record<string, number>;

/** What the benchmark keeps of a Lighthouse result. */
function figuresOf({ categories, audits, environment, configSettings }: LH.Result): Figures {
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
    'CPU benchmark index': environment.benchmarkIndex,
    'CPU slowdown': configSettings.throttling.cpuSlowdownMultiplier ?? NaN,
  };
}

/**
 * The same load audited again with the processor slowed as this machine's calibration says, from
 * the index measured in that very run. Lighthouse's simulation loads the page unslowed and works
 * out from it what a slower processor would have done, so the one load serves both: only the
 * audits run again, with the recorded settings' slowdown replaced (Lighthouse otherwise refuses
 * settings that differ between the load and the audits).
 */
async function calibratedAudit(artifacts: LH.Artifacts, flags: LH.Flags): Promise<Figures> {
  const cpuSlowdownMultiplier = calibratedSlowdown(artifacts.BenchmarkIndex);
  const { resolvedConfig } = await initializeConfig('navigation', undefined, {
    ...flags,
    throttling: { cpuSlowdownMultiplier },
  });
  const settings = { ...artifacts.settings, throttling: resolvedConfig.settings.throttling };
  const result = await Runner.audit(
    { ...artifacts, settings },
    {
      resolvedConfig,
      computedCache: new Map(),
    },
  );
  if (!result) throw new Error('Lighthouse gave no calibrated result');
  return figuresOf(result.lhr);
}

/**
 * One Lighthouse run in a fresh profile: the preset's figures, and for the mobile preset (its
 * simulation, not LIGHTHOUSE_THROTTLING=devtools) the same load's with the calibrated slowdown.
 */
async function audit(
  executablePath: string,
  url: string,
  preset: 'mobile' | 'desktop',
): Promise<{ figures: Figures; calibrated?: Figures }> {
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
  const flags: LH.Flags = {
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    ...(APPLIED ? { throttlingMethod: 'devtools' as const } : {}),
  };
  try {
    const result = await lighthouse(
      url,
      { ...flags, port },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const figures = figuresOf(result.lhr);
    if (!CALIBRATED || APPLIED || preset !== 'mobile') return { figures };
    return { figures, calibrated: await calibratedAudit(result.artifacts, flags) };
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
  const results: Record<string, Figures> = {};
  try {
    const report = (name: string, runs: readonly Figures[]) => {
      const figures = medianOfRuns(runs);
      results[name] = figures;
      console.log(
        `\nLighthouse ${name}${APPLIED ? ', throttling applied' : ''}, median of ${runs.length}`,
      );
      for (const [key, value] of Object.entries(figures)) {
        const shown = /\(ms\)|index/.test(key)
          ? value.toFixed(0)
          : value.toFixed(key === 'CPU slowdown' ? 2 : 3);
        console.log(`  ${key.padEnd(34)} ${shown.padStart(8)}`);
      }
    };
    for (const page of PAGES) {
      const runs: Awaited<ReturnType<typeof audit>>[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        runs.push(await audit(executablePath, `${BASE}${page.path}`, page.preset));
      }
      report(
        `${page.path} (${page.preset})`,
        runs.map((run) => run.figures),
      );
      const calibrated = runs.flatMap((run) => (run.calibrated ? [run.calibrated] : []));
      if (calibrated.length) report(`${page.path} (${page.preset}, CPU calibrated)`, calibrated);
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
