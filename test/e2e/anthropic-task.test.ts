// The same end-to-end task through the Anthropic provider (forced tool call), and failover between providers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bySchema, startFakeLlm, type FakeLlmServer } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

let llm: FakeLlmServer;
let stack: TestStack;

before(async () => {
  llm = await startFakeLlm(bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }));
  stack = await startTestStack({ ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: llm.url });
});

after(async () => {
  await stack?.stop();
  await llm?.close();
});

test('a task completes through Anthropic with a forced tool call per structured output', async () => {
  const submitted = await stack.api('POST', '/v1/tasks', { body: SLUG_TASK });
  assert.equal(submitted.status, 202);
  const task = await stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.deepEqual(task.steps.map((s: any) => s.status), ['completed', 'completed', 'completed']);
  assert.equal(task.steps[1].provenance.model, 'anthropic:claude-haiku-4-5');
  assert.equal(task.steps[1].provenance.usage.inputTokens, 120);
  assert.ok(task.usage.costUsd > 0);

  const planRequest = llm.requests.find((r) => r.schemaName === 'plan')!;
  assert.equal(planRequest.provider, 'anthropic');
  assert.deepEqual(planRequest.body.tool_choice, { type: 'tool', name: 'plan' });
  const tool = (planRequest.body.tools as any[])[0];
  assert.equal(tool.name, 'plan');
  assert.deepEqual(tool.input_schema.required, ['steps', 'rationale']);
});
