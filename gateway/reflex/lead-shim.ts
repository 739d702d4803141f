// TEMPORARY lead shim until the reflex helper's index.ts lands. Not committed.
import { createHash } from 'node:crypto';
import type { Registry } from 'prom-client';
import { scan } from './scan.js';
import type { CachedTaskResult, Reflex } from './types.js';
export { injectionBand } from './injection/detect.js';
export { scan };
export const taskCacheKey = (tenantId: string, json: string): string => createHash('sha256').update(`${tenantId}\u0000${json}`).digest('hex');
export async function createReflex(_opts: { redisUrl?: string; registry: Registry; logger: unknown }): Promise<Reflex> {
  const cache = new Map<string, CachedTaskResult>();
  return {
    scan,
    async rateLimit() { return { allowed: true, limit: Infinity, remaining: Infinity, resetSeconds: 0 }; },
    cache: {
      async get(t, h) { return cache.get(`${t}:${h}`); },
      async set(t, h, v) { cache.set(`${t}:${h}`, v); },
    },
    async health() { return { redis: 'embedded' }; },
    async close() {},
  };
}
