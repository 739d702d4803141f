// VectorStore over Qdrant: one collection per arm, created on demand with the embedder's dimension,
// tenant as an indexed payload field in a `must` filter on every search, batched upserts that
// resolve only once applied (`wait: true`).
import { QdrantClient, type Schemas } from '@qdrant/js-client-rest';
import { ARMS, type Arm } from '../../contracts/names.js';
import {
  collectionName,
  DEFAULT_COLLECTION_PREFIX,
  DimensionMismatchError,
  type VectorHit,
  type VectorPayload,
  type VectorPoint,
  type VectorSearchOptions,
  type VectorStore,
} from './vector-store.js';

export interface QdrantStoreOptions {
  url: string;
  apiKey?: string;
  /** Points per upsert request. */
  batchSize?: number;
  /** Collection names are `<prefix><arm>_episodes`; default `octo_`. */
  collectionPrefix?: string;
}


export function createQdrantStore(options: QdrantStoreOptions): VectorStore {
  const client = new QdrantClient({ url: options.url, ...(options.apiKey ? { apiKey: options.apiKey } : {}), checkCompatibility: false });
  const batchSize = options.batchSize ?? 256;
  const prefix = options.collectionPrefix ?? DEFAULT_COLLECTION_PREFIX;
  const ready = new Map<string, Promise<void>>();
  const existing = new Set<string>();

  async function create(name: string, dimension: number): Promise<void> {
    const { exists } = await client.collectionExists(name);
    if (!exists) {
      try {
        await client.createCollection(name, { vectors: { size: dimension, distance: 'Cosine' } });
      } catch (error) {
        // Another worker created it between our check and our call: fine if it is the same shape.
        if (!(await client.collectionExists(name)).exists) throw error;
      }
    }
    // Tenant filtering must be an index lookup, not a scan; createdAtMs serves range deletes.
    // Creating an existing index is a no-op, so a worker that died half-way is repaired here.
    await client.createPayloadIndex(name, { field_name: 'tenantId', field_schema: 'keyword', wait: true });
    await client.createPayloadIndex(name, { field_name: 'createdAtMs', field_schema: 'integer', wait: true });
    const info = await client.getCollection(name);
    const vectors = info.config.params.vectors;
    const size = vectors && typeof vectors === 'object' && 'size' in vectors ? Number(vectors.size) : undefined;
    if (size !== dimension) throw new DimensionMismatchError(name, size ?? -1, dimension);
    existing.add(name);
  }

  const existingCollections = async (): Promise<string[]> => {
    const names = new Set((await client.getCollections()).collections.map((c) => c.name));
    return ARMS.map((arm) => collectionName(arm, prefix)).filter((n) => names.has(n));
  };

  return {
    kind: 'qdrant',
    ensureCollection(arm, dimension) {
      const name = collectionName(arm, prefix);
      const key = `${name}:${dimension}`;
      let pending = ready.get(key);
      if (!pending) {
        pending = create(name, dimension);
        // A failed attempt must not poison later ones.
        pending.catch(() => ready.delete(key));
        ready.set(key, pending);
      }
      return pending;
    },
    async upsert(arm: Arm, points: VectorPoint[]) {
      const name = collectionName(arm, prefix);
      for (let i = 0; i < points.length; i += batchSize) {
        const batch = points.slice(i, i + batchSize);
        await client.upsert(name, {
          wait: true,
          points: batch.map((p) => ({ id: p.id, vector: p.vector, payload: { ...p.payload } as Record<string, unknown> })),
        });
      }
    },
    async search<P extends VectorPayload>(arm: Arm, vector: number[], opts: VectorSearchOptions): Promise<VectorHit<P>[]> {
      const name = collectionName(arm, prefix);
      // One existence check per collection, not per search: collections are never dropped under us.
      if (!existing.has(name)) {
        if (!(await client.collectionExists(name)).exists) return [];
        existing.add(name);
      }
      const must: Schemas['FieldCondition'][] = [{ key: 'tenantId', match: { value: opts.tenantId } }];
      for (const [key, value] of Object.entries(opts.filter ?? {})) must.push({ key, match: { value } });
      const result = await client.query(name, {
        query: vector,
        filter: { must },
        limit: opts.limit ?? 10,
        with_payload: true,
      });
      return result.points.map((p) => ({ id: String(p.id), score: p.score, payload: p.payload as P }));
    },
    async deleteTenant(tenantId) {
      for (const name of await existingCollections()) {
        await client.delete(name, { wait: true, filter: { must: [{ key: 'tenantId', match: { value: tenantId } }] } });
      }
    },
    async deleteOlderThan(cutoff) {
      for (const name of await existingCollections()) {
        await client.delete(name, { wait: true, filter: { must: [{ key: 'createdAtMs', range: { lt: cutoff.getTime() } }] } });
      }
    },
    async health() {
      try {
        await client.versionInfo();
        return 'up';
      } catch {
        return 'down';
      }
    },
    async close() {
      // The REST client holds no connection to release.
    },
  };
}
