// Provider faults end to end: with OpenAI and Anthropic both configured, an OpenAI 500 or 429 is answered by
// Anthropic inside the same activity attempt; with OpenAI alone, a 429's Retry-After becomes Temporal's next
// retry delay. Each describe block runs its own stack (they share task queues, so never at the same time).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bySchema, startFakeLlm, type FakeLlmServer, type Responder } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const healthy: Responder = bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict });

async function activityStarts(stack: TestStack, taskId: string, activity: string) {
  const events = (await stack.client.workflow.getHandle(taskId).fetchHistory()).events ?? [];
  const scheduled = new Set(
    events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === activity).map((e) => Number(e.eventId)),
  );
  return events
    .filter((e) => e.activityTaskStartedEventAttributes && scheduled.has(Number(e.activityTaskStartedEventAttributes.scheduledEventId)))
    .map((e) => e.activityTaskStartedEventAttributes!);
}

describe('OpenAI failing, Anthropic configured as the fallback', () => {
  let openai: FakeLlmServer;
  let anthropic: FakeLlmServer;
  let stack: TestStack;

  before(async () => {
    openai = await startFakeLlm(healthy);
    anthropic = await startFakeLlm(healthy);
    stack = await startTestStack({
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: `${openai.url}/v1`,
      ANTHROPIC_API_KEY: 'sk-ant-test',
      ANTHROPIC_BASE_URL: anthropic.url,
    });
  });

  after(async () => {
    await stack?.stop();
    await openai?.close();
    await anthropic?.close();
  });

  async function runWithOpenAi(reply: Responder, goal: string) {
    openai.respondWith(reply);
    const fromOpenAi = openai.requests.length;
    const fromAnthropic = anthropic.requests.length;
    const submitted = await stack.api('POST', '/v1/tasks', { body: { ...SLUG_TASK, goal } });
    assert.equal(submitted.status, 202);
    const task = await stack.waitForTask(submitted.body.taskId);
    return { task, openaiRequests: openai.requests.slice(fromOpenAi), anthropicRequests: anthropic.requests.slice(fromAnthropic) };
  }

  test('the primary is OpenAI while it is healthy', async () => {
    const { task, anthropicRequests } = await runWithOpenAi(healthy, 'slugify with a healthy primary');
    assert.equal(task.status, 'completed', JSON.stringify(task.error));
    for (const p of task.provenance.filter((p: any) => p.usage.inputTokens > 0)) assert.equal(p.model, 'openai:gpt-4.1-mini');
    assert.equal(task.steps[1].provenance.model, 'openai:gpt-4.1-mini');
    assert.equal(anthropicRequests.length, 0);
  });

  test('OpenAI answering 500 → every call is served by Anthropic and the task completes', async () => {
    const { task, openaiRequests, anthropicRequests } = await runWithOpenAi(
      () => ({ status: 500, body: { error: { message: 'upstream exploded', type: 'server_error' } } }),
      'slugify while OpenAI is down',
    );
    assert.equal(task.status, 'completed', JSON.stringify(task.error));
    for (const p of task.provenance.filter((p: any) => p.usage.inputTokens > 0)) assert.equal(p.model, 'anthropic:claude-haiku-4-5');
    assert.equal(task.steps[1].provenance.model, 'anthropic:claude-haiku-4-5');
    // plan, two coder steps, one criterion: each tried OpenAI once, then Anthropic once.
    assert.deepEqual(openaiRequests.map((r) => r.schemaName).sort(), ['code_result', 'code_result', 'criterion_verdict', 'plan']);
    assert.deepEqual(anthropicRequests.map((r) => r.schemaName).sort(), ['code_result', 'code_result', 'criterion_verdict', 'plan']);
    assert.equal(anthropicRequests[0]!.model, 'claude-haiku-4-5');
    // The fallback happened inside the first attempt: Temporal did not need to retry.
    const planAttempts = (await activityStarts(stack, task.taskId, 'planTask')).map((a) => a.attempt);
    assert.deepEqual(planAttempts, [1]);
  });

  test('OpenAI answering 429 with retry-after → Anthropic serves the call at once', async () => {
    const { task, anthropicRequests } = await runWithOpenAi(
      () => ({ status: 429, headers: { 'retry-after': '30' }, body: { error: { message: 'slow down', type: 'rate_limit_error' } } }),
      'slugify while OpenAI is rate limited',
    );
    assert.equal(task.status, 'completed', JSON.stringify(task.error));
    assert.equal(task.steps[1].provenance.model, 'anthropic:claude-haiku-4-5');
    assert.equal(anthropicRequests.length, 4);
    assert.deepEqual((await activityStarts(stack, task.taskId, 'planTask')).map((a) => a.attempt), [1], 'no 30 s wait: the other provider answered');
  });

  test('a 400 from OpenAI is our fault, not the provider\'s: no fallback, no retry', async () => {
    const { task, anthropicRequests } = await runWithOpenAi(
      () => ({ status: 400, body: { error: { message: 'bad schema', type: 'invalid_request_error' } } }),
      'slugify with a rejected request',
    );
    assert.equal(task.status, 'failed');
    assert.equal(task.error.code, 'llm_request_rejected');
    assert.equal(anthropicRequests.length, 0);
  });

  test('both providers failing: Temporal retries the activity (each attempt tries both), then the task fails', async () => {
    const down: Responder = () => ({ status: 503, headers: { 'retry-after-ms': '10' }, body: { error: { message: 'down', type: 'overloaded_error' } } });
    anthropic.respondWith(down);
    try {
      const { task, openaiRequests, anthropicRequests } = await runWithOpenAi(down, 'slugify while everything is down');
      assert.equal(task.status, 'failed');
      assert.equal(task.error.code, 'llm_provider_error');
      assert.match(task.error.message, /anthropic failed \(HTTP 503\)/);
      // The llm retry policy allows 3 attempts; each asked OpenAI, then Anthropic.
      assert.equal(openaiRequests.length, 3);
      assert.equal(anthropicRequests.length, 3);
      assert.deepEqual((await activityStarts(stack, task.taskId, 'planTask')).map((a) => a.attempt), [3]);
    } finally {
      anthropic.respondWith(healthy);
    }
  });
});

describe('OpenAI alone', () => {
  let openai: FakeLlmServer;
  let stack: TestStack;

  before(async () => {
    openai = await startFakeLlm(healthy);
    stack = await startTestStack({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${openai.url}/v1` });
  });

  after(async () => {
    await stack?.stop();
    await openai?.close();
  });

  test('a 429 with retry-after: 1 is retried by Temporal after the delay the provider asked for', async () => {
    let limited = 0;
    openai.respondWith((r) =>
      r.schemaName === 'plan' && limited++ === 0
        ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'slow down', type: 'rate_limit_error' } } }
        : healthy(r),
    );
    const submitted = await stack.api('POST', '/v1/tasks', { body: { ...SLUG_TASK, goal: 'slugify after a rate limit' } });
    const task = await stack.waitForTask(submitted.body.taskId);
    assert.equal(task.status, 'completed', JSON.stringify(task.error));
    assert.equal(limited, 2, 'the plan was asked for twice');
    const [started] = await activityStarts(stack, task.taskId, 'planTask');
    assert.equal(started!.attempt, 2, 'the second activity attempt succeeded');
    // The first attempt's failure carries the provider's Retry-After as the next retry delay.
    const lastFailure = started!.lastFailure!;
    assert.equal(lastFailure.applicationFailureInfo?.type, 'llm_rate_limited');
    assert.equal(Number(lastFailure.applicationFailureInfo?.nextRetryDelay?.seconds ?? 0), 1);
  });
});
