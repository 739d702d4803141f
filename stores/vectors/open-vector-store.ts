// Picks the episodic vector store: Qdrant when configured; otherwise pgvector inside the SQL
// database when it has the extension (always true for embedded PGlite), or else a PGlite of its own
// under the data directory.
import { join } from 'node:path';
import type { SqlDb } from '../sql/sql-db.js';
import { createPgliteDb } from '../sql/pglite-db.js';
import { createPgVectorStore } from './pgvector-store.js';
import { createQdrantStore } from './qdrant-store.js';
import type { VectorStore } from './vector-store.js';

export interface OpenVectorStoreOptions {
  qdrant?: { url?: string; apiKey?: string };
  db: SqlDb;
  dataDir: string;
}

export async function openVectorStore(options: OpenVectorStoreOptions): Promise<VectorStore> {
  if (options.qdrant?.url) return createQdrantStore({ url: options.qdrant.url, ...(options.qdrant.apiKey ? { apiKey: options.qdrant.apiKey } : {}) });
  if (await options.db.hasExtension('vector')) return createPgVectorStore({ db: options.db });
  const db = await createPgliteDb({ dataDir: join(options.dataDir, 'pglite-vectors') });
  return createPgVectorStore({ db, ownsDb: true });
}
