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

  async function create(name: string, dimension: number): Promise<void> {
    const { exists } = await client.collectionExists(name);
    if (!exists) {
      try {
        await client.createCollection(name, { vectors: { size: dimension, distance: 'Cosine' } });
      } catch (error) {
        // Another worker created it between our check and our call: fine if it is the same shape.
        if (!(await client.collectionExists(name)).exists) throw error;
      }
      // Tenant filtering must be an index lookup, not a scan; createdAtMs serves range deletes.
      await client.createPayloadIndex(name, { field_name: 'tenantId', field_schema: 'keyword', wait: true });
      await client.createPayloadIndex(name, { field_name: 'createdAtMs', field_schema: 'integer', wait: true });
    }
    const info = await client.getCollection(name);
    const vectors = info.config.params.vectors;
    const size = vectors && typeof vectors === 'object' && 'size' in vectors ? Number(vectors.size) : undefined;
    if (size !== dimension) throw new DimensionMismatchError(name, size ?? -1, dimension);
  }

  const existingCollections = async (): Promise<string[]> => {
    const names = new Set((await client.getCollections()).collections.map((c) => c.name));
    return ARMS.map((arm) => collectionName(arm, prefix)).filter((n) => names.has(n));
  };

  return {
    kind: 'qdrant',
    ensureCollection(arm, dimension) {
      const name = collectionName(arm, prefix);
      let pending = ready.get(name);
      if (!pending) {
        pending = create(name, dimension);
        // A failed attempt must not poison later ones.
        pending.catch(() => ready.delete(name));
        ready.set(name, pending);
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
      if (!(await client.collectionExists(name)).exists) return [];
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
    async close() {
      // The REST client holds no connection to release.
    },
  };
}
