// The `octollm` CLI against the real stack: each command's happy path, its output and exit codes, and
// clear errors for bad input. Commands run in-process through `main()`; one run goes through bin/octollm.js.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { readCliEnv } from '../../cli/cli-env.js';
import { main } from '../../cli/main.js';
import { generatePayloadKey, parsePayloadKeyring } from '../../temporal/codec/keyring.js';
import { bySchema, startFakeLlm, type FakeLlmServer, type FakeReply } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { KEYS, startTestStack, type TestStack } from '../support/test-stack.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const payloadKey = generatePayloadKey('cli-test');
const happy = bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict });
const rejected: FakeReply = { status: 400, body: { error: { message: 'model not found', type: 'invalid_request_error' } } };
let llm: FakeLlmServer;
let stack: TestStack;
let dataDir: string;

before(async () => {
  llm = await startFakeLlm(happy);
  stack = await startTestStack({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${llm.url}/v1`, OCTOLLM_PAYLOAD_KEY: payloadKey });
  dataDir = mkdtempSync(join(tmpdir(), 'octollm-cli-'));
});

after(async () => {
  await stack?.stop();
  await llm?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function octollm(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    env: readCliEnv({ OCTOLLM_URL: stack.url, OCTOLLM_API_KEY: KEYS.acme, OCTOLLM_DATA_DIR: dataDir, TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS, OCTOLLM_PAYLOAD_KEY: payloadKey, ...env }),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('bin/octollm.js runs the CLI: --help exits 0, an unknown command exits 2', async () => {
  const run = promisify(execFile);
  const help = await run(process.execPath, [join(root, 'bin/octollm.js'), '--help'], { cwd: root });
  assert.match(help.stdout, /Usage: octollm <command>/);
  for (const command of ['submit', 'status', 'list', 'cancel', 'approve', 'retry', 'replay', 'keys', 'migrate']) assert.match(help.stdout, new RegExp(`\\n  ${command} `));
  const unknown = await run(process.execPath, [join(root, 'bin/octollm.js'), 'frobnicate'], { cwd: root }).catch((e) => e);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
});

test('every command has --help, and bad input is a usage error (exit 2) that names the problem', async () => {
  for (const command of ['submit', 'status', 'list', 'cancel', 'approve', 'retry', 'replay', 'keys', 'migrate']) {
    const { code, out } = await octollm([command, '--help']);
    assert.equal(code, 0, command);
    assert.match(out, new RegExp(`^Usage: octollm ${command}`), command);
  }
  const cases: [string[], RegExp][] = [
    [['submit'], /missing argument/],
    [['submit', 'x', '--priority', 'urgent'], /invalid priority/],
    [['submit', 'x', '--max-tokens', 'lots'], /--max-tokens must be a whole number/],
    [['submit', 'x', '--frob'], /Unknown option '--frob'/],
    [['status', 'task-123'], /"task-123" is not a task id/],
    [['status'], /missing argument/],
    [['list', '--limit', '500'], /--limit/],
    [['list', '--since', 'yesterday'], /--since/],
    [['approve', 'task-00000000-0000-7000-8000-000000000000'], /missing argument/],
    [['replay'], /either a task id or --file/],
    [['keys', 'create'], /missing tenant/],
    [['keys', 'create', 'bad tenant'], /must be 1-64 letters/],
    [['keys', 'create', 'acme', '--limit', 'huge'], /--limit must be/],
    [['keys', 'create', 'acme', '--pii', 'mask'], /--pii must be one of redact, block, allow/],
    [['keys', 'rotate'], /unknown keys command "rotate"/],
  ];
  for (const [args, message] of cases) {
    const { code, err } = await octollm(args);
    assert.equal(code, 2, `${args.join(' ')}: ${err}`);
    assert.match(err, message, args.join(' '));
  }
});

test('keys create prints an OCTOLLM_API_KEYS entry or a payload key that the config accepts', async () => {
  const api = await octollm(['keys', 'create', 'acme.eu', '--limit', 'free']);
  assert.equal(api.code, 0);
  assert.match(api.out, /^acme\.eu:octo_[A-Za-z0-9_-]{32}:free$/);
  const { loadConfig } = await import('../../config/config.js');
  assert.equal(loadConfig({ OCTOLLM_API_KEYS: api.out }).apiKeys[0]?.tenantId, 'acme.eu');
  assert.equal(loadConfig({ OCTOLLM_API_KEYS: api.out }).apiKeys[0]?.piiPolicy, 'redact');
  // a PII policy follows the limit, written out when not given
  const strict = await octollm(['keys', 'create', 'acme.eu', '--pii', 'block']);
  assert.match(strict.out, /^acme\.eu:octo_[A-Za-z0-9_-]{32}:pro:block$/);
  assert.deepEqual(
    loadConfig({ OCTOLLM_API_KEYS: strict.out }).apiKeys.map((k) => [k.tier, k.piiPolicy]),
    [['pro', 'block']],
  );
  assert.deepEqual(
    loadConfig({ OCTOLLM_API_KEYS: 'a:abcdefghij::allow,b:abcdefghik:free' }).apiKeys.map((k) => [k.tier, k.piiPolicy]),
    [['pro', 'allow'], ['free', 'redact']],
  );
  assert.throws(() => loadConfig({ OCTOLLM_API_KEYS: 'a:abcdefghij:pro:mask' }), /pii policy "mask" for tenant "a" is not one of redact, block, allow/);
  const payload = await octollm(['keys', 'create', '--payload', '--key-id', 'k-test']);
  assert.equal(payload.code, 0);
  assert.equal(parsePayloadKeyring(payload.out).current.id, 'k-test');
});

test('submit --wait shows live progress (status changes, steps done/total) and then the result', async () => {
  llm.respondWith(happy);
  const { code, out, err } = await octollm(['submit', SLUG_TASK.goal, '--criteria', SLUG_TASK.acceptanceCriteria[0]!, '--wait']);
  assert.equal(code, 0, err);
  const taskId = /^(task-[0-9a-f-]{36}) submitted$/m.exec(out)?.[1];
  assert.ok(taskId, out);
  for (const line of [/^status +planning$/m, /^plan +3 steps$/m, /^step +\[0\/3\] s1 · retriever running$/m, /^step +\[3\/3\] s3 · coder completed$/m, /^status +validating$/m, /^end +completed$/m]) {
    assert.match(out, line);
  }
  assert.match(out, new RegExp(`^${taskId} {2}completed$`, 'm'));
  assert.match(out, /combined module|export const slugify/);

  const status = await octollm(['status', taskId, '--json']);
  assert.equal(JSON.parse(status.out).status, 'completed');
  const list = await octollm(['list', '--status', 'completed', '--limit', '5']);
  assert.equal(list.code, 0);
  // Visibility may lag a moment behind; the listing itself must work and be well-formed.
  assert.match(list.out, /^(no tasks|task-)/);
  const missing = await octollm(['status', 'task-00000000-0000-7000-8000-000000000000']);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /task not found \(404 not_found, request /);
  const noKey = await octollm(['status', taskId], { OCTOLLM_API_KEY: undefined });
  assert.equal(noKey.code, 1);
  assert.match(noKey.err, /no API key: set OCTOLLM_API_KEY, or run `npm start` once/);
});

test('approve and cancel: a risky step is approved from the CLI; a waiting task is cancelled', async () => {
  const plan = { rationale: 'one risky step', steps: [{ id: 's1', arm: 'coder', action: 'Write the migration', dependsOn: [], acceptanceCriteria: [], risky: true }] };
  llm.respondWith(bySchema({ plan: { json: plan }, code_result: codeReply }));
  const first = (await octollm(['submit', 'cli approval task'])).out;
  await stack.waitForTask(first, { until: (t) => t.status === 'awaiting_approval' });
  const approved = await octollm(['approve', first, 's1', '--comment', 'looks fine']);
  assert.equal(approved.code, 0, approved.err);
  assert.equal(approved.out, `${first} step s1 approved`);
  assert.equal((await stack.waitForTask(first)).status, 'completed');
  const late = await octollm(['approve', first, 's1']);
  assert.equal(late.code, 1);
  assert.match(late.err, /\(409 \w+, request /);

  const second = (await octollm(['submit', 'cli cancel task'])).out;
  await stack.waitForTask(second, { until: (t) => t.status === 'awaiting_approval' });
  const cancelled = await octollm(['cancel', second]);
  assert.equal(cancelled.code, 0, cancelled.err);
  assert.equal(cancelled.out, `${second} cancelling (was awaiting_approval)`);
  assert.equal((await stack.waitForTask(second)).status, 'cancelled');
});

test('retry --wait: a task the provider rejected completes after a retry; replay checks its histories', async () => {
  llm.respondWith((r) => (r.schemaName === 'code_result' ? rejected : happy(r)));
  const failed = await octollm(['submit', 'cli retry task', '--wait']);
  assert.equal(failed.code, 1);
  assert.match(failed.out, /^end +failed \(llm_request_rejected\)$/m);
  const taskId = /^(task-\S+) submitted$/m.exec(failed.out)![1]!;

  llm.respondWith(happy);
  const retried = await octollm(['retry', taskId, '--wait']);
  assert.equal(retried.code, 0, retried.err);
  assert.match(retried.out, new RegExp(`^${taskId} retrying after llm_request_rejected: new run [0-9a-f-]{36}`, 'm'));
  assert.match(retried.out, /^end +completed$/m);
  const again = await octollm(['retry', taskId]);
  assert.equal(again.code, 1);
  assert.match(again.err, /already completed; .*\(409 task_completed/);

  // Replay from Temporal (latest run = the reset one) and from a file of the failed first run.
  const replayed = await octollm(['replay', taskId]);
  assert.equal(replayed.code, 0, replayed.err || replayed.out);
  assert.match(replayed.out, new RegExp(`^OK {2}${taskId}: \\d+ events replay`));
  const runs = [];
  for await (const run of stack.client.workflow.list({ query: `WorkflowId = '${taskId}'` })) runs.push(run);
  const firstRun = runs.find((r) => r.status.name === 'FAILED')!;
  const file = join(dataDir, 'failed-run.json');
  writeFileSync(file, historyToJSON(await stack.client.workflow.getHandle(taskId, firstRun.runId).fetchHistory()));
  const fromFile = await octollm(['replay', '--file', file]);
  assert.equal(fromFile.code, 0, fromFile.err || fromFile.out);
  assert.match(fromFile.out, /^OK {2}/);

  // A history whose commands no longer match: report NONDETERMINISM with the diverging event, exit 1.
  const history = JSON.parse(readFileSync(file, 'utf8'));
  const scheduled = history.events.find((e: any) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'planTask');
  scheduled.activityTaskScheduledEventAttributes.activityType.name = 'judgeResult';
  writeFileSync(file, JSON.stringify(history));
  const broken = await octollm(['replay', '--file', file]);
  assert.equal(broken.code, 1);
  assert.match(broken.out, /^NONDETERMINISM {2}/);
  assert.match(broken.out, new RegExp(`diverges at event ${scheduled.eventId}: ActivityTaskScheduled \\(judgeResult\\)`));

  const wrongKey = await octollm(['replay', taskId], { OCTOLLM_PAYLOAD_KEY: undefined });
  assert.equal(wrongKey.code, 1);
  assert.match(wrongKey.err, /OCTOLLM_PAYLOAD_KEY is not set/);
});

test('migrate applies the SQL migrations to the embedded database once', async () => {
  const first = await octollm(['migrate'], { DATABASE_URL: undefined });
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /^applied migrations \d+(, \d+)* to .*pglite$/);
  const second = await octollm(['migrate'], { DATABASE_URL: undefined });
  assert.match(second.out, /is up to date$/);
});

test('keys create --store keeps a hashed key in the database that verifies to its tenant', async () => {
  const created = await octollm(['keys', 'create', 'umbrella', '--store', '--limit', 'enterprise', '--pii', 'allow'], { DATABASE_URL: undefined });
  assert.equal(created.code, 0, created.err);
  const key = created.out.trim();
  assert.match(key, /^octo_[A-Za-z0-9_-]{40,}$/);
  const { openSqlDb } = await import('../../stores/sql/open-sql-db.js');
  const { verifyApiKey } = await import('../../stores/repositories/api-keys.js');
  const db = await openSqlDb({ dataDir });
  try {
    assert.deepEqual(await verifyApiKey(db, key).then((v) => v && { tenantId: v.tenantId, tier: v.tier, piiPolicy: v.piiPolicy }), {
      tenantId: 'umbrella',
      tier: 'enterprise',
      piiPolicy: 'allow',
    });
    const stored = JSON.stringify((await db.query('SELECT * FROM api_keys')).rows);
    assert.ok(!stored.includes(key), 'only the hash of the key is stored');
  } finally {
    await db.close();
  }
});
