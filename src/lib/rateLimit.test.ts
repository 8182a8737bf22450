import { describe, expect, it } from 'vitest';
import { rateLimiter } from './rateLimit';

describe('the rate limiter', () => {
  it('lets no more than the limit start in any one second, however many wait at once', async () => {
    let clock = 0;
    const starts: number[] = [];
    const wait = rateLimiter(
      15,
      () => clock,
      async (ms) => {
        clock += ms;
      },
    );
    // Callers queue up together; the fake clock jumps to each one's turn.
    for (let i = 0; i < 40; i += 1) {
      await wait();
      starts.push(clock);
    }
    for (const start of starts) {
      const inWindow = starts.filter((t) => t >= start && t < start + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(15);
    }
    expect(starts.at(-1)).toBeLessThan(2800); // and no slower than it needs to be
  });
});
