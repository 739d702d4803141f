// Episodic memory's vector index: one collection per arm, every point tagged with its tenant,
// every search filtered by tenant. Implemented over Qdrant and over pgvector (embedded).
import type { Arm } from '../../contracts/names.js';
import type { StoreHealth } from '../health.js';
import { stableUuid } from '../ids.js';

/** Payload values a filter can match exactly. */
export type PayloadValue = string | number | boolean;

/** The fields every payload has; the rest (any JSON) is stored and returned as given. */
export interface VectorPayload {
  tenantId: string;
  /** Epoch milliseconds; age-based clean-up deletes by it. */
  createdAtMs: number;
}

export interface VectorPoint<P extends VectorPayload = VectorPayload> {
  /** A UUID; use `pointIdOf` so a retried upsert overwrites the same point. */
  id: string;
  vector: number[];
  payload: P;
}

export interface VectorSearchOptions {
  tenantId: string;
  limit?: number;
  /** Exact matches on payload keys, all of which must hold. */
  filter?: Record<string, PayloadValue>;
}

export interface VectorHit<P extends VectorPayload = VectorPayload> {
  id: string;
  /** Cosine similarity, higher is closer. */
  score: number;
  payload: P;
}

export interface VectorStore {
  readonly kind: 'qdrant' | 'pgvector';
  /** Creates the arm's collection with this dimension if missing; fails if it exists with another. */
  ensureCollection(arm: Arm, dimension: number): Promise<void>;
  /** Inserts or overwrites points by id; resolves once they are searchable. */
  upsert(arm: Arm, points: VectorPoint[]): Promise<void>;
  /** Nearest points of one tenant; an arm with no collection yet has no points. */
  search<P extends VectorPayload = VectorPayload>(arm: Arm, vector: number[], options: VectorSearchOptions): Promise<VectorHit<P>[]>;
  /** Removes every point of the tenant in every collection. */
  deleteTenant(tenantId: string): Promise<void>;
  /** Removes points created before the cutoff in every collection (age-based retention). */
  deleteOlderThan(cutoff: Date): Promise<void>;
  /** `embedded` for the in-process store; otherwise whether the server answers. */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export const DEFAULT_COLLECTION_PREFIX = 'octo_';

/** The collection (Qdrant) or table (pgvector) holding an arm's episodes: `octo_<arm>_episodes`. */
export function collectionName(arm: Arm, prefix = DEFAULT_COLLECTION_PREFIX): string {
  // The name becomes an SQL identifier in the pgvector store: keep it to a safe alphabet.
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error('collection prefix must be lower-case letters, digits and _');
  return `${prefix}${arm}_episodes`;
}

/** Deterministic point id: a retried write of the same step lands on the same point. */
export const pointIdOf = (tenantId: string, workflowId: string, stepId: string): string =>
  stableUuid('episode', tenantId, workflowId, stepId);

export class DimensionMismatchError extends Error {
  constructor(collection: string, existing: number, wanted: number) {
    super(
      `vector collection ${collection} has dimension ${existing} but the embedder produces ${wanted}; ` +
        'delete the collection or configure the embedder it was built with',
    );
    this.name = 'DimensionMismatchError';
  }
}
