// npm run bench:memory — the embedded memory stores at scale: 100 000 knowledge-graph entities and
// 100 000 episodes in PGlite (pgvector HNSW), then knowledge-graph search p95, vector search p95
// (targets < 5 ms and < 20 ms) and vector recall@10 against exact brute force (target ≥ 0.95).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScriptArgs } from '../cli/args.js';
import { createHashingEmbedder } from '../stores/embeddings/hashing-embedder.js';
import { searchEntities, upsertEntities, type EntityWrite } from '../stores/repositories/knowledge-graph.js';
import { migrate } from '../stores/sql/migrate.js';
import { createPgliteDb } from '../stores/sql/pglite-db.js';
import { createPgVectorStore } from '../stores/vectors/pgvector-store.js';
import { pointIdOf, type VectorPoint } from '../stores/vectors/vector-store.js';

const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 100_000);
const EPISODES = Number(process.env.BENCH_EPISODES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const TENANT = 'bench';
const LOAD_BATCH = 1_000;

// Deterministic data: a seeded PRNG and a 5 000-word vocabulary of pronounceable pseudo-words,
// drawn with a Zipf-like skew so some words are common, as in real text. Texts are topical, like
// real task histories: 300 topics of 40 words each, and 60 % of a text's words come from its topic
// (the rest from the whole vocabulary). Queries are drawn the same way, from a random topic.
let seed = 42;
const random = (): number => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
};
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'vo', 'pe', 'da', 'gu', 'zi', 'ho', 'fa', 'be', 'ch', 'sh', 'tr', 'pl', 'qu'];
const VOCAB = Array.from({ length: 5_000 }, (_, i) => {
  let w = '';
  for (let n = i + 1, k = 0; k < 3 || n > 0; k++, n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w;
});
const word = (): string => VOCAB[Math.floor(VOCAB.length * random() ** 1.6)]!;
const TOPICS = Array.from({ length: 300 }, () => Array.from({ length: 40 }, () => VOCAB[Math.floor(random() * VOCAB.length)]!));
const topical = (n: number, topic = Math.floor(random() * TOPICS.length)): string =>
  Array.from({ length: n }, () => (random() < 0.6 ? TOPICS[topic]![Math.floor(random() * 40)]! : word())).join(' ');
const TYPES = ['library', 'service', 'person', 'dataset', 'api', 'bug', 'decision', 'document'];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (n: number): string => `${n.toFixed(2)} ms`;
const progress = (label: string, done: number, total: number, startedAt: number): void => {
  process.stdout.write(`\r  ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${((performance.now() - startedAt) / 1000).toFixed(0)} s)`);
  if (done === total) process.stdout.write('\n');
};

async function main(): Promise<void> {
  // BENCH_DATA_DIR keeps the loaded database for later runs (tuning); by default a temp dir is used and removed.
  const keep = process.env.BENCH_DATA_DIR;
  const dataDir = keep ?? (await mkdtemp(join(tmpdir(), 'octollm-bench-')));
  const db = await createPgliteDb({ dataDir });
  await migrate(db);
  const embedder = createHashingEmbedder();
  const efSearch = process.env.BENCH_EF_SEARCH ? Number(process.env.BENCH_EF_SEARCH) : undefined;
  const vectors = createPgVectorStore({ db, ...(efSearch ? { efSearch } : {}) });
  console.log(`memory bench: PGlite at ${dataDir}, embedder ${embedder.name}`);

  // ---- knowledge graph ----
  const count = async (sql: string): Promise<number> => (await db.query<{ n: number }>(sql)).rows[0]?.n ?? 0;
  const loadEntities = (await count('SELECT count(*)::int AS n FROM entities')) !== ENTITIES;
  if (loadEntities) console.log(`loading ${ENTITIES.toLocaleString('en')} entities`);
  let started = performance.now();
  for (let i = 0; loadEntities && i < ENTITIES; i += LOAD_BATCH) {
    const batch: EntityWrite[] = [];
    for (let j = i; j < Math.min(i + LOAD_BATCH, ENTITIES); j++) {
      batch.push({ type: TYPES[j % TYPES.length]!, name: `${word()} ${word()} ${j}`, properties: { summary: topical(8 + Math.floor(random() * 8)), owner: word() } });
    }
    await db.transaction((tx) => upsertEntities(tx, TENANT, batch, 'bench'));
    progress('entities', Math.min(i + LOAD_BATCH, ENTITIES), ENTITIES, started);
  }
  await db.exec('ANALYZE entities');
  const kgQueries = Array.from({ length: QUERIES }, () => topical(2 + Math.floor(random() * 4)));
  for (const q of kgQueries.slice(0, 20)) await searchEntities(db, TENANT, q, 10); // warm-up
  const kgTimes: number[] = [];
  let kgHits = 0;
  for (const q of kgQueries) {
    const t0 = performance.now();
    const hits = await searchEntities(db, TENANT, q, 10);
    kgTimes.push(performance.now() - t0);
    kgHits += hits.length;
  }

  // ---- episodes ----
  await vectors.ensureCollection('retriever', embedder.dimension);
  const all = new Float32Array(EPISODES * embedder.dimension);
  const ids: string[] = [];
  const loadEpisodes = (await count('SELECT count(*)::int AS n FROM octo_retriever_episodes')) !== EPISODES;
  if (loadEpisodes) {
    await db.exec('TRUNCATE octo_retriever_episodes');
    console.log(`loading ${EPISODES.toLocaleString('en')} episodes (embedding + HNSW insert)`);
  } else {
    console.log('reusing the episodes in BENCH_DATA_DIR');
    const { rows } = await db.query<{ id: string; v: string }>('SELECT id, embedding::text AS v FROM octo_retriever_episodes');
    rows.forEach((r, n) => {
      ids.push(r.id);
      all.set(JSON.parse(r.v) as number[], n * embedder.dimension);
    });
  }
  started = performance.now();
  for (let i = 0; loadEpisodes && i < EPISODES; i += LOAD_BATCH) {
    const texts: string[] = [];
    for (let j = i; j < Math.min(i + LOAD_BATCH, EPISODES); j++) texts.push(`${TYPES[j % TYPES.length]} step: ${topical(10 + Math.floor(random() * 15))}`);
    const embedded = await embedder.embed(texts);
    const points: VectorPoint[] = embedded.map((vector, k) => {
      const n = i + k;
      all.set(vector, n * embedder.dimension);
      const id = pointIdOf(TENANT, `wf-${n}`, 'step');
      ids.push(id);
      return { id, vector, payload: { tenantId: TENANT, createdAtMs: Date.now(), text: texts[k], success: n % 3 !== 0 } };
    });
    await vectors.upsert('retriever', points);
    progress('episodes', Math.min(i + LOAD_BATCH, EPISODES), EPISODES, started);
  }
  await db.exec('ANALYZE octo_retriever_episodes');

  const queryVectors = await embedder.embed(Array.from({ length: QUERIES }, () => `step: ${topical(6 + Math.floor(random() * 8))}`));
  for (const v of queryVectors.slice(0, 20)) await vectors.search('retriever', v, { tenantId: TENANT, limit: 10 }); // warm-up
  const vecTimes: number[] = [];
  let recallSum = 0;
  const dim = embedder.dimension;
  for (const q of queryVectors) {
    const t0 = performance.now();
    const hits = await vectors.search('retriever', q, { tenantId: TENANT, limit: 10 });
    vecTimes.push(performance.now() - t0);
    // Exact top 10 by brute force over every stored vector (all unit length: dot product = cosine).
    const best: { id: number; score: number }[] = [];
    for (let n = 0; n < EPISODES; n++) {
      let dot = 0;
      const off = n * dim;
      for (let d = 0; d < dim; d++) dot += all[off + d]! * q[d]!;
      if (best.length < 10 || dot > best[best.length - 1]!.score) {
        best.push({ id: n, score: dot });
        best.sort((a, b) => b.score - a.score);
        if (best.length > 10) best.pop();
      }
    }
    const exact = new Set(best.map((b) => ids[b.id]));
    recallSum += hits.filter((h) => exact.has(h.id)).length / exact.size;
  }

  const kgP95 = percentile(kgTimes, 95);
  const vecP95 = percentile(vecTimes, 95);
  const recall = recallSum / queryVectors.length;
  console.log('');
  console.log(`knowledge-graph search (${ENTITIES.toLocaleString('en')} entities, ${QUERIES} queries, ${(kgHits / QUERIES).toFixed(1)} hits avg): p50 ${ms(percentile(kgTimes, 50))}  p95 ${ms(kgP95)}  p99 ${ms(percentile(kgTimes, 99))}  (target p95 < 5 ms: ${kgP95 < 5 ? 'met' : 'MISSED'})`);
  console.log(`vector search (${EPISODES.toLocaleString('en')} episodes, ${dim} dims, HNSW, top 10): p50 ${ms(percentile(vecTimes, 50))}  p95 ${ms(vecP95)}  p99 ${ms(percentile(vecTimes, 99))}  (target p95 < 20 ms: ${vecP95 < 20 ? 'met' : 'MISSED'})`);
  console.log(`vector recall@10 vs exact brute force: ${recall.toFixed(4)}  (target >= 0.95: ${recall >= 0.95 ? 'met' : 'MISSED'})`);

  await vectors.close();
  await db.close();
  if (!keep) await rm(dataDir, { recursive: true, force: true });
}

const USAGE = `Usage: npm run bench:memory   (settings in the environment; a few minutes at the default scale)

Loads knowledge-graph entities and episodes into embedded PGlite (pgvector HNSW), then prints knowledge-graph search
p95, vector search p95 and vector recall@10 against exact brute force.

Environment:
  BENCH_ENTITIES   knowledge-graph entities to load (default 100000)
  BENCH_EPISODES   episodes (vectors) to load (default 100000)
  BENCH_QUERIES    queries per measurement (default 300)
  BENCH_EF_SEARCH  the HNSW ef_search to query with (default: the store's)
  BENCH_DATA_DIR   keep the PGlite data here (default: a temporary directory, removed after)
Options:
  -h, --help`;

parseScriptArgs({}, USAGE, () => undefined);
await main();
