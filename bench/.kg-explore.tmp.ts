import { createPgliteDb } from '../stores/sql/pglite-db.js';
import { migrate } from '../stores/sql/migrate.js';
import { upsertEntities, searchEntities } from '../stores/repositories/knowledge-graph.js';
let seed = 42;
const random = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 2 ** 32; };
const SY = ['ka','lo','mi','ne','su','ta','ri','vo','pe','da','gu','zi','ho','fa','be','ch','sh','tr','pl','qu'];
const V = Array.from({ length: 5000 }, (_, i) => { let w=''; for (let n=i+1,k=0;k<3||n>0;k++,n=Math.floor(n/SY.length)) w+=SY[n%SY.length]; return w; });
const word = () => V[Math.floor(V.length * random() ** 1.6)]!;
const TOPICS = Array.from({ length: 300 }, () => Array.from({ length: 40 }, () => V[Math.floor(random() * V.length)]!));
const topical = (n: number, topic = Math.floor(random() * TOPICS.length)) => Array.from({ length: n }, () => (random() < 0.6 ? TOPICS[topic]![Math.floor(random() * 40)]! : word())).join(' ');
const db = await createPgliteDb(); await migrate(db);
for (let i = 0; i < 100000; i += 1000) { const b = []; for (let j = i; j < i + 1000; j++) b.push({ type: 'lib', name: `${word()} ${word()} ${j}`, properties: { summary: topical(8 + Math.floor(random() * 8)), owner: word() } }); await db.transaction((tx) => upsertEntities(tx, 'bench', b)); }
await db.exec(process.env.VAC ? 'VACUUM ANALYZE entities' : 'ANALYZE entities');
const qs = Array.from({ length: 200 }, () => topical(2 + Math.floor(random() * 4)));
for (const q of qs.slice(0, 20)) await searchEntities(db, 'bench', q);
const times: [number, string][] = [];
for (const q of qs) { const t0 = performance.now(); await searchEntities(db, 'bench', q); times.push([performance.now() - t0, q]); }
times.sort((a, b) => a[0] - b[0]);
console.log('p50', times[99]![0].toFixed(2), 'p95', times[189]![0].toFixed(2));
// lexeme step alone
let t0 = performance.now(); for (const q of qs) await db.query(`SELECT lexeme FROM unnest(tsvector_to_array(to_tsvector('english', $1))) AS lexeme`, [q]); console.log('lexemes avg', ((performance.now() - t0) / qs.length).toFixed(2));
t0 = performance.now(); for (let i = 0; i < 200; i++) await db.query('SELECT 1'); console.log('SELECT 1 avg', ((performance.now() - t0) / 200).toFixed(3));
const slow = times[185]![1];
console.log('slow query:', slow);
const terms = (await db.query<{ lexeme: string }>(`SELECT lexeme FROM unnest(tsvector_to_array(to_tsvector('english', $1))) AS lexeme`, [slow])).rows.map((r) => `'${r.lexeme}'`);
for (const [name, tsq] of [['all', terms.join(' & ')], ['any', terms.join(' | ')], ['namesAny', terms.map((t) => t + ':A').join(' | ')]] as const) {
  const c = await db.query<{ n: number }>(`SELECT count(*)::int n FROM entities WHERE search @@ to_tsquery('simple', $1)`, [tsq]);
  console.log(name, c.rows[0]!.n);
}
const ex = await db.query<any>(`EXPLAIN ANALYZE SELECT count(*) FROM entities WHERE tenant_id = 'bench' AND search @@ to_tsquery('simple', $1)`, [terms.join(' & ')]);
console.log(ex.rows.map((r: any) => r['QUERY PLAN']).join('\n'));
let captured: [string, unknown[]] | undefined;
const spy = { query: async (sql: string, params?: readonly unknown[]) => { if (sql.includes('UNION ALL') || sql.includes('tiers')) captured = [sql, [...(params ?? [])]]; return db.query(sql, params); }, exec: db.exec };
await searchEntities(spy as any, 'bench', slow);
const plan = await db.query<any>('EXPLAIN (ANALYZE, BUFFERS OFF) ' + captured![0], captured![1]);
console.log(plan.rows.map((r: any) => r['QUERY PLAN']).join('\n'));
