// The HTTP contract of SPEC §3 around tasks: auth, tenants, validation, sizes, the error envelope.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bySchema } from '../support/fake-llm.js';
import { codeReply, passVerdict, THREE_STEP_PLAN } from '../support/scripts.js';
import { KEYS, useOpenAiStack } from '../support/test-stack.js';

const ctx = useOpenAiStack(bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }), { OCTOLLM_MAX_BODY_BYTES: '65536' });

function assertEnvelope(body: any, code: string): void {
  assert.equal(body.error.code, code, JSON.stringify(body));
  assert.equal(typeof body.error.message, 'string');
  assert.equal(typeof body.requestId, 'string');
}

test('no API key → 401; an unknown key → 401; X-API-Key works too', async () => {
  const missing = await ctx.stack.api('POST', '/v1/tasks', { key: null, body: { goal: 'x' } });
  assert.equal(missing.status, 401);
  assertEnvelope(missing.body, 'unauthorized');
  assert.equal(missing.headers.get('x-request-id'), missing.body.requestId);

  const unknown = await ctx.stack.api('GET', '/v1/tasks/task-00000000-0000-7000-8000-000000000000', { key: 'not-a-real-key-123' });
  assert.equal(unknown.status, 401);

  const viaHeader = await ctx.stack.api('GET', '/v1/arms', { key: null, headers: { 'x-api-key': KEYS.acme } });
  assert.equal(viaHeader.status, 200);
});

test("another tenant's task is a 404, indistinguishable from a missing one", async () => {
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal: 'acme private task' } });
  assert.equal(submitted.status, 202);
  const theirs = await ctx.stack.api('GET', `/v1/tasks/${submitted.body.taskId}`, { key: KEYS.globex });
  const missing = await ctx.stack.api('GET', '/v1/tasks/task-00000000-0000-7000-8000-000000000000', { key: KEYS.globex });
  assert.equal(theirs.status, 404);
  assert.equal(missing.status, 404);
  assert.deepEqual(theirs.body.error, missing.body.error);
  const cancel = await ctx.stack.api('POST', `/v1/tasks/${submitted.body.taskId}/cancel`, { key: KEYS.globex });
  assert.equal(cancel.status, 404);
  const mine = await ctx.stack.api('GET', `/v1/tasks/${submitted.body.taskId}`);
  assert.equal(mine.status, 200);
  await ctx.stack.waitForTask(submitted.body.taskId);
});

test('invalid bodies → 400 naming the field', async () => {
  const cases: [unknown, RegExp][] = [
    [{}, /goal/],
    [{ goal: '' }, /goal/],
    [{ goal: 'x'.repeat(10_001) }, /goal/],
    [{ goal: 'ok', priority: 'urgent' }, /priority/],
    [{ goal: 'ok', budget: { maxTokens: 0 } }, /budget\.maxTokens/],
    [{ goal: 'ok', constraints: Array(21).fill('c') }, /constraints/],
    [{ goal: 'ok', surprise: true }, /surprise|unrecognized/i],
    [{ goal: 'ok', context: JSON.parse(`${'{"k":'.repeat(40)}1${'}'.repeat(40)}`) }, /context.*nest deeper than 32/],
  ];
  for (const [body, field] of cases) {
    const response = await ctx.stack.api('POST', '/v1/tasks', { body });
    assert.equal(response.status, 400, JSON.stringify(body));
    assertEnvelope(response.body, 'invalid_request');
    assert.match(response.body.error.message + JSON.stringify(response.body.error.details), field);
  }
  const notJson = await ctx.stack.api('POST', '/v1/tasks', { body: '{"goal": ', headers: { 'content-type': 'application/json' } });
  assert.equal(notJson.status, 400);
  assertEnvelope(notJson.body, 'invalid_json');
  const badId = await ctx.stack.api('GET', '/v1/tasks/not-a-task-id');
  assert.equal(badId.status, 400);
  assert.match(badId.body.error.message, /id/);
});

test('an oversize body → 413 with the envelope', async () => {
  const response = await ctx.stack.api('POST', '/v1/tasks', { body: { goal: 'big', context: { blob: 'x'.repeat(70_000) } } });
  assert.equal(response.status, 413);
  assertEnvelope(response.body, 'payload_too_large');
});

test('health, readiness and arms answer; readiness names its dependencies', async () => {
  assert.equal((await ctx.stack.api('GET', '/healthz', { key: null })).status, 200);
  const ready = await ctx.stack.api('GET', '/readyz', { key: null });
  assert.equal(ready.status, 200, JSON.stringify(ready.body));
  assert.equal(ready.body.dependencies.temporal.status, 'up');
  const openapi = await ctx.stack.api('GET', '/docs/json', { key: null });
  assert.equal(openapi.status, 200);
  assert.ok(openapi.body.paths['/v1/tasks'].post.requestBody, 'the task contract is published in the OpenAPI document');
  const arms = await ctx.stack.api('GET', '/v1/arms');
  assert.equal(arms.body.arms.length, 6);
  const coder = arms.body.arms.find((a: any) => a.arm === 'coder');
  assert.equal(coder.taskQueue, 'octo-arm-coder');
  assert.ok(coder.workers >= 1, 'the coder pool has a live worker');
});
