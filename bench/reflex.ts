// Reflex benchmarks (issue 3): run with `npm run bench:reflex`.
//   1. in-process cost of the whole scan (PII + injection + redaction + metrics) on 4 KB prompts
//   2. HTTP load on POST /v1/reflex/check vs a bare Fastify route echoing the same JSON body, same
//      concurrency (autocannon, 127.0.0.1), small and 4 KB bodies, against a calibration route (the echo plus a
//      fixed busy loop: what any route spending that much more CPU inline per request reaches here) and three
//      servers: a bare route calling scan() inline in each request, the route behind the gateway's own auth
//      (API-key hash lookup), rate-limit and error-envelope plugins (its scans batched per event-loop turn,
//      gateway/reflex/scan-batch.ts), and the whole gateway app (buildApp: also request ids, Prometheus HTTP
//      metrics, OpenAPI)
//   3. the PII corpus through redact-pii and openredaction: span-level F1 and speed side by side
//   4. the pooled blind injection corpora through llm_guardrail and vard: TPR, FPR and speed side by side
// The HTTP servers run in child processes (this file with --serve) so autocannon does not share their core.
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { Registry } from 'prom-client';
import { parseScriptArgs } from '../cli/args.js';
import { PII_TYPES, type PiiType } from '../contracts/reflex.js';
import { buildApp } from '../gateway/app.js';
import auth from '../gateway/plugins/auth.js';
import errorEnvelope from '../gateway/plugins/error-envelope.js';
import rateLimit from '../gateway/plugins/rate-limit.js';
import { createReflex } from '../gateway/reflex/index.js';
import { findPii } from '../gateway/reflex/pii/registry.js';
import { scan } from '../gateway/reflex/scan.js';
import reflexCheckRoutes from '../gateway/routes/reflex-check.js';
import { detectInjection, INJECTION_BLOCK_THRESHOLD, INJECTION_FLAG_THRESHOLD } from '../gateway/reflex/injection/detect.js';
import { FRESH_INJECTION, piiTable, scorePii, prf } from '../scripts/eval-reflex.js';
import { readJsonl, type InjectionCase, type PiiCase } from '../scripts/reflex-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '../test/fixtures/reflex');
const SILENT = { warn() {}, info() {}, error() {} };
const HTTP_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** Rounds per body; each round runs bare, bare+scan, reflex and gateway back to back, and the median round is shown. */
const HTTP_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const API_KEY = 'bench-key-0123456789';
/** Which parts to run, e.g. BENCH_PARTS=2 for HTTP only; default all four. */
const PARTS = new Set((process.env.BENCH_PARTS ?? '1,2,3,4').split(','));
/** Set (e.g. redis://127.0.0.1:6379): part 2 also runs the reflex route with its rate limiter in Redis. */
const REDIS_URL = process.env.BENCH_REDIS_URL;
/**
 * CPU the calibration route burns per request on top of the echo, in µs (about what the scan costs a plain body).
 * With client and server on one small machine a route's throughput falls faster than its CPU rises (the kernel's
 * loopback work and wake-ups grow once the server, not the client, is the bottleneck), so this row shows what ratio
 * to bare any route of that cost can reach on this machine.
 */
const BUSY_US = Number(process.env.BENCH_BUSY_US ?? 30);

/** A realistic request body: a ~600-byte prompt with a little PII and trigger words. */
const HTTP_TEXT =
  'Please review the attached incident summary and draft a reply to the customer. They wrote from jane.doe@example.com and ' +
  'asked us to call back on (415) 555-2671. Ignore build files in the diff; the regression is in the retry logic of the ' +
  'payment client, which should override the default timeout of 5 seconds. Summarise the root cause in three bullet points, ' +
  'propose a fix with a unit test, and keep the tone friendly. The system prompt loading change from last week is unrelated.';

/** A ~500-byte prompt without PII or trigger words. */
const PLAIN_TEXT =
  'Write a short design note for the export service. It reads orders from the warehouse, groups them by customer and month, ' +
  'and writes one CSV per customer to object storage. Cover batching, retries with backoff, idempotent file names, how we ' +
  'test it with a local bucket, and what metrics we expose. Keep it under one page, use headings, and end with open questions ' +
  'for the data team about late-arriving orders and time zones.';

// ---------------------------------------------------------------- servers (child processes)
type ServerKind = 'bare' | 'bare-busy' | 'bare-scan' | 'reflex' | 'reflex-redis' | 'gateway';

