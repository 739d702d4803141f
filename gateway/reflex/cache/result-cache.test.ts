// The result cache on both backends, and the cache key.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { Registry } from 'prom-client';
import { createReflex } from '../index.js';
import { recordingLogger, redisUnavailable, SHARED_REDIS_URL } from '../test/redis-helpers.js';
import { createLruCache } from './lru-cache.js';
import { stableJson, taskCacheKey } from './task-cache-key.js';

const value = { taskId: 'task-0191', output: 'the answer', completedAt: '2025-01-01T00:00:00.000Z' };

describe('taskCacheKey', () => {
  it('is SHA-256 hex, stable under key order, and differs per tenant', () => {
    const a = taskCacheKey('acme', stableJson({ goal: 'x', budget: { maxTokens: 1, maxCostUsd: 2 } }));
    const b = taskCacheKey('acme', stableJson({ budget: { maxCostUsd: 2, maxTokens: 1 }, goal: 'x' }));
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.equal(a, b);
    assert.notEqual(a, taskCacheKey('globex', stableJson({ goal: 'x', budget: { maxTokens: 1, maxCostUsd: 2 } })));
  });
});

describe('LRU', () => {
  it('evicts the least recently used and expires entries', () => {
    let now = 0;
    const lru = createLruCache<number>({ maxEntries: 2, ttlMs: 100, now: () => now });
    lru.set('a', 1);
    lru.set('b', 2);
    assert.equal(lru.get('a'), 1);
    lru.set('c', 3); // evicts b
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), 1);
    now = 200;
    assert.equal(lru.get('a'), undefined);
  });
});

describe('result cache, in-process', () => {
  it('hit after set, miss for another tenant, counted', async () => {
    const registry = new Registry();
    const reflex = await createReflex({ registry, logger: recordingLogger() });
    assert.equal(await reflex.cache.get('acme', 'h'), undefined);
    await reflex.cache.set('acme', 'h', value);
    assert.deepEqual(await reflex.cache.get('acme', 'h'), value);
    assert.equal(await reflex.cache.get('globex', 'h'), undefined);
    const m = await registry.getSingleMetricAsString('octollm_reflex_cache_lookups_total');
    assert.match(m, /result="hit"} 1/);
    assert.match(m, /result="miss"} 2/);
    await reflex.close();
  });
});

describe('result cache, Redis', async () => {
  const why = await redisUnavailable(SHARED_REDIS_URL);
  it('is shared across instances and separated per tenant', { skip: why }, async () => {
    const a = await createReflex({ redisUrl: SHARED_REDIS_URL, registry: new Registry(), logger: recordingLogger() });
    const b = await createReflex({ redisUrl: SHARED_REDIS_URL, registry: new Registry(), logger: recordingLogger() });
    const hash = randomUUID();
    try {
      await a.cache.set('acme', hash, value);
      assert.deepEqual(await b.cache.get('acme', hash), value);
      assert.equal(await b.cache.get('globex', hash), undefined);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
