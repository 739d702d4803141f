// End to end over HTTP with the OpenAI-compatible provider: a three-step plan on two arm queues, two steps in parallel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bySchema } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { KEYS, useOpenAiStack } from '../support/test-stack.js';

const ctx = useOpenAiStack(bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }));

test('a submitted task runs plan → parallel steps → dependant step → judge, and completes with provenance', async () => {
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: SLUG_TASK });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  assert.match(submitted.body.taskId, /^task-[0-9a-f-]{36}$/);
  assert.equal(submitted.body.status, 'queued');
  assert.equal(submitted.body.links.self, `/v1/tasks/${submitted.body.taskId}`);
  assert.ok(submitted.headers.get('x-request-id'));

  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.deepEqual(task.steps.map((s: any) => [s.id, s.arm, s.status]), [
    ['s1', 'retriever', 'completed'],
    ['s2', 'coder', 'completed'],
    ['s3', 'coder', 'completed'],
  ]);
  // The retriever found the naming rules in the context and cited them.
  assert.match(task.steps[0].output, /slug naming rules/);
  assert.match(task.steps[0].output, /context\.naming\.rules/);
  // The dependant step saw both dependencies' outputs.
  const s3Request = ctx.llm.requests.find((r) => r.schemaName === 'code_result' && r.prompt.includes('Output of step s1'));
  assert.ok(s3Request, 'the coder request for s3 carries the outputs of s1 and s2');
  assert.match(s3Request.prompt, /Output of step s2:\n```typescript/);
  assert.match(task.result.output, /combined module/);
  assert.equal(task.result.verdict.valid, true);
  assert.deepEqual(task.result.verdict.passed, SLUG_TASK.acceptanceCriteria);

  // Per-step provenance and token usage add up to the task's usage.
  for (const step of task.steps) {
    assert.equal(step.provenance.arm, step.arm);
    assert.match(step.provenance.inputHash, /^[0-9a-f]{64}$/);
  }
  assert.equal(task.steps[1].provenance.model, 'openai:gpt-4.1-mini');
  assert.deepEqual(task.steps[1].provenance.usage, { inputTokens: 120, outputTokens: 80, costUsd: (120 * 0.4 + 80 * 1.6) / 1e6 });
  const summed = task.provenance.reduce((n: number, p: any) => n + p.usage.inputTokens + p.usage.outputTokens, 0);
  assert.equal(task.usage.inputTokens + task.usage.outputTokens, summed);
  assert.equal(task.usage.inputTokens, 100 + 120 + 120 + 60); // plan + two coder calls + one criterion

  // Structured output the standard way: a JSON-schema response_format generated from the zod schema.
  const planRequest = ctx.llm.requests.find((r) => r.schemaName === 'plan')!;
  const format = planRequest.body.response_format as any;
  assert.equal(format.type, 'json_schema');
  assert.equal(format.json_schema.strict, true);
  assert.deepEqual(format.json_schema.schema.required, ['steps', 'rationale']);
});

test('independent steps are scheduled together: s2 starts before s1 finishes', async () => {
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { ...SLUG_TASK, goal: `${SLUG_TASK.goal} (parallel check)` } });
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'completed');
  const history = await ctx.stack.client.workflow.getHandle(task.taskId).fetchHistory();
  const events = history.events ?? [];
  const scheduled = events.filter((e) => e.activityTaskScheduledEventAttributes);
  const retriever = scheduled.find((e) => e.activityTaskScheduledEventAttributes!.activityType?.name === 'retrieverStep')!;
  const firstCoder = scheduled.find((e) => e.activityTaskScheduledEventAttributes!.activityType?.name === 'coderStep')!;
  const retrieverDone = events.find((e) => e.activityTaskCompletedEventAttributes && Number(e.activityTaskCompletedEventAttributes.scheduledEventId) === Number(retriever.eventId))!;
  assert.ok(Number(firstCoder.eventId) < Number(retrieverDone.eventId), 'the coder step was scheduled before the retriever step completed');
  assert.equal(scheduled.find((e) => e.activityTaskScheduledEventAttributes!.taskQueue?.name === 'octo-arm-retriever')?.eventId, retriever.eventId);

  const description = await ctx.stack.client.workflow.getHandle(task.taskId).describe();
  assert.equal(description.searchAttributes.OctoStatus?.[0], 'completed');
  assert.equal(description.searchAttributes.OctoTenant?.[0], 'acme');
  assert.deepEqual([...(description.searchAttributes.OctoArms as string[])].sort(), ['coder', 'retriever']);
});

test('the same Idempotency-Key starts one workflow; reusing it with another body is a 409', async () => {
  const headers = { 'idempotency-key': `order-${Date.now()}` };
  const body = { ...SLUG_TASK, goal: 'idempotent slugify task' };
  const first = await ctx.stack.api('POST', '/v1/tasks', { body, headers });
  const second = await ctx.stack.api('POST', '/v1/tasks', { body, headers });
  assert.equal(first.status, 202);
  assert.equal(second.status, 202);
  assert.equal(second.body.taskId, first.body.taskId);
  await ctx.stack.waitForTask(first.body.taskId);
  const third = await ctx.stack.api('POST', '/v1/tasks', { body, headers });
  assert.equal(third.body.taskId, first.body.taskId, 'a retry after completion still maps to the same task');

  const runs = [];
  for await (const run of ctx.stack.client.workflow.list({ query: `WorkflowId = '${first.body.taskId}'` })) runs.push(run);
  assert.equal(runs.length, 1);

  const conflict = await ctx.stack.api('POST', '/v1/tasks', { body: { ...body, goal: 'a different goal' }, headers });
  assert.equal(conflict.status, 409);
  assert.equal(conflict.body.error.code, 'idempotency_conflict');

  const otherTenant = await ctx.stack.api('POST', '/v1/tasks', { body, headers, key: KEYS.globex });
  assert.equal(otherTenant.status, 202);
  assert.notEqual(otherTenant.body.taskId, first.body.taskId, 'idempotency keys are per tenant');
  await ctx.stack.waitForTask(otherTenant.body.taskId, { key: KEYS.globex });
});