async function serve(kind: ServerKind): Promise<void> {
  const registry = new Registry();
  const apiKeys = [{ tenantId: 'bench', key: API_KEY, ratePerMinute: 1e9, tier: 'bench', piiPolicy: 'redact' as const }];
  let app;
  if (kind === 'gateway') {
    // the whole gateway app; Temporal is never called on this route, and the in-process limiter
    // stands in for Redis (embedded mode)
    const reflex = await createReflex({ registry, logger: SILENT });
    app = await buildApp({ client: {} as Client, namespace: 'bench', reflex, registry, apiKeys, maxBodyBytes: 1 << 20, approvalTimeoutSeconds: 60 });
  } else if (kind === 'reflex' || kind === 'reflex-redis') {
    // the route behind the gateway's own auth, rate-limit and error-envelope plugins (the hooks the reflex
    // layer needs); reflex-redis keeps the rate limiter in Redis (one EVALSHA per request, auto-pipelined)
    const reflex = await createReflex({ registry, logger: SILENT, redisUrl: kind === 'reflex-redis' ? REDIS_URL : undefined });
    app = Fastify({ logger: false, bodyLimit: 1 << 20 });
    app.decorate('reflex', reflex);
    await app.register(errorEnvelope);
    await app.register(auth, { apiKeys });
    await app.register(rateLimit);
    await app.register(reflexCheckRoutes);
  } else if (kind === 'bare-scan') {
    // no plugins, hooks or metrics: Fastify's own JSON serializer writes the scan's result
    app = Fastify({ logger: false, bodyLimit: 1 << 20 });
    app.post('/scan', async (request) => scan((request.body as { text: string }).text, 'redact'));
  } else if (kind === 'bare-busy') {
    app = Fastify({ logger: false });
    app.post('/echo', async (request) => {
      const until = performance.now() + BUSY_US / 1000;
      while (performance.now() < until); // busy on purpose: CPU, not waiting
      return request.body;
    });
  } else {
    app = Fastify({ logger: false });
    app.post('/echo', async (request) => request.body);
  }
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  // CPU per request is the noise-proof number on a shared machine: the parent asks before and after a run
  process.on('message', () => process.send?.({ cpu: process.cpuUsage() }));
  process.send?.({ address });
}

interface Server {
  child: ChildProcess;
  address: string;
  /** The server process's CPU time so far, in µs. */
  cpu(): Promise<NodeJS.CpuUsage>;
}

function startServer(kind: ServerKind): Promise<Server> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const cpu = (): Promise<NodeJS.CpuUsage> =>
    new Promise((resolve) => {
      child.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve(m.cpu));
      child.send('cpu');
    });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { address: string }) => resolve({ child, address: m.address, cpu }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

async function load(url: string, body: string, seconds = HTTP_SECONDS): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
  });
}

// ---------------------------------------------------------------- helpers
function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Technical prose with no PII and no trigger words: the bulk of a real 4 KB prompt. */
const PROSE = [
  'We are migrating the billing service from a monolith to three smaller services. The invoice generator runs nightly and writes PDFs to object storage; the payment reconciler reads the bank statements and matches them against open invoices.',
  'Here is the function that fails intermittently:\n\nasync function fetchWithRetry(url, attempts = 3) {\n  for (let i = 0; i < attempts; i++) {\n    try { return await fetch(url, { signal: AbortSignal.timeout(5000) }); }\n    catch (err) { if (i === attempts - 1) throw err; await sleep(2 ** i * 100); }\n  }\n}\n',
  'The dashboard shows p95 latency climbing from 120 ms to 900 ms between 14:00 and 15:30 UTC on Tuesday, while CPU stays under 40 percent. Database connections are capped at 50 per pod and we run 6 pods.',
  'Please write a migration plan with milestones, risks and a rollback strategy. Keep each milestone under two weeks and list the teams that must sign off. Assume we cannot take more than ten minutes of downtime.',
  'Acceptance criteria: the export contains one row per order, amounts are rounded to two decimals, timestamps are in ISO 8601 with time zone, and the file is under 50 MB for a month of data.',
  'Our style guide prefers small pure functions, descriptive names, early returns, and tests next to the code. Avoid default exports in libraries and keep side effects at the edges of the system.',
  'The customer reports that after upgrading to version 4.2 the mobile app logs them out every few minutes. Tokens are refreshed by a background job that should run five minutes before expiry.',
  'Summarise the discussion below in five bullet points for the weekly update, highlighting decisions, open questions, and owners for each follow-up item.',
];

