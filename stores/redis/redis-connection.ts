// One ioredis connection for the reflex cache, rate limits and the task-status cache. Commands fail
// fast while disconnected (no offline queue) so callers fall back instead of hanging; the client
// keeps reconnecting in the background, and `health()` says where it stands for /readyz.
import { Redis } from 'ioredis';
import type { StoreHealth } from '../health.js';

export type { StoreHealth } from '../health.js';

export interface RedisConnection {
  /** Absent in embedded mode (no REDIS_URL): callers use their in-process fallback. */
  readonly client?: Redis;
  health(): StoreHealth;
  close(): Promise<void>;
}

export interface ConnectRedisOptions {
  url?: string;
  /** Milliseconds to wait for the first connection; default 2000. */
  connectTimeoutMs?: number;
  /** Called on connection errors (already free of credentials); default: ignored. */
  onError?: (message: string) => void;
}

export function connectRedis(options: ConnectRedisOptions): RedisConnection {
  if (!options.url) return { health: () => 'embedded', close: async () => undefined };
  const client = new Redis(options.url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 2_000,
    // Keep trying forever, backing off to once every 2 s: a Redis restart must not need ours.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  // Without a listener an 'error' event would crash the process; the message never holds the URL's password.
  client.on('error', (error: Error) => options.onError?.(`redis: ${error.message}`));
  return {
    client,
    health: () => (client.status === 'ready' ? 'up' : 'down'),
    async close() {
      if (client.status === 'end') return;
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}

/** Resolves once the connection is ready, or rejects after `timeoutMs`. For start-up checks and tests. */
export async function waitForRedis(connection: RedisConnection, timeoutMs = 2_000): Promise<void> {
  const client = connection.client;
  if (!client || client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error('redis did not become ready in time'));
    }, timeoutMs);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}
