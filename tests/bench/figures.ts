/**
 * A quarter's figures worked out at 100x, in Node: the record built from the plan
 * (`buildSnapshotContent`) and its figures (`figuresOf`), the work a draft's worker and a close do
 * after reading the plan. Apart from IndexedDB, so a change to the rules' own speed shows here
 * without the browser's noise. Prints the median of BENCH_RUNS (default 15) after 3 warm-ups, with
 * and without a closed quarter before it to compare with. With `--expose-gc`, garbage left by one
 * run is collected before the next, so runs vary less:
 *
 *   npm run bench:figures   (node --expose-gc --import tsx tests/bench/figures.ts)
 */
import { SEED_RECOMMENDATIONS } from '../../src/db/seed/recommendations';
import { figuresOf } from '../../src/domain/quarterFigures';
import { levelOfRecommendation, type Recommendation } from '../../src/domain/recommendations';
import { buildSnapshotContent, type SnapshotContent } from '../../src/domain/snapshot';
import { generate } from './generate';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const collectGarbage = (globalThis as { gc?: () => void }).gc;
const WARM_UPS = 3;

const data = generate(20_000, 8);
const recommendations: Recommendation[] = SEED_RECOMMENDATIONS.map((r) => ({
  ...r,
  level: levelOfRecommendation(r.number),
  response: 'accepted',
  responseNote: '',
}));
const updatesOf = (quarter: string) => data.updates.filter((u) => u.quarter === quarter);

const before = buildSnapshotContent({
  quarter: '2026-Q2',
  actions: data.actions,
  updates: updatesOf('2026-Q2'),
  recommendations,
  previous: null,
});
const beforeFigures = figuresOf(before, null);
const updates = updatesOf('2026-Q3');

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

function measure(comparing: boolean) {
  const built: number[] = [];
  const worked: number[] = [];
  for (let run = 0; run < WARM_UPS + RUNS; run += 1) {
    collectGarbage?.();
    const [content, buildTime] = timed<SnapshotContent>(() =>
      buildSnapshotContent({
        quarter: '2026-Q3',
        actions: data.actions,
        updates,
        recommendations,
        previous: comparing ? { quarter: '2026-Q2', content: before } : null,
      }),
    );
    const [, figuresTime] = timed(() =>
      figuresOf(content, comparing ? { content: before, figures: beforeFigures } : null),
    );
    if (run < WARM_UPS) continue;
    built.push(buildTime);
    worked.push(figuresTime);
  }
  return { built: median(built), worked: median(worked) };
}

console.log(
  `${data.actions.length.toLocaleString('en-GB')} actions, ${updates.length.toLocaleString('en-GB')} updates in the quarter; medians of ${RUNS} (ms)`,
);
for (const comparing of [false, true]) {
  const { built, worked } = measure(comparing);
  console.log(
    `${comparing ? 'against a closed quarter' : 'no closed quarter before'}: record built ${built.toFixed(1)}, figures worked out ${worked.toFixed(1)}, both ${(built + worked).toFixed(1)}`,
  );
}
