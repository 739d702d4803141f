// An unanswered approval rejects the step once APPROVAL_TIMEOUT_SECONDS pass (its own stack: a 2-second timeout).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bySchema } from '../support/fake-llm.js';
import { useOpenAiStack } from '../support/test-stack.js';

const ctx = useOpenAiStack(
  bySchema({
    plan: {
      json: {
        rationale: 'one risky command',
        steps: [
          { id: 's1', arm: 'executor', action: 'List the workspace\n$ ls', dependsOn: [], acceptanceCriteria: [], risky: true },
          { id: 's2', arm: 'executor', action: 'Say done\n$ echo done', dependsOn: ['s1'], acceptanceCriteria: [], risky: false },
        ],
      },
    },
  }),
  { APPROVAL_TIMEOUT_SECONDS: '2' });

test('a risky step nobody approves is rejected after the approval timeout', async () => {
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal: 'list the workspace if someone approves' } });
  assert.equal(submitted.status, 202);
  const taskId = submitted.body.taskId;
  const waiting = await ctx.stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  assert.equal(waiting.steps[0].status, 'awaiting_approval');

  const task = await ctx.stack.waitForTask(taskId);
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'step_rejected');
  assert.match(task.error.message, /step s1 was not approved within 2 s/);
  assert.deepEqual(task.steps.map((s: any) => s.status), ['rejected', 'skipped']);
  assert.equal(task.steps[0].approval, undefined, 'nobody answered');

  // The timeout is a durable workflow timer (not a timer in some process): it is in the history.
  const events = (await ctx.stack.client.workflow.getHandle(taskId).fetchHistory()).events ?? [];
  assert.ok(events.some((e) => e.timerFiredEventAttributes));
  assert.equal(events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'executorStep').length, 0);

  // Too late now: the step is no longer waiting.
  const late = await ctx.stack.api('POST', `/v1/tasks/${taskId}/approve`, { body: { stepId: 's1', approved: true } });
  assert.equal(late.status, 409);
});
