// Cancel mid-execution: POST /cancel reaches the running executor activity (through its heartbeats), which kills
// the command's process group before the workflow ends as cancelled.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { bySchema } from '../support/fake-llm.js';
import { useOpenAiStack } from '../support/test-stack.js';

const ctx = useOpenAiStack(bySchema({}));

/** PIDs of live processes whose command line matches `pattern` (pgrep exits 1 when there are none). */
function pids(pattern: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch (err) {
    if ((err as { status?: number }).status === 1) return [];
    throw err;
  }
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('cancelling a task while its executor step runs `sleep 30` kills the command and ends the task cancelled', async () => {
  // A duration no other test uses, so pgrep finds only this command (30 s is also the executor's default timeout).
  const sleepArg = '29.123';
  const pattern = `sleep ${sleepArg}`;
  assert.deepEqual(pids(pattern), [], 'no leftover sleep from an earlier run');
  const planned = ctx.llm.requests.length;
  ctx.llm.respondWith(
    bySchema({
      plan: {
        json: {
          rationale: 'wait a while',
          steps: [{ id: 's1', arm: 'executor', action: `Wait for the build\n$ sleep ${sleepArg}`, dependsOn: [], acceptanceCriteria: [], risky: false }],
        },
      },
    }),
  );
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal: 'wait for the build to finish' } });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const taskId = submitted.body.taskId;

  await ctx.stack.waitForTask(taskId, { until: (t) => t.steps?.[0]?.status === 'running' });
  const running = await until('the sleep command to start', () => {
    const found = pids(pattern);
    return found.length ? found : undefined;
  });
  assert.equal(running.length, 1);

  const cancel = await ctx.stack.api('POST', `/v1/tasks/${taskId}/cancel`);
  assert.equal(cancel.status, 202, JSON.stringify(cancel.body));
  assert.equal(cancel.body.status, 'cancelling');
  assert.equal(cancel.body.previousStatus, 'running');

  const task = await ctx.stack.waitForTask(taskId);
  assert.equal(task.status, 'cancelled', JSON.stringify(task));
  assert.equal(task.error.code, 'cancelled');
  assert.equal(task.steps[0].status, 'failed');
  assert.equal(task.steps[0].error.code, 'cancelled');
  // The workflow waited for the activity to stop, and the activity killed its command before it stopped.
  assert.deepEqual(pids(pattern), [], 'the sleep process is gone once the task says cancelled');

  const handle = ctx.stack.client.workflow.getHandle(taskId);
  assert.equal((await handle.describe()).status.name, 'CANCELLED');
  const events = (await handle.fetchHistory()).events ?? [];
  assert.ok(
    events.some((e) => e.activityTaskCanceledEventAttributes),
    'the executor activity acknowledged the cancellation (ActivityTaskCanceled in the history)',
  );
  assert.equal(ctx.llm.requests.length - planned, 1, 'only the plan needed a model');

  // A finished task cannot be cancelled again.
  const again = await ctx.stack.api('POST', `/v1/tasks/${taskId}/cancel`);
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'task_finished');
});

test('cancelling a task that waits for approval ends it cancelled without running the step', async () => {
  ctx.llm.respondWith(
    bySchema({
      plan: {
        json: {
          rationale: 'list the files',
          steps: [{ id: 's1', arm: 'executor', action: 'List the workspace\n$ ls', dependsOn: [], acceptanceCriteria: [], risky: true }],
        },
      },
    }),
  );
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal: 'list the workspace, then cancel' } });
  const taskId = submitted.body.taskId;
  await ctx.stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  const cancel = await ctx.stack.api('POST', `/v1/tasks/${taskId}/cancel`);
  assert.equal(cancel.status, 202);
  assert.equal(cancel.body.previousStatus, 'awaiting_approval');
  const task = await ctx.stack.waitForTask(taskId);
  assert.equal(task.status, 'cancelled');
  assert.equal(task.steps[0].status, 'skipped');
  assert.equal(task.steps[0].output, undefined);
  const events = (await ctx.stack.client.workflow.getHandle(taskId).fetchHistory()).events ?? [];
  assert.equal(events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'executorStep').length, 0);
});

test('a cancel reaches the executor while its model is still choosing the command (it heartbeats meanwhile)', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  ctx.llm.respondWith(async (request) => {
    if (request.schemaName === 'plan') {
      return { json: { rationale: 'x', steps: [{ id: 's1', arm: 'executor', action: 'List the files in the workspace', dependsOn: [], acceptanceCriteria: [], risky: false }] } };
    }
    await held; // the model never answers until the test is over
    return { json: { command: 'ls', args: [] } };
  });
  try {
    const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal: 'list files, slowly' } });
    const taskId = submitted.body.taskId;
    await until('the command_choice request', () => (ctx.llm.requests.some((r) => r.schemaName === 'command_choice' && r.prompt.includes('list files, slowly')) ? true : undefined));
    assert.equal((await ctx.stack.api('POST', `/v1/tasks/${taskId}/cancel`)).status, 202);
    const task = await ctx.stack.waitForTask(taskId);
    assert.equal(task.status, 'cancelled');
    const events = (await ctx.stack.client.workflow.getHandle(taskId).fetchHistory()).events ?? [];
    assert.ok(events.some((e) => e.activityTaskCanceledEventAttributes), 'the activity ended as cancelled, not failed or abandoned');
    assert.ok(!events.some((e) => e.activityTaskFailedEventAttributes));
  } finally {
    release();
  }
});
