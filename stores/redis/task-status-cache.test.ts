// The task-status cache against the real Redis (OCTOLLM_TEST_REDIS_URL) and in-process, including
// surviving the loss of the Redis connection.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { connectRedis, waitForRedis, type RedisConnection } from './redis-connection.js';
import { createTaskStatusCache } from './task-status-cache.js';
import { createTtlMap } from './ttl-map.js';

const REDIS_URL = process.env.OCTOLLM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisSkipReason(): Promise<string | false> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
    return false;
  } catch (error) {
    return `Redis at OCTOLLM_TEST_REDIS_URL not reachable (${(error as Error).message}): Redis tests skipped`;
  } finally {
    probe.disconnect();
  }
}

const skip = await redisSkipReason();
if (skip) console.log(skip);

describe('task-status cache on real Redis', { skip }, () => {
  let redis: RedisConnection;
  // A prefix of our own so parallel runs and other data in this Redis are never touched.
  const keyPrefix = `octo-test:${randomBytes(4).toString('hex')}:`;
  before(async () => {
    redis = connectRedis({ url: REDIS_URL });
    await waitForRedis(redis);
  });
  after(async () => {
    const keys = await redis.client!.keys(`${keyPrefix}*`);
    if (keys.length) await redis.client!.del(...keys);
    await redis.close();
  });

  it('stores values in Redis with a TTL, per tenant', async () => {
    const cache = createTaskStatusCache<{ status: string }>({ redis, keyPrefix, ttlSeconds: 30 });
    await cache.set('acme', 'task-1', { status: 'running' });
    assert.deepEqual(await cache.get('acme', 'task-1'), { status: 'running' });
    assert.equal(await cache.get('other', 'task-1'), undefined);
    const ttl = await redis.client!.ttl(`${keyPrefix}acme:task-1`);
    assert.ok(ttl > 0 && ttl <= 30, `ttl ${ttl}`);
    // Another process (another cache over the same Redis) sees it: the value really is in Redis.
    const second = connectRedis({ url: REDIS_URL });
    await waitForRedis(second);
    assert.deepEqual(await createTaskStatusCache({ redis: second, keyPrefix }).get('acme', 'task-1'), { status: 'running' });
    await second.close();
    assert.equal(cache.health(), 'up');
  });

  it('deleteTenant removes only that tenant’s entries', async () => {
    const cache = createTaskStatusCache({ redis, keyPrefix });
    for (let i = 0; i < 30; i++) await cache.set('gone', `task-${i}`, i);
    await cache.set('kept', 'task-0', 'x');
    await cache.deleteTenant('gone');
    assert.equal(await cache.get('gone', 'task-3'), undefined);
    assert.equal((await redis.client!.keys(`${keyPrefix}gone:*`)).length, 0);
    assert.equal(await cache.get('kept', 'task-0'), 'x');
  });

  it('survives the connection being killed: reports down, keeps answering, reconnects', async () => {
    const conn = connectRedis({ url: REDIS_URL });
    await waitForRedis(conn);
    const cache = createTaskStatusCache<string>({ redis: conn, keyPrefix });
    await cache.set('acme', 'task-9', 'completed');
    // Kill our connection from the server side, as a Redis restart or network cut would.
    const closed = new Promise<void>((resolve) => conn.client!.once('close', () => resolve()));
    await redis.client!.call('CLIENT', 'KILL', 'ID', String(await conn.client!.call('CLIENT', 'ID')));
    await closed;
    assert.equal(conn.health(), 'down');
    assert.equal(await cache.get('acme', 'task-9'), 'completed', 'answered from the in-process copy');
    await cache.set('acme', 'task-10', 'running');
    await waitForRedis(conn, 5_000);
    assert.equal(conn.health(), 'up');
    assert.equal(await cache.get('acme', 'task-9'), 'completed', 'read from Redis again');
    await conn.close();
  });
});

describe('task-status cache in-process (no REDIS_URL)', () => {
  it('reports embedded and keeps values until they expire', async () => {
    const cache = createTaskStatusCache<string>({ redis: connectRedis({}), ttlSeconds: 60 });
    assert.equal(cache.health(), 'embedded');
    await cache.set('acme', 'task-1', 'queued');
    assert.equal(await cache.get('acme', 'task-1'), 'queued');
    assert.equal(await cache.get('other', 'task-1'), undefined);
    await cache.deleteTenant('acme');
    assert.equal(await cache.get('acme', 'task-1'), undefined);
  });

  it('expires entries after their TTL and evicts the oldest when full', () => {
    let now = 1_000;
    const map = createTtlMap<string>(2, () => now);
    map.set('a', 'A', 100);
    map.set('b', 'B', 1_000);
    now += 101;
    assert.equal(map.get('a'), undefined);
    assert.equal(map.get('b'), 'B');
    map.set('c', 'C', 1_000);
    map.set('d', 'D', 1_000);
    assert.equal(map.get('b'), undefined, 'oldest evicted');
    assert.equal(map.size, 2);
  });

  it('reports down, not embedded, when Redis is configured but unreachable — and still works', async () => {
    const conn = connectRedis({ url: 'redis://127.0.0.1:1', connectTimeoutMs: 200 });
    const cache = createTaskStatusCache<string>({ redis: conn });
    assert.equal(cache.health(), 'down');
    await cache.set('acme', 'task-1', 'running');
    assert.equal(await cache.get('acme', 'task-1'), 'running');
    await conn.close();
  });
});
