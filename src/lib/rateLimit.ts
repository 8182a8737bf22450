/** A clock the limiter reads and sleeps on: the page's own, or a test's virtual one. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Spaces out the starts of requests so that no second holds more than `perSecond` of them,
 * however many callers are waiting. Callers take turns in the order they asked (one queue), so
 * only one of them is ever asleep; each call resolves with the time its turn began.
 */
export function rateLimiter(perSecond: number, clock: Clock = realClock): () => Promise<number> {
  // Whole milliseconds, rounded up: no rounding error can squeeze one more into a second.
  const spacing = Math.ceil(1000 / perSecond);
  let queue: Promise<unknown> = Promise.resolve();
  let last = -Infinity;
  return () => {
    const turn = queue.then(async () => {
      // A timer may wake a hair early: sleep again until the turn has truly come.
      for (let wait = last + spacing - clock.now(); wait > 0; wait = last + spacing - clock.now())
        await clock.sleep(wait);
      last = clock.now();
      return last;
    });
    queue = turn;
    return turn;
  };
}
