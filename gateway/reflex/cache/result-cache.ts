// Exact-match result cache: a completed task's result stored under tenant + task hash, in Redis
// (shared by replicas, with a TTL) or in an in-process LRU when Redis is absent or failing.
import type { RedisFallback } from '../redis-fallback.js';
import type { CachedTaskResult, Reflex } from '../types.js';
import { createLruCache } from './lru-cache.js';

export type ResultCache = Reflex['cache'];

export interface ResultCacheOptions {
  keyPrefix?: string;
  ttlSeconds?: number;
  maxLocalEntries?: number;
  /** Counts hits and misses. */
  onLookup?: (hit: boolean) => void;
}

function parseCached(raw: string | null): CachedTaskResult | undefined {
  if (raw === null) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<CachedTaskResult>;
    if (typeof v.taskId === 'string' && typeof v.output === 'string' && typeof v.completedAt === 'string') {
      return { taskId: v.taskId, output: v.output, completedAt: v.completedAt };
    }
  } catch {
    // a corrupt entry is a miss
  }
  return undefined;
}

export function createResultCache(fallback: RedisFallback, options: ResultCacheOptions = {}): ResultCache {
  const prefix = options.keyPrefix ?? 'octollm:cache:';
  const ttlSeconds = options.ttlSeconds ?? 24 * 3600;
  const local = createLruCache<CachedTaskResult>({ maxEntries: options.maxLocalEntries ?? 10_000, ttlMs: ttlSeconds * 1000 });
  const keyOf = (tenantId: string, taskHash: string): string => `${prefix}${tenantId}:${taskHash}`;
  return {
    async get(tenantId, taskHash) {
      const key = keyOf(tenantId, taskHash);
      const value = await fallback.run(
        'cache',
        async (client) => parseCached(await client.get(key)),
        () => local.get(key),
      );
      options.onLookup?.(value !== undefined);
      return value;
    },
    async set(tenantId, taskHash, value) {
      const key = keyOf(tenantId, taskHash);
      const json = JSON.stringify({ taskId: value.taskId, output: value.output, completedAt: value.completedAt });
      await fallback.run(
        'cache',
        async (client) => {
          await client.set(key, json, 'EX', ttlSeconds);
        },
        () => local.set(key, { ...value }),
      );
    },
  };
}
