import { createPgliteDb } from '../stores/sql/pglite-db.js';
import { migrate } from '../stores/sql/migrate.js';
import { upsertEntities } from '../stores/repositories/knowledge-graph.js';
let seed = 42;
const random = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
const SY = ['ka','lo','mi','ne','su','ta','ri','vo','pe','da','gu','zi','ho','fa','be','ch','sh','tr','pl','qu'];
const V = Array.from({ length: 5000 }, (_, i) => { let w=''; for (let n=i+1,k=0;k<3||n>0;k++,n=Math.floor(n/SY.length)) w+=SY[n%SY.length]; return w; });
const word = () => V[Math.floor(V.length * random() ** 1.6)]!;
const words = (n: number) => Array.from({ length: n }, word).join(' ');
const db = await createPgliteDb(); await migrate(db);
for (let i = 0; i < 100000; i += 1000) { const b = []; for (let j = i; j < i + 1000; j++) b.push({ type: 'lib', name: `${word()} ${word()} ${j}`, properties: { summary: words(8 + Math.floor(random() * 8)), owner: word() } }); await upsertEntities(db, 'bench', b); }
await db.exec('ANALYZE entities');
const q = words(5);
const TSQ = `(SELECT to_tsquery('simple', coalesce(string_agg('''' || lexeme || '''', ' | '), '')) FROM unnest(tsvector_to_array(to_tsvector('english', $2))) AS lexeme)`;
const variants: Record<string,string> = {
 initplanCd: `SELECT e.id, ts_rank_cd(e.search, ${TSQ}) AS score FROM entities e WHERE e.tenant_id = $1 AND e.search @@ ${TSQ} ORDER BY score DESC LIMIT 10`,
 initplanRank: `SELECT e.id, ts_rank(e.search, ${TSQ}) AS score FROM entities e WHERE e.tenant_id = $1 AND e.search @@ ${TSQ} ORDER BY score DESC LIMIT 10`,
 initplanNoRank: `SELECT e.id FROM entities e WHERE e.tenant_id = $1 AND e.search @@ ${TSQ} LIMIT 10`,
 count: `SELECT count(*) FROM entities e WHERE e.tenant_id = $1 AND e.search @@ ${TSQ}`,
 withTrgm: `SELECT e.id, ts_rank_cd(e.search, ${TSQ}) + similarity(e.name, $2) AS score FROM entities e WHERE e.tenant_id = $1 AND (e.search @@ ${TSQ} OR e.name % $2) ORDER BY score DESC LIMIT 10`,
 trgmShort: `SELECT e.id, similarity(e.name, $3) FROM entities e WHERE e.tenant_id = $1 AND e.name % $3 AND $2 <> '' ORDER BY 2 DESC LIMIT 10`,
};
for (const [k, sql] of Object.entries(variants)) {
  for (let i = 0; i < 3; i++) await db.query(sql, sql.includes('$3') ? ['bench', q, q.split(' ').slice(0,2).join(' ')] : ['bench', q]);
  const t0 = performance.now(); const r = await db.query(sql, sql.includes('$3') ? ['bench', q, q.split(' ').slice(0,2).join(' ')] : ['bench', q]); console.log(k, (performance.now() - t0).toFixed(2), JSON.stringify(r.rows[0]));
}
const ex = await db.query<any>('EXPLAIN ANALYZE ' + variants.withTrgm, ['bench', q]);
console.log(ex.rows.map((r: any) => r['QUERY PLAN']).join('\n'));
