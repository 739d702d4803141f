// The reflex layer as one object (the `Reflex` interface of ./types.ts): scan (PII + injection, no
// I/O), the per-key rate limiter and the result cache, both on Redis with an in-process fallback,
// and their metrics.
import type { Registry } from 'prom-client';
import type { PiiPolicy } from '../../contracts/reflex.js';
import { connectRedis, waitForRedis, type RedisConnection } from '../../stores/redis/redis-connection.js';
import { createResultCache } from './cache/result-cache.js';
import { injectionBand } from './injection/detect.js';
import { createReflexMetrics, type ReflexMetrics } from './metrics.js';
import { createRateLimiter } from './rate-limit/rate-limiter.js';
import { createRedisFallback, type ReflexLogger } from './redis-fallback.js';
import { scan } from './scan.js';
import type { RateLimitVerdict, Reflex } from './types.js';

export { scan } from './scan.js';
export { redactPii } from './redact.js';
export { findPii } from './pii/registry.js';
export { detectInjection, injectionBand, INJECTION_BLOCK_THRESHOLD, INJECTION_FLAG_THRESHOLD, type InjectionBand } from './injection/detect.js';
export { taskCacheKey, stableJson } from './cache/task-cache-key.js';
export type { Reflex, RateLimitVerdict, CachedTaskResult } from './types.js';
export type { ReflexLogger } from './redis-fallback.js';
export type { ReflexMetrics } from './metrics.js';

export interface CreateReflexOptions {
  /** Unset: in-process limiter and cache (embedded mode). */
  redisUrl?: string;
  registry: Registry;
  logger: ReflexLogger;
  /** How long a Redis command may take before the fallback answers; default 250 ms. */
  redisCommandTimeoutMs?: number;
  /** Result-cache entry lifetime; default 24 h. */
  cacheTtlSeconds?: number;
}

export interface ReflexWithMetrics extends Reflex {
  readonly metrics: ReflexMetrics;
}

export async function createReflex(opts: CreateReflexOptions): Promise<ReflexWithMetrics> {
  const metrics = createReflexMetrics(opts.registry);
  let connection: RedisConnection | undefined;
  if (opts.redisUrl) {
    let reported = false;
    connection = connectRedis({
      url: opts.redisUrl,
      // ioredis reports every reconnect attempt; the fallback logs the outage itself, so say it once here
      onError: (message) => {
        if (reported) return;
        reported = true;
        opts.logger.warn({ error: message }, 'reflex: redis connection error');
      },
    });
    // connectRedis does not expose these: a command timeout (without one a hung server would stall
    // requests), and auto-pipelining — concurrent requests' rate-limit EVALSHAs and cache GETs leave in
    // one write per event-loop tick instead of one each (same atomic Lua per key, fewer syscalls)
    if (connection.client) {
      connection.client.options.commandTimeout = opts.redisCommandTimeoutMs ?? 250;
      connection.client.options.enableAutoPipelining = true;
    }
    try {
      await waitForRedis(connection, 2_000);
    } catch {
      opts.logger.warn({}, 'reflex: redis not reachable at start; using the in-process fallback until it is');
    }
  }
  const fallback = createRedisFallback({ client: connection?.client, logger: opts.logger, metrics });
  const limiter = createRateLimiter(fallback);
  const cache = createResultCache(fallback, {
    ttlSeconds: opts.cacheTtlSeconds,
    onLookup: (hit) => metrics.cacheLookups.inc({ result: hit ? 'hit' : 'miss' }),
  });

  const scanDuration = metrics.checkDuration.labels('scan');
  const rateLimitDuration = metrics.checkDuration.labels('rate_limit');
  const cacheDuration = metrics.checkDuration.labels('cache');
  /** Counts one rate-limit check (its latency since `started`, and a rejection) and passes its verdict on. */
  const recordRateLimit = (started: number, verdict: RateLimitVerdict): RateLimitVerdict => {
    rateLimitDuration.observe((performance.now() - started) / 1000);
    if (!verdict.allowed) metrics.rateLimitRejections.inc();
    return verdict;
  };

  return {
    metrics,
    scan(text: string, policy: PiiPolicy) {
      const started = performance.now();
      const result = scan(text, policy);
      scanDuration.observe((performance.now() - started) / 1000);
      for (const f of result.pii) metrics.piiDetections.labels(f.type).inc();
      const band = injectionBand(result.injection.score);
      if (band !== 'none') metrics.injections.labels(band).inc();
      metrics.decisions.labels(result.decision).inc();
      if (result.decision === 'block') metrics.blocks.labels(band === 'block' ? 'prompt_injection' : 'pii_blocked').inc();
      return result;
    },
    async rateLimit(bucketKey, ratePerMinute) {
      const started = performance.now();
      return recordRateLimit(started, await limiter.take(bucketKey, ratePerMinute));
    },
    rateLimitNow(bucketKey, ratePerMinute) {
      const started = performance.now();
      const verdict = limiter.takeNow(bucketKey, ratePerMinute);
      return verdict && recordRateLimit(started, verdict);
    },
    cache: {
      async get(tenantId, taskHash) {
        const started = performance.now();
        try {
          return await cache.get(tenantId, taskHash);
        } finally {
          cacheDuration.observe((performance.now() - started) / 1000);
        }
      },
      set: (tenantId, taskHash, value) => cache.set(tenantId, taskHash, value),
    },
    async health() {
      const mode = fallback.mode();
      if (mode !== 'up' || !connection?.client) return { redis: mode };
      return { redis: connection.health() === 'up' ? 'up' : 'down' };
    },
    async close() {
      await connection?.close();
    },
  };
}
