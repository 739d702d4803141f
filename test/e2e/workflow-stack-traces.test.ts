// The SDK's per-promise stack capture is off by default (workflows/stack-traces-off.ts) and comes back with
// OCTOLLM_WORKFLOW_STACK_TRACES=true: the Web UI's stack-trace query of a waiting task is empty, or shows where the
// workflow code waits.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { bySchema, startFakeLlm, type FakeLlmServer } from '../support/fake-llm.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

let llm: FakeLlmServer;

after(async () => {
  await llm?.close();
});

/** Starts a task whose one step waits for approval, and returns what the stack-trace query says while it waits. */
async function stackTraceOfWaitingTask(env: Record<string, string>): Promise<string> {
  llm ??= await startFakeLlm(
    bySchema({
      plan: { json: { rationale: 'one risky command', steps: [{ id: 's1', arm: 'executor', action: 'Print\n$ echo hi', dependsOn: [], acceptanceCriteria: [], risky: true }] } },
    }),
  );
  // One stack at a time: both poll the same task queues, each with its own payload key.
  const stack: TestStack = await startTestStack({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${llm.url}/v1`, ...env });
  try {
    return await waitingTrace(stack);
  } finally {
    await stack.stop();
  }
}

async function waitingTrace(stack: TestStack): Promise<string> {
  const submitted = await stack.api('POST', '/v1/tasks', { body: { goal: 'print hi once approved' } });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const { taskId } = submitted.body as { taskId: string };
  await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  const trace = await stack.client.workflow.getHandle(taskId).query<string>('__stack_trace');
  assert.equal((await stack.api('POST', `/v1/tasks/${taskId}/cancel`)).status, 202);
  await stack.waitForTask(taskId, { until: (t) => t.status === 'cancelled' });
  return trace;
}

test('by default the stack-trace query of a waiting task has no frames', async () => {
  const trace = await stackTraceOfWaitingTask({});
  assert.doesNotMatch(trace, /\bat \S/, trace);
});

test('with OCTOLLM_WORKFLOW_STACK_TRACES=true it shows where the workflow code waits', async () => {
  const trace = await stackTraceOfWaitingTask({ OCTOLLM_WORKFLOW_STACK_TRACES: 'true' });
  assert.match(trace, /at awaitApproval .*task-workflow\.ts/, trace);
});
