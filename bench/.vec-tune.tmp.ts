import { createPgliteDb } from '../stores/sql/pglite-db.js';
import { createHashingEmbedder } from '../stores/embeddings/hashing-embedder.js';
const db = await createPgliteDb({ dataDir: '/tmp/octo-bench-keep' });
const emb = createHashingEmbedder();
let seed = 7;
const random = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
const { rows } = await db.query<{ id: string; v: string; t: string }>(`SELECT id, embedding::text AS v, payload->>'text' AS t FROM octo_retriever_episodes`);
const all = rows.map((r) => JSON.parse(r.v) as number[]);
// Queries: perturbed stored texts (drop ~40% words) — like a retrieval query about a past episode.
const qs = await emb.embed(Array.from({ length: 150 }, () => rows[Math.floor(random() * rows.length)]!.t.split(' ').filter(() => random() < 0.6).join(' ')));
const exact = qs.map((q) => all.map((v, i) => [i, v.reduce((s, x, d) => s + x * q[d]!, 0)] as [number, number]).sort((a, b) => b[1] - a[1]).slice(0, 10).map((x) => rows[x[0]]!.id));
const SY = ['ka','lo','mi','ne','su','ta','ri','vo','pe','da','gu','zi','ho','fa','be','ch','sh','tr','pl','qu'];
const V = Array.from({ length: 5000 }, (_, i) => { let w=''; for (let n=i+1,k=0;k<3||n>0;k++,n=Math.floor(n/SY.length)) w+=SY[n%SY.length]; return w; });
const word = () => V[Math.floor(V.length * random() ** 1.6)]!;
// Bench-style fresh queries: topic words taken from a random stored text, plus background words.
const fresh = await emb.embed(Array.from({ length: 150 }, () => { const src = rows[Math.floor(random() * rows.length)]!.t.split(' '); return 'step: ' + Array.from({ length: 6 + Math.floor(random() * 8) }, () => (random() < 0.6 ? src[Math.floor(random() * src.length)]! : word())).join(' '); }));
const exactFresh = fresh.map((q) => all.map((v, i) => [i, v.reduce((s, x, d) => s + x * q[d]!, 0)] as [number, number]).sort((a, b) => b[1] - a[1]).slice(0, 10).map((x) => rows[x[0]]!.id));
if (process.env.REBUILD) {
  const t0 = performance.now();
  await db.exec(`DROP INDEX octo_retriever_episodes_embedding_idx; SET maintenance_work_mem = '1GB'; CREATE INDEX octo_retriever_episodes_embedding_idx ON octo_retriever_episodes USING hnsw (embedding vector_cosine_ops) WITH (m = ${process.env.M}, ef_construction = ${process.env.EFC})`);
  console.log('rebuild', ((performance.now() - t0) / 1000).toFixed(0), 's');
}
for (const [name, Q, E] of [['perturbed', qs, exact], ['fresh', fresh, exactFresh]] as const)
for (const ef of (process.env.EFS ?? '100,200,300').split(',').map(Number)) {
  await db.exec(`SET hnsw.ef_search = ${ef}; SET hnsw.iterative_scan = relaxed_order`);
  for (const mode of ['tx']) {
    let rec = 0; const times: number[] = [];
    for (let i = 0; i < Q.length; i++) {
      const lit = `[${Q[i]!.join(',')}]`;
      const t0 = performance.now();
      const sql = `SELECT id FROM octo_retriever_episodes WHERE tenant_id = $2 ORDER BY embedding <=> $1::vector LIMIT 10`;
      const r = mode === 'session' ? await db.query<{ id: string }>(sql, [lit, 'bench']) : await db.transaction(async (tx) => { await tx.exec(`SET LOCAL hnsw.ef_search = ${ef}`); return tx.query<{ id: string }>(sql, [lit, 'bench']); });
      times.push(performance.now() - t0);
      const ex = new Set(E[i]); rec += r.rows.filter((x) => ex.has(x.id)).length / 10;
    }
    times.sort((a, b) => a - b);
    console.log(`${name} ef=${ef} ${mode} recall ${(rec / qs.length).toFixed(3)} p50 ${times[74]!.toFixed(2)} p95 ${times[142]!.toFixed(2)} ms`);
  }
}
await db.close();
