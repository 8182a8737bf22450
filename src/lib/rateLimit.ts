/**
 * Spaces out the starts of requests so that no second holds more than `perSecond` of them,
 * however many callers are waiting. Each call resolves when its turn comes.
 */
export function rateLimiter(
  perSecond: number,
  now: () => number = () => performance.now(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): () => Promise<void> {
  // A hair over 1/perSecond apart, so that a window of exactly one second never holds one more.
  const spacing = (1000 / perSecond) * 1.02;
  let next = 0;
  return async () => {
    const at = now();
    const start = Math.max(at, next);
    next = start + spacing;
    if (start > at) await sleep(start - at);
  };
}
