// The VectorStore contract against the embedded pgvector store always, and against Qdrant when
// QDRANT_URL is set (no Qdrant binary is available on this machine).
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { QdrantClient } from '@qdrant/js-client-rest';
import { ARMS, type Arm } from '../../contracts/names.js';
import { createPgliteDb } from '../sql/pglite-db.js';
import { createPgVectorStore } from './pgvector-store.js';
import { createQdrantStore } from './qdrant-store.js';
import { collectionName } from './vector-store.js';
import { vectorStoreContract } from './vector-store.contract.js';

test('pgvector store (embedded PGlite) meets the VectorStore contract', async (t) => {
  // One database for the suite; each case gets tables of its own through a fresh prefix.
  const db = await createPgliteDb();
  try {
    await vectorStoreContract(t, async () => {
      const prefix = `t${randomBytes(4).toString('hex')}_`;
      const store = createPgVectorStore({ db, collectionPrefix: prefix });
      return {
        store,
        async countPoints(arm: Arm) {
          const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${collectionName(arm, prefix)}`);
          return rows[0]?.n ?? 0;
        },
        dispose: () => store.close(),
      };
    });
  } finally {
    await db.close();
  }
});

const qdrantUrl = process.env.QDRANT_URL;
const qdrantSkip = qdrantUrl ? false : 'QDRANT_URL not set: Qdrant contract tests skipped';
if (!qdrantUrl) console.log('QDRANT_URL not set: Qdrant contract tests skipped');

test('Qdrant store meets the VectorStore contract', { skip: qdrantSkip }, (t) =>
  vectorStoreContract(t, async () => {
    // Collections private to this test, so a shared Qdrant's real data is never touched.
    const prefix = `octo_test_${randomBytes(4).toString('hex')}_`;
    const apiKey = process.env.QDRANT_API_KEY;
    const store = createQdrantStore({ url: qdrantUrl!, ...(apiKey ? { apiKey } : {}), collectionPrefix: prefix, batchSize: 500 });
    const client = new QdrantClient({ url: qdrantUrl!, ...(apiKey ? { apiKey } : {}), checkCompatibility: false });
    return {
      store,
      async countPoints(arm: Arm) {
        return (await client.count(collectionName(arm, prefix), { exact: true })).count;
      },
      async dispose() {
        for (const arm of ARMS) {
          const name = collectionName(arm, prefix);
          if ((await client.collectionExists(name)).exists) await client.deleteCollection(name);
        }
      },
    };
  }));