/**
 * "typical": one benign prompt full of trigger words + one text with PII (from the corpora) + prose, cut at 4 KB.
 * "dense": nothing but corpus texts (attacks, trigger-word prompts, PII) — a worst case for the checks.
 */
function prompts4k(count: number, kind: 'typical' | 'dense'): string[] {
  const injection = readJsonl<InjectionCase>(join(FIXTURES, 'injection.jsonl'));
  const pii = readJsonl<PiiCase>(join(FIXTURES, 'pii.jsonl'));
  const benign = injection.filter((c) => c.label === 'benign').map((c) => c.text);
  const withPii = pii.filter((c) => c.entities.length > 0).map((c) => c.text);
  const all = [...pii.map((c) => c.text), ...injection.map((c) => c.text)];
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let p = '';
    if (kind === 'typical') {
      p = `${benign[(n * 31) % benign.length]}\n${withPii[(n * 17) % withPii.length]}\n`;
      for (let k = n; p.length < 4096; k++) p += PROSE[k % PROSE.length] + '\n\n';
    } else {
      for (let k = n * 7919; p.length < 4096; k += 13) p += all[k % all.length] + '\n';
    }
    // as the gateway gets it: a flat string fresh from JSON.parse (a slice of a concatenation reads slower)
    out.push(JSON.parse(JSON.stringify(p.slice(0, 4096))) as string);
  }
  return out;
}

// ---------------------------------------------------------------- competitors
type Detect = (text: string) => { type: string; start: number; end: number }[];

/** redact-pii only returns redacted text: recover spans by aligning the text between placeholders. */
async function redactPiiDetector(): Promise<Detect> {
  const { SyncRedactor } = await import('redact-pii');
  const redactor = new SyncRedactor();
  const TYPES: Record<string, PiiType> = {
    EMAIL_ADDRESS: 'EMAIL',
    PHONE_NUMBER: 'PHONE',
    CREDIT_CARD_NUMBER: 'CREDIT_CARD',
    US_SOCIAL_SECURITY_NUMBER: 'SSN',
    IP_ADDRESS: 'IP_ADDRESS',
    CREDENTIALS: 'SECRET',
    PASSWORD: 'SECRET',
  };
  const placeholder = /[A-Z][A-Z_]{2,}[A-Z]/g;
  const known = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD_NUMBER', 'US_SOCIAL_SECURITY_NUMBER', 'IP_ADDRESS', 'CREDENTIALS', 'PASSWORD', 'PERSON_NAME', 'DIGITS', 'URL', 'ZIPCODE', 'STREET_ADDRESS', 'USERNAME']);
  return (text) => {
    const red = redactor.redact(text);
    const out: { type: string; start: number; end: number }[] = [];
    let ri = 0;
    let oi = 0;
    let m: RegExpExecArray | null;
    placeholder.lastIndex = 0;
    const marks: { at: number; name: string }[] = [];
    while ((m = placeholder.exec(red)) !== null) if (known.has(m[0]) && !text.includes(m[0])) marks.push({ at: m.index, name: m[0] });
    for (let k = 0; k < marks.length; k++) {
      const mk = marks[k]!;
      const literal = red.slice(ri, mk.at);
      oi = text.indexOf(literal, oi) + literal.length;
      const afterStart = mk.at + mk.name.length;
      const nextAt = k + 1 < marks.length ? marks[k + 1]!.at : red.length;
      const following = red.slice(afterStart, Math.min(nextAt, afterStart + 12));
      const end = following ? text.indexOf(following, oi) : text.length;
      if (end < oi) break;
      const type = TYPES[mk.name];
      if (type) out.push({ type, start: oi, end });
      oi = end;
      ri = afterStart;
    }
    return out;
  };
}

async function openRedactionDetector(): Promise<(text: string) => Promise<{ type: string; start: number; end: number }[]>> {
  const { OpenRedaction } = await import('openredaction');
  const detector = new OpenRedaction({});
  const toType = (t: string): string => {
    if (t === 'EMAIL' || t.startsWith('EMAIL')) return 'EMAIL';
    if (t.includes('PHONE')) return 'PHONE';
    if (t.includes('CREDIT_CARD')) return 'CREDIT_CARD';
    if (t === 'SSN' || t.includes('SOCIAL_SECURITY')) return 'SSN';
    if (t.includes('IBAN')) return 'IBAN';
    if (t.startsWith('IP') || t.includes('IPV')) return 'IP_ADDRESS';
    if (/KEY|TOKEN|SECRET|PASSWORD|JWT|PRIVATE|CREDENTIAL/.test(t)) return 'SECRET';
    return t;
  };
  return async (text) => {
    const res = (await detector.detect(text)) as { detections?: { type: string; position: [number, number] }[] };
    return (res.detections ?? []).map((d) => ({ type: toType(d.type), start: d.position[0], end: d.position[1] }));
  };
}

