/**
 * Rate limits: a token bucket per key (a signed-in person's subject, or an address before sign-in),
 * in memory. A person working, even a browser sending a day's offline changes, stays far inside
 * them; a flood is slowed with 429 and a Retry-After, and everyone else carries on.
 */
export interface Limit {
  /** Requests allowed at once. */
  readonly burst: number;
  /** Requests allowed per second after that. */
  readonly perSecond: number;
}

export interface Limits {
  /** Any API request, per signed-in person. */
  readonly requests: Limit;
  /** Pushes, per signed-in person (each carries up to 25 changes). */
  readonly pushes: Limit;
  /** Sign-in attempts and token requests, per address. */
  readonly signIn: Limit;
}

export const DEFAULT_LIMITS: Limits = {
  requests: { burst: 300, perSecond: 10 },
  pushes: { burst: 120, perSecond: 4 },
  signIn: { burst: 20, perSecond: 0.2 },
};

/** Buckets kept at most; the oldest are forgotten first (a full bucket is the same as none). */
const MAX_KEYS = 50_000;

/** Takes one request from the key's bucket: 0 when allowed, else the seconds to wait. */
export function rateLimiter(limit: Limit, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key: string): number => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: limit.burst, at: time };
    const tokens = Math.min(
      limit.burst,
      bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond,
    );
    buckets.delete(key);
    if (tokens < 1) {
      buckets.set(key, { tokens, at: time });
      return Math.max(1, Math.ceil((1 - tokens) / limit.perSecond));
    }
    buckets.set(key, { tokens: tokens - 1, at: time });
    if (buckets.size > MAX_KEYS) {
      const oldest = buckets.keys().next().value;
      if (oldest !== undefined) buckets.delete(oldest);
    }
    return 0;
  };
}
