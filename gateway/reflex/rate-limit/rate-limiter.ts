// The per-API-key rate limiter the gateway uses: Redis GCRA when Redis is configured and healthy,
// the in-process GCRA otherwise (see ../redis-fallback.ts for how it degrades and recovers).
// Chosen over rate-limiter-flexible: its limiters are fixed windows per instance (a tier per
// instance, bursts of 2× at window edges); we need one smooth token bucket per key with the rate
// given per call (tiers), an exact Retry-After, and a single EVALSHA per request.
import type { RedisFallback } from '../redis-fallback.js';
import type { RateLimitVerdict } from '../types.js';
import { unlimitedVerdict } from './gcra.js';
import { createInProcessLimiter } from './in-process-limiter.js';
import { createRedisLimiter, type RedisLimiter } from './redis-limiter.js';

export interface RateLimiter {
  take(bucketKey: string, ratePerMinute: number): Promise<RateLimitVerdict>;
  /** The verdict when it needs no Redis round trip (no Redis configured, or serving from the fallback); else undefined. */
  takeNow(bucketKey: string, ratePerMinute: number): RateLimitVerdict | undefined;
}

const REJECT_ALL: RateLimitVerdict = { allowed: false, limit: 0, remaining: 0, resetSeconds: 60, retryAfterSeconds: 60 };

export function createRateLimiter(fallback: RedisFallback, options: { keyPrefix?: string; maxLocalKeys?: number } = {}): RateLimiter {
  const local = createInProcessLimiter({ maxKeys: options.maxLocalKeys });
  let redisLimiter: RedisLimiter | undefined;
  const takeNow = (bucketKey: string, ratePerMinute: number): RateLimitVerdict | undefined => {
    if (ratePerMinute === Number.POSITIVE_INFINITY) return unlimitedVerdict();
    if (!(ratePerMinute > 0)) return { ...REJECT_ALL };
    // embedded (no Redis configured): nothing to try first and nothing to fall back from
    if (fallback.mode() === 'embedded') return local.take(bucketKey, ratePerMinute);
    // Redis down or cooling down: the fallback answers, and says so in logs and metrics
    return fallback.runLocally('rate_limit', () => local.take(bucketKey, ratePerMinute));
  };
  return {
    takeNow,
    take(bucketKey, ratePerMinute) {
      const now = takeNow(bucketKey, ratePerMinute);
      if (now !== undefined) return Promise.resolve(now);
      return fallback.run(
        'rate_limit',
        (client) => (redisLimiter ??= createRedisLimiter(client, options.keyPrefix)).take(bucketKey, ratePerMinute),
        () => local.take(bucketKey, ratePerMinute),
      );
    },
  };
}
