// Failure paths end to end: invalid LLM output, invalid plans (repaired once), and what the API says about them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bySchema } from '../support/fake-llm.js';
import { codeReply, passVerdict, THREE_STEP_PLAN } from '../support/scripts.js';
import { useOpenAiStack } from '../support/test-stack.js';

const ctx = useOpenAiStack(bySchema({}));

const planRequests = (goal: string) => ctx.llm.requests.filter((r) => r.schemaName === 'plan' && r.prompt.includes(goal));
/** Plan requests since `from` (tests run one at a time): a re-ask's last message no longer quotes the goal. */
const planRequestsSince = (from: number) => ctx.llm.requests.slice(from).filter((r) => r.schemaName === 'plan');

test('an LLM that returns garbage twice fails the task with llm_invalid_output, without retrying', async () => {
  ctx.llm.respondWith(bySchema({ plan: { text: 'Sure! Here is your plan: step one, do things.' } }));
  const goal = 'garbage planner task';
  const from = ctx.llm.requests.length;
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal } });
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'llm_invalid_output');
  assert.match(task.error.message, /invalid plan output twice/);
  // One ask and one re-ask, inside a single activity attempt: a non-retryable failure is not retried by Temporal.
  assert.equal(planRequestsSince(from).length, 2);
  assert.match(planRequestsSince(from)[1]!.prompt, /not valid: the reply is not JSON/);
  // The failure is visible to Temporal (and its UI) as a failed workflow with the same code.
  const description = await ctx.stack.client.workflow.getHandle(task.taskId).describe();
  assert.equal(description.status.name, 'FAILED');
  assert.equal(description.searchAttributes.OctoStatus?.[0], 'failed');
  // Both replies were paid for (the fake LLM reports 100 input and 50 output tokens each): the failed task bills them.
  assert.deepEqual([task.usage.inputTokens, task.usage.outputTokens], [200, 100]);
  assert.equal(description.searchAttributes.OctoTokens?.[0], 300);
});

test('a plan naming an unknown arm is repaired once with the problems fed back', async () => {
  const badPlan = { rationale: 'x', steps: [{ id: 's1', arm: 'wizard', action: 'cast a spell', dependsOn: [], acceptanceCriteria: [], risky: false }] };
  ctx.llm.respondWith(
    bySchema({
      plan: (r) => ({ json: r.prompt.includes('previous plan was invalid') ? THREE_STEP_PLAN : badPlan }),
      code_result: codeReply,
      criterion_verdict: passVerdict,
    }),
  );
  const goal = 'repairable plan task';
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal } });
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  const [, repair] = planRequests(goal);
  assert.match(repair!.prompt, /step "s1" uses unknown arm "wizard"/);
  assert.equal(task.plan.steps.length, 3);
});

test('a plan that is still invalid after the repair fails the task with plan_invalid', async () => {
  const cyclic = {
    rationale: 'x',
    steps: [
      { id: 'a', arm: 'coder', action: 'one', dependsOn: ['b'], acceptanceCriteria: [], risky: false },
      { id: 'b', arm: 'wizard', action: 'two', dependsOn: ['a'], acceptanceCriteria: [], risky: false },
    ],
  };
  ctx.llm.respondWith(bySchema({ plan: { json: cyclic } }));
  const goal = 'hopeless plan task';
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal } });
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'plan_invalid');
  assert.match(task.error.message, /unknown arm "wizard"/);
  assert.equal(planRequests(goal).length, 2, 'exactly one repair round');
  assert.equal(task.steps.length, 0);
});

test('a provider that rejects the request (HTTP 400) fails fast with llm_request_rejected', async () => {
  ctx.llm.respondWith(() => ({ status: 400, body: { error: { message: 'model not found', type: 'invalid_request_error' } } }));
  const goal = 'rejected request task';
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal } });
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'llm_request_rejected');
  assert.equal(planRequests(goal).length, 1, 'a 400 is not retried');
});

test('a provider 503 is retried by Temporal and the task then completes', async () => {
  let failures = 0;
  const ok = bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict });
  ctx.llm.respondWith((r) => (r.schemaName === 'plan' && failures++ === 0 ? { status: 503, headers: { 'retry-after': '0' } } : ok(r)));
  const goal = 'flaky provider task';
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal, acceptanceCriteria: ['works'] } });
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(planRequests(goal).length, 2);
});
