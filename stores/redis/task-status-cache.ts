// A short-lived cache of task status, so polling clients do not each query Temporal. Redis when
// connected; the in-process map when Redis is absent or down, so a lost connection degrades to a
// per-process cache instead of failing requests.
import type { RedisConnection, StoreHealth } from './redis-connection.js';
import { createTtlMap } from './ttl-map.js';

export interface TaskStatusCache<V = unknown> {
  get(tenantId: string, taskId: string): Promise<V | undefined>;
  set(tenantId: string, taskId: string, value: V, ttlSeconds?: number): Promise<void>;
  delete(tenantId: string, taskId: string): Promise<void>;
  /** Removes every cached entry of the tenant (retention). */
  deleteTenant(tenantId: string): Promise<void>;
  health(): StoreHealth;
}

export interface TaskStatusCacheOptions {
  redis: RedisConnection;
  /** Default 10 s. */
  ttlSeconds?: number;
  keyPrefix?: string;
}

export function createTaskStatusCache<V = unknown>(options: TaskStatusCacheOptions): TaskStatusCache<V> {
  const prefix = options.keyPrefix ?? 'octo:task-status:';
  const defaultTtl = options.ttlSeconds ?? 10;
  const local = createTtlMap<V>();
  const keyOf = (tenantId: string, taskId: string): string => `${prefix}${tenantId}:${taskId}`;
  const live = (): NonNullable<RedisConnection['client']> | undefined => {
    const client = options.redis.client;
    return client && client.status === 'ready' ? client : undefined;
  };

  return {
    async get(tenantId, taskId) {
      const key = keyOf(tenantId, taskId);
      const client = live();
      if (client) {
        try {
          const raw = await client.get(key);
          return raw === null ? undefined : (JSON.parse(raw) as V);
        } catch {
          // fall through to the in-process copy
        }
      }
      return local.get(key);
    },
    async set(tenantId, taskId, value, ttlSeconds = defaultTtl) {
      const key = keyOf(tenantId, taskId);
      // Always keep the local copy: it answers while Redis is unreachable.
      local.set(key, value, ttlSeconds * 1_000);
      const client = live();
      if (!client) return;
      try {
        await client.set(key, JSON.stringify(value), 'EX', ttlSeconds);
      } catch {
        // a cache write that fails is a cache miss later, nothing more
      }
    },
    async delete(tenantId, taskId) {
      const key = keyOf(tenantId, taskId);
      local.delete(key);
      const client = live();
      if (client) await client.del(key).catch(() => undefined);
    },
    async deleteTenant(tenantId) {
      const tenantPrefix = `${prefix}${tenantId}:`;
      local.deleteWhere((k) => k.startsWith(tenantPrefix));
      const client = options.redis.client;
      if (!client) return;
      // SCAN, not KEYS: never block Redis. Glob characters in the prefix are escaped.
      const pattern = `${tenantPrefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        if (keys.length > 0) await client.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    },
    health: () => options.redis.health(),
  };
}
