// With no LLM provider configured the stack still runs, and a task fails at once with a clear, non-retrying error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { activityAttempts } from '../support/history.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

let stack: TestStack;

before(async () => {
  stack = await startTestStack({});
});

after(async () => {
  await stack?.stop();
});

test('a task fails fast with llm_not_configured naming the variables to set', async () => {
  const submitted = await stack.api('POST', '/v1/tasks', { body: { goal: 'anything at all' } });
  assert.equal(submitted.status, 202);
  const task = await stack.waitForTask(submitted.body.taskId, { timeoutMs: 10_000 });
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'llm_not_configured');
  assert.match(task.error.message, /OPENAI_API_KEY/);
  assert.match(task.error.message, /ANTHROPIC_API_KEY/);
  // Non-retryable: exactly one activity attempt in the history.
  const history = await stack.client.workflow.getHandle(task.taskId).fetchHistory();
  assert.deepEqual(activityAttempts(history, 'planTask'), [1]);
});
