// The stack on the real services of this machine: PostgreSQL (history, memory, API keys) and Redis (cache, limits).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { msToNumber, tsToMs } from '@temporalio/common/lib/time.js';
import pg from 'pg';
import { MEMORY_WRITE_DELAY } from '../../activities/memory/memory-hand-off.js';
import { rememberWorkflowId } from '../../contracts/names.js';
import { createPgDb } from '../../stores/sql/pg-db.js';
import { createApiKey } from '../../stores/repositories/api-keys.js';
import { bySchema, startFakeLlm, type FakeLlmServer } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const ADMIN_URL = process.env.OCTOLLM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.OCTOLLM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `octollm_e2e_${randomBytes(4).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
})();

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let llm: FakeLlmServer;
let stack: TestStack;
let db: pg.Pool;

before(async () => {
  await admin(`CREATE DATABASE ${database}`);
  db = new pg.Pool({ connectionString: databaseUrl });
  llm = await startFakeLlm(bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }));
  stack = await startTestStack({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${llm.url}/v1`, DATABASE_URL: databaseUrl, REDIS_URL });
});

after(async () => {
  await stack?.stop();
  await llm?.close();
  await db?.end();
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

const uniqueTask = () => ({ ...SLUG_TASK, goal: `${SLUG_TASK.goal} — run ${randomBytes(4).toString('hex')}` });

test('readiness reports PostgreSQL and Redis up (not embedded)', async () => {
  const ready = await stack.api('GET', '/readyz', { key: null });
  assert.equal(ready.status, 200, JSON.stringify(ready.body));
  assert.equal(ready.body.dependencies.postgres.mode, 'up');
  assert.equal(ready.body.dependencies.redis.mode, 'up');
});

test('a finished task is kept in PostgreSQL with its steps and provenance, PII redacted', async () => {
  const task = { ...uniqueTask(), constraints: ['mail the result to dana@example.com'] };
  const submitted = await stack.api('POST', '/v1/tasks', { body: task });
  const done = await stack.waitForTask(submitted.body.taskId);
  assert.equal(done.status, 'completed');
  await stack.waitForMemory(done.taskId);
  // The write began a moment after the hand-off, so it did not compete with the task's last workflow task.
  const [started] = (await stack.client.workflow.getHandle(rememberWorkflowId(done.taskId)).fetchHistory()).events ?? [];
  assert.equal(tsToMs(started?.workflowExecutionStartedEventAttributes?.firstWorkflowTaskBackoff), msToNumber(MEMORY_WRITE_DELAY));
  const row = (await db.query('SELECT * FROM tasks WHERE id = $1', [done.taskId])).rows[0];
  assert.ok(row, 'the task row was written');
  assert.equal(row.tenant_id, 'acme');
  assert.equal(row.status, 'completed');
  assert.equal(row.plan.steps.length, 3);
  const steps = (await db.query('SELECT step_id, status FROM task_steps WHERE task_id = $1 ORDER BY step_id', [done.taskId])).rows;
  assert.deepEqual(steps.map((s) => [s.step_id, s.status]), [['s1', 'completed'], ['s2', 'completed'], ['s3', 'completed']]);
  const all = JSON.stringify((await db.query('SELECT t.*, (SELECT json_agg(s) FROM task_steps s WHERE s.task_id = t.id) AS steps FROM tasks t WHERE t.id = $1', [done.taskId])).rows);
  assert.ok(!all.includes('dana@example.com'), 'no PII in the stored history');
});

test('an identical task is answered from the Redis cache with 200 and starts no workflow', async () => {
  const task = uniqueTask();
  const first = await stack.api('POST', '/v1/tasks', { body: task });
  await stack.waitForTask(first.body.taskId);
  const plansBefore = llm.requests.filter((r) => r.schemaName === 'plan').length;
  const again = await stack.api('POST', '/v1/tasks', { body: task });
  assert.equal(again.status, 200);
  assert.equal(again.body.cacheHit, true);
  assert.equal(again.body.taskId, first.body.taskId);
  assert.match(again.body.result.output, /combined module/);
  assert.equal(llm.requests.filter((r) => r.schemaName === 'plan').length, plansBefore, 'no new planning happened');
});

test('the planner is offered the plan of a similar past task', async () => {
  // Unique per run: Redis outlives the run, and an identical earlier task would be a cache hit.
  const run = randomBytes(4).toString('hex');
  const first = await stack.api('POST', '/v1/tasks', { body: { goal: `Summarise the quarterly sales report for the Berlin office (${run})` } });
  await stack.waitForTask(first.body.taskId);
  await stack.waitForMemory(first.body.taskId);
  const second = await stack.api('POST', '/v1/tasks', { body: { goal: `Summarise the quarterly sales report for the Munich office (${run})` } });
  await stack.waitForTask(second.body.taskId);
  const planRequest = llm.requests.filter((r) => r.schemaName === 'plan' && r.prompt.includes('Munich')).at(-1)!;
  assert.match(planRequest.prompt, /Plans that worked for similar past tasks/);
  assert.match(planRequest.prompt, /Berlin office/);
});

test('an API key kept in PostgreSQL authenticates its tenant', async () => {
  const store = createPgDb({ connectionString: databaseUrl });
  const created = await createApiKey(store, 'initech', { tier: 'free' });
  await store.close();
  const arms = await stack.api('GET', '/v1/arms', { key: created.key });
  assert.equal(arms.status, 200);
  assert.equal(arms.headers.get('x-ratelimit-limit'), '60');
  const theirs = await stack.api('GET', '/v1/tasks', { key: created.key });
  assert.equal(theirs.status, 200);
  assert.deepEqual(theirs.body.items, [], "a new tenant sees none of acme's tasks");
});
