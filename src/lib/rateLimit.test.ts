import { describe, expect, it } from 'vitest';
import { rateLimiter, type Clock } from './rateLimit';

/** Virtual time: sleeping moves the clock on at once, so nothing depends on the machine's speed. */
function virtualClock(): Clock & { advance(ms: number): void } {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms) => {
      time += ms;
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

const mostInAnySecond = (starts: readonly number[]) =>
  Math.max(...starts.map((start) => starts.filter((t) => t >= start && t < start + 1000).length));

describe('the rate limiter', () => {
  it('lets no more than the limit start in any one second, however many wait at once', async () => {
    const clock = virtualClock();
    const wait = rateLimiter(15, clock);
    const starts = await Promise.all(Array.from({ length: 40 }, () => wait()));
    expect(mostInAnySecond(starts)).toBe(15);
    // In the order asked, and no slower than it needs to be.
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.at(-1)).toBe(39 * Math.ceil(1000 / 15));
  });

  it('keeps the pace when callers arrive in bursts with pauses between', async () => {
    const clock = virtualClock();
    const wait = rateLimiter(15, clock);
    const starts: number[] = [];
    for (let burst = 0; burst < 5; burst += 1) {
      starts.push(...(await Promise.all(Array.from({ length: 12 }, () => wait()))));
      clock.advance(burst * 37);
    }
    expect(mostInAnySecond(starts)).toBeLessThanOrEqual(15);
  });

  it('lets a caller straight through when the last turn is long past', async () => {
    const clock = virtualClock();
    const wait = rateLimiter(15, clock);
    await wait();
    clock.advance(5000);
    expect(await wait()).toBe(5000);
  });
});
