// Opens every store the process needs from the parsed configuration, choosing the embedded
// fallback for each one that is not configured (SPEC §7, §8), and closes them together.
import type { Config } from '../config/config.js';
import { openEmbedder } from './embeddings/open-embedder.js';
import type { Embedder } from './embeddings/embedder.js';
import type { StoreHealth } from './health.js';
import { connectRedis, type RedisConnection } from './redis/redis-connection.js';
import { createTaskStatusCache, type TaskStatusCache } from './redis/task-status-cache.js';
import { openSqlDb } from './sql/open-sql-db.js';
import type { SqlDb } from './sql/sql-db.js';
import { openVectorStore } from './vectors/open-vector-store.js';
import type { VectorStore } from './vectors/vector-store.js';

export interface Stores {
  db: SqlDb;
  vectors: VectorStore;
  embedder: Embedder;
  redis: RedisConnection;
  taskStatus: TaskStatusCache;
  health(): Promise<StoresHealth>;
  close(): Promise<void>;
}

export interface StoresHealth {
  postgres: StoreHealth;
  vectors: StoreHealth;
  redis: StoreHealth;
}

export interface OpenStoresOptions {
  /** Embedding model for the OpenAI-compatible endpoint; default text-embedding-3-small. */
  embeddingModel?: string;
  /** Receives connection errors (free of credentials). */
  onError?: (message: string) => void;
}

export async function openStores(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'redisUrl' | 'qdrant' | 'llm'>,
  options: OpenStoresOptions = {},
): Promise<Stores> {
  const db = await openSqlDb({ ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}), dataDir: config.dataDir });
  try {
    const vectors = await openVectorStore({ qdrant: config.qdrant, db, dataDir: config.dataDir });
    const embedder = await openEmbedder({
      ...(config.llm.openai ? { openai: config.llm.openai } : {}),
      ...(options.embeddingModel ? { model: options.embeddingModel } : {}),
    });
    const redis = connectRedis({ ...(config.redisUrl ? { url: config.redisUrl } : {}), ...(options.onError ? { onError: options.onError } : {}) });
    const taskStatus = createTaskStatusCache({ redis });
    return {
      db,
      vectors,
      embedder,
      redis,
      taskStatus,
      async health() {
        let postgres: StoreHealth = 'embedded';
        if (db.kind === 'postgres') postgres = await db.query('SELECT 1').then(() => 'up' as const, () => 'down' as const);
        return { postgres, vectors: await vectors.health(), redis: redis.health() };
      },
      async close() {
        await redis.close();
        await vectors.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
