import { createPgliteDb } from '../stores/sql/pglite-db.js';
import { createHashingEmbedder } from '../stores/embeddings/hashing-embedder.js';
let seed = 42;
const random = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
const SY = ['ka','lo','mi','ne','su','ta','ri','vo','pe','da','gu','zi','ho','fa','be','ch','sh','tr','pl','qu'];
const V = Array.from({ length: 5000 }, (_, i) => { let w=''; for (let n=i+1,k=0;k<3||n>0;k++,n=Math.floor(n/SY.length)) w+=SY[n%SY.length]; return w; });
const word = () => V[Math.floor(V.length * random() ** 1.6)]!;
const words = (n: number) => Array.from({ length: n }, word).join(' ');
const TOPICS = Array.from({ length: 300 }, () => Array.from({ length: 40 }, () => V[Math.floor(random() * V.length)]!));
const topical = (n: number, topic: number) => Array.from({ length: n }, () => (random() < 0.6 ? TOPICS[topic]![Math.floor(random() * 40)]! : word())).join(' ');
const N = Number(process.env.N ?? 20000);
const emb = createHashingEmbedder();
const db = await createPgliteDb();
await db.exec('CREATE EXTENSION IF NOT EXISTS vector');
await db.exec(`CREATE TABLE v (id int primary key, e vector(256))`);
const all: number[][] = [];
for (let i = 0; i < N; i += 1000) { const vs = await emb.embed(Array.from({length:1000},()=>`step: ${topical(10+Math.floor(random()*15), Math.floor(random()*300))}`)); const p: unknown[] = []; const vals = vs.map((v,k)=>{all.push(v); p.push(i+k, `[${v.join(',')}]`); return `($${p.length-1}, $${p.length}::vector)`}); await db.query(`INSERT INTO v VALUES ${vals.join(',')}`, p); }
const qs = await emb.embed(Array.from({length:100},()=>`step: ${topical(6+Math.floor(random()*8), Math.floor(random()*300))}`));
const exact = qs.map(q => all.map((v,i)=>[i, v.reduce((s,x,d)=>s+x*q[d]!,0)] as [number,number]).sort((a,b)=>b[1]-a[1]).slice(0,10).map(x=>x[0]));
for (const [m, efc] of [[16,64],[24,128]]) {
  await db.exec('DROP INDEX IF EXISTS vi');
  let t0 = performance.now();
  await db.exec(`SET maintenance_work_mem='1GB'; CREATE INDEX vi ON v USING hnsw (e vector_cosine_ops) WITH (m=${m}, ef_construction=${efc})`);
  console.log(`m=${m} efc=${efc} build ${(performance.now()-t0).toFixed(0)} ms`);
  for (const ef of [100, 200, 400]) {
    await db.exec(`SET hnsw.ef_search=${ef}`);
    let rec = 0; const times: number[] = [];
    for (let i = 0; i < qs.length; i++) { t0 = performance.now(); const r = await db.query<{id:number}>(`SELECT id FROM v ORDER BY e <=> $1::vector LIMIT 10`, [`[${qs[i]!.join(',')}]`]); times.push(performance.now()-t0); const ex = new Set(exact[i]); rec += r.rows.filter(x=>ex.has(x.id)).length/10; }
    times.sort((a,b)=>a-b);
    console.log(`  ef=${ef} recall ${(rec/qs.length).toFixed(3)} p95 ${times[94]!.toFixed(2)} ms`);
  }
}
