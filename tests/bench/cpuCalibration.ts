/**
 * How much to slow the processor down so that a Lighthouse run on this machine stands for the
 * phone Lighthouse's mobile preset means (issue 20). The preset's constant 4× "moves a typical run
 * in the high-end desktop bracket somewhere into the mid-tier mobile bracket" (Lighthouse's
 * docs/throttling.md, "Calibrating the CPU slowdown"): on a slower machine 4× stands for a slower
 * phone, on a faster one for a faster phone. Each Lighthouse report measures the machine as it
 * runs (`benchmarkIndex`, its "CPU/Memory Power"); the docs send readers to Lighthouse's CPU
 * slowdown calculator for the multiplier, whose piecewise-linear rule this is: 1,533 → 4×,
 * 1,300 → 3×, 800 → 2×, 150 → 1×.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new Error(`Lighthouse measured no CPU benchmark index (${benchmarkIndex}).`);
  }
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  // Below 150 the calculator says the machine is too weak to stand for a phone at all.
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}
