// The per-key limiter in-process and against real Redis (429 after the limit, sensible Retry-After),
// and Redis dying mid-run (a dedicated redis-server started and killed here, never the shared one).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Registry } from 'prom-client';
import { createReflex } from '../index.js';
import { recordingLogger, redisUnavailable, SHARED_REDIS_URL, startDedicatedRedis } from '../test/redis-helpers.js';
import { gcraStep } from './gcra.js';
import { createInProcessLimiter } from './in-process-limiter.js';

describe('GCRA arithmetic', () => {
  it('allows a burst of the per-minute rate, then one request per interval', () => {
    let tat: number | undefined;
    const now = 1_000_000;
    for (let i = 0; i < 60; i++) {
      const step = gcraStep(tat, now, 60);
      assert.equal(step.verdict.allowed, true, `request ${i}`);
      assert.equal(step.verdict.remaining, 59 - i);
      tat = step.tat;
    }
    const rejected = gcraStep(tat, now, 60);
    assert.equal(rejected.verdict.allowed, false);
    assert.equal(rejected.verdict.retryAfterSeconds, 1); // one token per second at 60/min
    assert.equal(rejected.verdict.resetSeconds, 60);
    assert.equal(gcraStep(tat, now + 1000, 60).verdict.allowed, true);
  });
});

describe('synchronous answers', () => {
  it('answer without a promise in embedded mode, counting like take()', async () => {
    const reflex = await createReflex({ registry: new Registry(), logger: recordingLogger() });
    for (let i = 0; i < 3; i++) assert.equal(reflex.rateLimitNow!('sync-key', 3)?.allowed, true);
    assert.equal(reflex.rateLimitNow!('sync-key', 3)?.allowed, false);
    assert.equal((await reflex.rateLimit('sync-key', 3)).allowed, false); // the same bucket
    await reflex.close();
  });
});

describe('in-process limiter', () => {
  it('rejects after the limit with Retry-After, per key', () => {
    const limiter = createInProcessLimiter();
    const now = Date.now();
    for (let i = 0; i < 5; i++) assert.equal(limiter.take('k1', 5, now).allowed, true);
    const v = limiter.take('k1', 5, now);
    assert.equal(v.allowed, false);
    assert.equal(v.limit, 5);
    assert.equal(v.remaining, 0);
    assert.ok(v.retryAfterSeconds! >= 1 && v.retryAfterSeconds! <= 12, `retry after ${v.retryAfterSeconds}`);
    assert.equal(limiter.take('k2', 5, now).allowed, true);
  });
  it('works through createReflex without Redis (embedded)', async () => {
    const reflex = await createReflex({ registry: new Registry(), logger: recordingLogger() });
    for (let i = 0; i < 3; i++) assert.equal((await reflex.rateLimit('key-a', 3)).allowed, true);
    const v = await reflex.rateLimit('key-a', 3);
    assert.equal(v.allowed, false);
    assert.ok(v.retryAfterSeconds! >= 1);
    assert.equal((await reflex.rateLimit('key-b', Number.POSITIVE_INFINITY)).allowed, true);
    assert.deepEqual(await reflex.health(), { redis: 'embedded' });
    await reflex.close();
  });
});

describe('Redis limiter (shared Redis)', async () => {
  const why = await redisUnavailable(SHARED_REDIS_URL);
  it('429 after the limit, with Retry-After, shared across instances', { skip: why }, async () => {
    const logger = recordingLogger();
    const a = await createReflex({ redisUrl: SHARED_REDIS_URL, registry: new Registry(), logger });
    const b = await createReflex({ redisUrl: SHARED_REDIS_URL, registry: new Registry(), logger });
    const key = `test-${randomUUID()}`;
    try {
      assert.deepEqual(await a.health(), { redis: 'up' });
      for (let i = 0; i < 4; i++) assert.equal((await (i % 2 ? a : b).rateLimit(key, 4)).allowed, true, `request ${i}`);
      const v = await a.rateLimit(key, 4);
      assert.equal(v.allowed, false);
      assert.equal(v.limit, 4);
      assert.ok(v.retryAfterSeconds! >= 1 && v.retryAfterSeconds! <= 15, `retry after ${v.retryAfterSeconds}`);
      assert.equal((await b.rateLimit(key, 4)).allowed, false); // the other replica sees the same bucket
      assert.equal(a.rateLimitNow!(key, 4), undefined); // with Redis up the answer has to come from Redis
      assert.equal(logger.lines.filter((l) => l.level === 'warn').length, 0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('Redis dying mid-run', () => {
  let redis: Awaited<ReturnType<typeof startDedicatedRedis>>;
  before(async () => {
    redis = await startDedicatedRedis();
  });
  after(async () => {
    await redis?.kill();
  });
  it('falls back to in-process, logs once, counts it, and reports degraded', async (t) => {
    if (!redis) return t.skip('redis-server binary not available to start a dedicated instance');
    const registry = new Registry();
    const logger = recordingLogger();
    const reflex = await createReflex({ redisUrl: redis.url, registry, logger, redisCommandTimeoutMs: 200 });
    try {
      assert.deepEqual(await reflex.health(), { redis: 'up' });
      assert.equal((await reflex.rateLimit('dying', 3)).allowed, true);
      await reflex.cache.set('t1', 'h1', { taskId: 'task-1', output: 'ok', completedAt: new Date(0).toISOString() });
      await redis.kill();
      // every call still answers, from the in-process fallback
      for (let i = 0; i < 3; i++) assert.equal((await reflex.rateLimit('dying', 3)).allowed, true, `fallback request ${i}`);
      assert.equal((await reflex.rateLimit('dying', 3)).allowed, false);
      assert.equal(await reflex.cache.get('t1', 'h1'), undefined); // written to Redis before it died
      assert.deepEqual(await reflex.health(), { redis: 'degraded' });
      assert.equal(reflex.rateLimitNow!('dying', 3)?.allowed, false); // answered in-process while degraded
      const warnings = logger.lines.filter((l) => l.level === 'warn' && l.msg?.includes('fall back'));
      assert.equal(warnings.length, 1, JSON.stringify(logger.lines));
      const metric = await registry.getSingleMetricAsString('octollm_reflex_redis_fallback_total');
      assert.match(metric, /component="rate_limit"} [1-9]/);
      assert.match(await registry.getSingleMetricAsString('octollm_reflex_redis_degraded'), /octollm_reflex_redis_degraded 1/);
    } finally {
      await reflex.close();
    }
  });
});