// ---------------------------------------------------------------- main
async function main(): Promise<void> {
  console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} CPUs (${(await import('node:os')).cpus()[0]?.model ?? '?'})\n`);

  if (PARTS.has('1')) await inProcess();
  if (PARTS.has('2')) await http();
  if (PARTS.has('3')) await piiLibraries();
  if (PARTS.has('4')) await injectionLibraries();
}

async function inProcess(): Promise<void> {
  const reflex = await createReflex({ registry: new Registry(), logger: SILENT });
  console.log('1) in-process: reflex.scan() on 4 KB prompts (PII + injection + redaction + metrics), 20 000 calls each');
  for (const kind of ['typical', 'dense'] as const) {
    const prompts = prompts4k(200, kind);
    for (let i = 0; i < 3000; i++) reflex.scan(prompts[i % prompts.length]!, 'redact'); // warm-up (JIT)
    const times: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const p = prompts[i % prompts.length]!;
      const t0 = performance.now();
      reflex.scan(p, 'redact');
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`   ${kind.padEnd(8)} median ${quantile(times, 0.5).toFixed(4)} ms   p99 ${quantile(times, 0.99).toFixed(4)} ms   max ${times[times.length - 1]!.toFixed(3)} ms`);
  }
  console.log('   (targets: median <= 0.2 ms, p99 <= 1 ms; "typical" = a trigger-word prompt + a PII text + prose, "dense" = corpus texts only)\n');
  await reflex.close();
}

async function http(): Promise<void> {
  console.log(`2) HTTP on 127.0.0.1: autocannon, ${CONNECTIONS} connections, pipelining 1; per body ${HTTP_ROUNDS} rounds of ${HTTP_SECONDS} s runs`);
  console.log('   (bare, bare+busy, bare+scan, reflex, gateway back to back, after a 2 s warm-up each); the median round by req/s is shown, with the');
  console.log('   server process\'s CPU time per request (user + system, including socket writes) — the number noise moves least.');
  console.log('   sys is the kernel\'s side of the one read and one writev per request (loopback TCP, waking the client): it moves');
  console.log('   from run to run with how the server and autocannon share the cores, so compare user first.');
  console.log('   client = autocannon\'s CPU per request in this process (the same for every route); near 1 core it, not the');
  console.log('   server, limits the run — the bare route is then bounded by the load generator as much as by Fastify.');
  console.log(`   bare+busy = the echo plus a ${BUSY_US} µs busy loop inline: what a route spending that much more CPU per request reaches here`);
  console.log('   bare+scan = a bare route calling scan() inline in each request: no batching, auth, rate limit, request id, metrics or schema');
  console.log('   reflex  = the route behind the gateway plugins it needs: auth (SHA-256 key lookup), rate limiter, error envelope;');
  console.log('             it scans the requests of one event-loop turn back to back (gateway/reflex/scan-batch.ts)');
  console.log('   gateway = the whole app (buildApp): the above plus request ids, Prometheus HTTP metrics, OpenAPI');
  if (REDIS_URL) console.log(`   reflex+redis = reflex with the rate limiter in Redis at ${REDIS_URL.replace(/\/\/[^@/]*@/, '//')}`);
  const bodies: [string, string][] = [
    ['plain prompt', PLAIN_TEXT],
    ['prompt with PII + trigger words', HTTP_TEXT],
    ['4 KB typical prompt', prompts4k(1, 'typical')[0]!],
  ];
  const servers = [
    { name: 'bare Fastify POST /echo', path: '/echo', ...(await startServer('bare')) },
    { name: `bare+busy ${BUSY_US} µs POST /echo`, path: '/echo', ...(await startServer('bare-busy')) },
    { name: 'bare+scan POST /scan', path: '/scan', ...(await startServer('bare-scan')) },
    { name: 'reflex POST /v1/reflex/check', path: '/v1/reflex/check', ...(await startServer('reflex')) },
    ...(REDIS_URL ? [{ name: 'reflex+redis POST /v1/reflex/check', path: '/v1/reflex/check', ...(await startServer('reflex-redis')) }] : []),
    { name: 'gateway POST /v1/reflex/check', path: '/v1/reflex/check', ...(await startServer('gateway')) },
  ];
  for (const [label, text] of bodies) {
    const body = JSON.stringify({ text });
    for (const server of servers) await load(`${server.address}${server.path}`, body, 2);
    const runs = servers.map(() => [] as { result: autocannon.Result; user: number; sys: number; client: number }[]);
    for (let round = 0; round < HTTP_ROUNDS; round++) {
      for (const [k, server] of servers.entries()) {
        const before = await server.cpu();
        const clientBefore = process.cpuUsage();
        const result = await load(`${server.address}${server.path}`, body);
        const client = process.cpuUsage(clientBefore);
        const after = await server.cpu();
        const n = Math.max(1, result.requests.total);
        runs[k]!.push({ result, user: (after.user - before.user) / n, sys: (after.system - before.system) / n, client: (client.user + client.system) / n });
      }
    }
    const median = <T>(xs: T[], by: (x: T) => number): T => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)]!;
    const bare = median(runs[0]!, (r) => r.result.requests.average);
    console.log(`   body: ${label} (${body.length} bytes)`);
    for (const [k, server] of servers.entries()) {
      const { result: r, user, sys, client } = median(runs[k]!, (x) => x.result.requests.average);
      // the load generator's own CPU in cores: near 1, it (not the server) bounds the run
      const clientCores = (client * r.requests.total) / (HTTP_SECONDS * 1e6);
      const ratio = k === 0 ? '' : `   ${(r.requests.average / bare.result.requests.average).toFixed(2)}x bare`;
      console.log(
        `   ${server.name.padEnd(31)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(2)} ms   p90 ${String(r.latency.p90).padStart(2)} ms   p97.5 ${String(r.latency.p97_5).padStart(2)} ms   p99 ${String(r.latency.p99).padStart(2)} ms   server CPU ${(user + sys).toFixed(1).padStart(5)} µs/req (user ${user.toFixed(1).padStart(5)} + sys ${sys.toFixed(1).padStart(4)})   client ${client.toFixed(1).padStart(4)} µs/req = ${clientCores.toFixed(2)} core   non-2xx ${r.non2xx}${ratio}`,
      );
    }
    const all = runs.map((rs) => rs.map((x) => x.result.requests.average.toFixed(0)).join('/'));
    console.log(`   (req/s of every round — ${servers.map((s, k) => `${s.name.split(' ')[0]} ${all[k]}`).join(', ')})`);
  }
  for (const server of servers) server.child.kill();
  // autocannon reports p90 and p97.5, not p95; p97.5 is an upper bound for p95
  console.log('   (targets: >= 10 000 req/s, >= 0.6x bare, p95 < 10 ms — p95 <= the p97.5 shown)\n');
}

async function piiLibraries(): Promise<void> {
  const cases = readJsonl<PiiCase>(join(FIXTURES, 'pii.jsonl'));
  console.log(`3) PII corpus (${cases.length} texts, ${cases.reduce((n, c) => n + c.entities.length, 0)} entities) — span-level F1 per type and speed`);
  const libs: { name: string; detect: (t: string) => Promise<{ type: string; start: number; end: number }[]> | { type: string; start: number; end: number }[] }[] = [
    { name: 'octollm reflex', detect: (t) => findPii(t) },
    { name: 'redact-pii 3.4', detect: await redactPiiDetector() },
    { name: 'openredaction 1.1', detect: await openRedactionDetector() },
  ];
  const summary: string[] = [];
  for (const lib of libs) {
    const found = new Map<string, { type: string; start: number; end: number }[]>();
    for (const c of cases.slice(0, 20)) await lib.detect(c.text); // warm-up
    const t0 = performance.now();
    for (const c of cases) found.set(c.text, await lib.detect(c.text));
    const ms = performance.now() - t0;
    const { scores } = scorePii(cases, (t) => found.get(t) ?? []);
    console.log(`\n   ${lib.name}: ${(ms / cases.length).toFixed(4)} ms per text (${ms.toFixed(0)} ms total)`);
    for (const line of piiTable(scores)) console.log('     ' + line);
    const f1s = PII_TYPES.map((t) => prf(scores.get(t) ?? { tp: 0, fp: 0, fn: 0 }).f1.toFixed(2));
    summary.push(`   ${lib.name.padEnd(18)} ${f1s.map((f) => f.padStart(6)).join(' ')}   ${(ms / cases.length).toFixed(4).padStart(8)} ms/text`);
  }
  console.log(`\n   F1 side by side     ${PII_TYPES.map((t) => t.slice(0, 6).padStart(6)).join(' ')}   speed`);
  for (const s of summary) console.log(s);
}

/**
 * Popular npm prompt-injection detectors at their defaults on the blind corpora none of them (nor ours) was fitted to:
 * llm_guardrail (TF-IDF + logistic regression, bundled weights) and vard (rules; throws on a detection).
 */
async function injectionLibraries(): Promise<void> {
  const cases = FRESH_INJECTION.flatMap((f) => readJsonl<InjectionCase>(join(FIXTURES, `${f}-injection.jsonl`)));
  const attacks = cases.filter((c) => c.label === 'attack').length;
  console.log(`\n4) injection: ${FRESH_INJECTION[0]}–${FRESH_INJECTION.at(-1)!.slice('heldout'.length)} pooled (${attacks} attacks, ${cases.length - attacks} benign; blind, never trained or tuned on) — each detector at its defaults`);
  const { checkInjection } = await import('llm_guardrail');
  const vard = (await import('@andersmyrmel/vard')).default;
  // each detector scores every text once; a row per bar it is read at (ours: flag and block; the others: their verdict)
  const detectors: { name: string; bars: [string, number][]; score: (t: string) => number | Promise<number> }[] = [
    { name: 'octollm', bars: [['flag', INJECTION_FLAG_THRESHOLD], ['block', INJECTION_BLOCK_THRESHOLD]], score: (t) => detectInjection(t).score },
    { name: 'llm_guardrail 2.1', bars: [['', 1]], score: async (t) => ((await checkInjection(t)).detected ? 1 : 0) },
    {
      name: 'vard 1.2',
      bars: [['', 1]],
      score: (t) => {
        try {
          vard(t);
          return 0;
        } catch {
          return 1; // vard throws on a detection
        }
      },
    },
  ];
  for (const d of detectors) {
    for (const c of cases.slice(0, 200)) await d.score(c.text); // warm-up (JIT)
    const scores: number[] = [];
    const t0 = performance.now();
    for (const c of cases) scores.push(await d.score(c.text));
    const ms = (performance.now() - t0) / cases.length;
    for (const [bar, at] of d.bars) {
      const hits = (label: string): number => cases.filter((c, i) => c.label === label && scores[i]! >= at).length;
      const name = bar ? `${d.name} ${bar}` : d.name;
      console.log(`   ${name.padEnd(18)} TPR ${(hits('attack') / attacks).toFixed(3)}   FPR ${(hits('benign') / (cases.length - attacks)).toFixed(3)}   ${ms.toFixed(4).padStart(8)} ms/text`);
    }
  }
  console.log('   (target: TPR >= 0.90 at FPR <= 0.03)');
}

const USAGE = `Usage: npm run bench:reflex   (settings in the environment; about 3 minutes with all parts)

Prints (1) the in-process cost of the reflex scan on 4 KB prompts, (2) HTTP load on POST /v1/reflex/check against a
bare Fastify echo route in the same run, (3) the PII corpus through redact-pii and openredaction, side by side, (4) the
blind injection corpora through llm_guardrail and vard, side by side.

Environment:
  BENCH_PARTS        which parts, e.g. 2 or 1,3 (default 1,2,3,4)
  BENCH_SECONDS      seconds per HTTP measurement (default 3)
  BENCH_ROUNDS       HTTP rounds per body; the median round is shown (default 3)
  BENCH_CONNECTIONS  concurrent HTTP connections (default 64)
  BENCH_BUSY_US      CPU µs the calibration route burns per request on top of the echo (default 30)
  BENCH_REDIS_URL    also run the reflex route with its rate limiter in this Redis (default: not run)
Options:
  -h, --help`;

// --serve KIND: the HTTP server of one row of part 2, in a child process this file forks
if (process.argv[2] === '--serve') {
  await serve((['bare', 'bare-busy', 'bare-scan', 'reflex', 'reflex-redis', 'gateway'] as const).find((k) => k === process.argv[3]) ?? 'bare');
} else {
  parseScriptArgs({}, USAGE, () => undefined);
  await main();
}
