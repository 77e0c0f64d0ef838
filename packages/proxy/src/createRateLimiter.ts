/** How many requests a session may make: bursts of `burst`, `perSecond` sustained. */
export interface RateLimitOptions {
  /** The bucket's size: requests allowed at once after a quiet spell. 8 by default. */
  burst?: number;
  /** Tokens added per second: the sustained rate. 2 by default. */
  perSecond?: number;
}

export interface RateLimiter {
  /** Takes one token for `key`: `0` when allowed, else the seconds to wait (for Retry-After). */
  take(key: string): number;
}

export const DEFAULT_RATE_LIMIT = { burst: 8, perSecond: 2 } as const;
/**
 * Requests without an established session, per client: a page load's create and a retry or
 * two, a few tabs opened at once; then one a second.
 */
export const DEFAULT_ANONYMOUS_RATE_LIMIT = { burst: 10, perSecond: 1 } as const;

/**
 * A token bucket per key. Each request takes a token; tokens come back at `perSecond` up to
 * `burst`. A client polling once a second from a couple of components (2 req/s) stays level;
 * a page load that creates a form, opens its stream and reads it once fits in the burst.
 *
 * Buckets that have filled up again hold nothing a new bucket would not, so they are dropped in a
 * sweep at most once a minute: memory follows the sessions active in the last few seconds.
 *
 * @example
 * const limiter = createRateLimiter({ burst: 8, perSecond: 2 });
 * const wait = limiter.take(sessionId); // 0, or seconds until a token is back
 */
export function createRateLimiter(
  options: RateLimitOptions = {},
  now: () => number = Date.now,
): RateLimiter {
  const burst = options.burst ?? DEFAULT_RATE_LIMIT.burst;
  const perSecond = options.perSecond ?? DEFAULT_RATE_LIMIT.perSecond;
  if (!(burst >= 1) || !(perSecond > 0)) {
    throw new TypeError('rateLimit: burst must be >= 1 and perSecond > 0');
  }
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();

  function sweep(at: number) {
    if (at - lastSweep < 60_000) return;
    lastSweep = at;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + ((at - bucket.at) / 1000) * perSecond >= burst) buckets.delete(key);
    }
  }

  return {
    take(key) {
      const at = now();
      sweep(at);
      const bucket = buckets.get(key) ?? { tokens: burst, at };
      const tokens = Math.min(
        burst,
        bucket.tokens + (Math.max(0, at - bucket.at) / 1000) * perSecond,
      );
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at });
        return 0;
      }
      buckets.set(key, { tokens, at });
      return Math.max(1, Math.ceil((1 - tokens) / perSecond));
    },
  };
}
