// Budgets end to end: the workflow adds up every step's usage and refuses to start a step (or the judge) once the
// task's token, cost or time budget is spent: `failed` with `budget_exceeded`, keeping what was done.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bySchema } from '../support/fake-llm.js';
import { codeReply, passVerdict } from '../support/scripts.js';
import { useOpenAiStack } from '../support/test-stack.js';

// Three coder steps in a chain. The fake server bills 100 + 50 tokens for the plan and 120 + 80 per coder call.
const CHAIN_PLAN = {
  rationale: 'draft, refine, document',
  steps: [
    { id: 's1', arm: 'coder', action: 'Draft a slugify function', dependsOn: [], acceptanceCriteria: [], risky: false },
    { id: 's2', arm: 'coder', action: 'Refine it for Unicode input', dependsOn: ['s1'], acceptanceCriteria: [], risky: false },
    { id: 's3', arm: 'coder', action: 'Document it', dependsOn: ['s2'], acceptanceCriteria: [], risky: false },
  ],
};

const ctx = useOpenAiStack(bySchema({ plan: { json: CHAIN_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }));

/** Submit, wait for the end, and return the task with the LLM requests it caused (tests run one at a time). */
async function run(body: Record<string, unknown>) {
  const from = ctx.llm.requests.length;
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  return { task, requests: ctx.llm.requests.slice(from) };
}

const count = (requests: { schemaName: string }[], schema: string) => requests.filter((r) => r.schemaName === schema).length;

test('a token budget spent after the first step stops the task before the next step starts', async () => {
  // plan (150) + s1 (200) = 350 ≥ 300: s2 is never started.
  const { task, requests } = await run({ goal: 'slugify, within a small token budget', acceptanceCriteria: ['exports slugify'], budget: { maxTokens: 300 } });
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'budget_exceeded');
  assert.match(task.error.message, /before step s2: 350 of 300 tokens used/);
  assert.deepEqual(task.steps.map((s: any) => [s.id, s.status]), [['s1', 'completed'], ['s2', 'skipped'], ['s3', 'skipped']]);
  // What was done is kept: s1's output and the usage that paid for it.
  assert.match(task.steps[0].output, /export const slugify/);
  assert.equal(task.usage.inputTokens + task.usage.outputTokens, 350);
  // The step that would exceed the budget never reached a model, and neither did the judge.
  assert.equal(count(requests, 'plan'), 1);
  assert.equal(count(requests, 'code_result'), 1);
  assert.equal(count(requests, 'criterion_verdict'), 0);
  const events = (await ctx.stack.client.workflow.getHandle(task.taskId).fetchHistory()).events ?? [];
  assert.equal(events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'coderStep').length, 1);
  const description = await ctx.stack.client.workflow.getHandle(task.taskId).describe();
  assert.equal(description.status.name, 'FAILED');
  assert.equal(description.searchAttributes.OctoTokens?.[0], 350);
});

test('a budget that lasts through every step but not the judge stops before judging, all steps kept', async () => {
  // plan 150 + three coder calls 600 = 750: s3 starts at 550 < 750, the judge would start at 750 ≥ 750.
  const { task, requests } = await run({ goal: 'slugify, with no room left to judge', acceptanceCriteria: ['exports slugify'], budget: { maxTokens: 750 } });
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'budget_exceeded');
  assert.match(task.error.message, /before judging/);
  assert.deepEqual(task.steps.map((s: any) => s.status), ['completed', 'completed', 'completed']);
  assert.equal(count(requests, 'code_result'), 3);
  assert.equal(count(requests, 'criterion_verdict'), 0);
});

test('a cost budget spent by the plan stops the task before its first step', async () => {
  // The plan costs (100 × $0.40 + 50 × $1.60) / 1M = $0.00012 on gpt-4.1-mini.
  const { task, requests } = await run({ goal: 'slugify, on a shoestring', budget: { maxCostUsd: 0.0001 } });
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'budget_exceeded');
  assert.match(task.error.message, /before step s1: \$0\.0001 of \$0\.0001 spent/);
  assert.deepEqual(task.steps.map((s: any) => s.status), ['skipped', 'skipped', 'skipped']);
  assert.equal(count(requests, 'code_result'), 0);
  assert.ok(task.usage.costUsd > 0.0001);
});

test('a time budget spent by a slow step stops the task before the next one', async () => {
  ctx.llm.respondWith(
    bySchema({
      plan: {
        json: {
          rationale: 'wait, then print',
          steps: [
            { id: 's1', arm: 'executor', action: 'Wait a moment\n$ sleep 1.2', dependsOn: [], acceptanceCriteria: [], risky: false },
            { id: 's2', arm: 'executor', action: 'Print\n$ echo too-late', dependsOn: ['s1'], acceptanceCriteria: [], risky: false },
          ],
        },
      },
    }),
  );
  try {
    const { task } = await run({ goal: 'wait then print, within one second', budget: { maxTimeSeconds: 1 } });
    assert.equal(task.status, 'failed');
    assert.equal(task.error.code, 'budget_exceeded');
    assert.match(task.error.message, /before step s2: \d+ of 1 seconds elapsed/);
    assert.deepEqual(task.steps.map((s: any) => s.status), ['completed', 'skipped']);
  } finally {
    ctx.llm.respondWith(bySchema({ plan: { json: CHAIN_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }));
  }
});
