// The provider layer against OpenAI- and Anthropic-compatible fake servers (the real SDKs talk HTTP to them):
// structured output with one re-ask, fallback on provider faults only, SDK retries off, per-arm models, usage and cost.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { loadConfig } from '../../config/config.js';
import { bySchema, startFakeLlm, type FakeLlmServer } from '../../test/support/fake-llm.js';
import { createLlm } from './llm.js';

const Answer = z.object({ answer: z.number() });
const ask = { arm: 'coder' as const, system: 'You add numbers.', prompt: 'What is 2 + 2?', schema: Answer, schemaName: 'answer' };

let openai: FakeLlmServer;
let anthropic: FakeLlmServer;
const both = () =>
  createLlm(loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${openai.url}/v1`, ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: anthropic.url }));
const openaiOnly = (env: Record<string, string> = {}) => createLlm(loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${openai.url}/v1`, ...env }));

before(async () => {
  openai = await startFakeLlm(bySchema({}));
  anthropic = await startFakeLlm(bySchema({}));
});
beforeEach(() => {
  openai.requests.length = 0;
  anthropic.requests.length = 0;
  openai.respondWith(bySchema({ answer: { json: { answer: 4 }, inputTokens: 1_000, outputTokens: 500 } }));
  anthropic.respondWith(bySchema({ answer: { json: { answer: 4 }, inputTokens: 10, outputTokens: 5 } }));
});
after(async () => {
  await openai?.close();
  await anthropic?.close();
});

async function rejection(promise: Promise<unknown>): Promise<ApplicationFailure> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ApplicationFailure, `expected an ApplicationFailure, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the call to fail');
}

test('a valid reply is parsed with the schema and carries usage, cost, model and prompt hash', async () => {
  const reply = await openaiOnly().structured(ask);
  assert.deepEqual(reply.value, { answer: 4 });
  assert.equal(reply.model, 'openai:gpt-4.1-mini');
  assert.deepEqual(reply.usage, { inputTokens: 1_000, outputTokens: 500, costUsd: (1_000 * 0.4 + 500 * 1.6) / 1e6 });
  assert.match(reply.promptHash, /^[0-9a-f]{64}$/);
  const format = openai.requests[0]!.body.response_format as any;
  assert.deepEqual(format.json_schema.schema, { type: 'object', properties: { answer: { type: 'number' } }, required: ['answer'], additionalProperties: false });
});

test('an invalid reply is re-asked once with the problem named; usage covers both calls', async () => {
  let calls = 0;
  openai.respondWith(() => (calls++ === 0 ? { text: '{"answer": "four"}' } : { json: { answer: 4 } }));
  const reply = await openaiOnly().structured(ask);
  assert.deepEqual(reply.value, { answer: 4 });
  assert.equal(openai.requests.length, 2);
  assert.match(openai.requests[1]!.prompt, /That reply was not valid: answer: .*number.*Reply again with only JSON matching the answer schema/);
  assert.equal(reply.usage.inputTokens, 200);
});

test('invalid twice → non-retryable llm_invalid_output, and no fallback (the provider did answer)', async () => {
  openai.respondWith(() => ({ text: 'no JSON here' }));
  const failure = await rejection(both().structured(ask));
  assert.equal(failure.type, 'llm_invalid_output');
  assert.equal(failure.nonRetryable, true);
  assert.equal(openai.requests.length, 2);
  assert.equal(anthropic.requests.length, 0);
});

test('OpenAI 500 → the same call goes to Anthropic (a forced tool call), with no SDK retry', async () => {
  openai.respondWith(() => ({ status: 500 }));
  const reply = await both().structured(ask);
  assert.deepEqual(reply.value, { answer: 4 });
  assert.equal(reply.model, 'anthropic:claude-haiku-4-5');
  assert.deepEqual(reply.usage, { inputTokens: 10, outputTokens: 5, costUsd: (10 * 1 + 5 * 5) / 1e6 });
  assert.equal(openai.requests.length, 1, 'SDK retries are off');
  assert.deepEqual(anthropic.requests[0]!.body.tool_choice, { type: 'tool', name: 'answer' });
});

test('OpenAI 429 → Anthropic answers; with OpenAI alone the 429 becomes a retryable failure with its Retry-After', async () => {
  openai.respondWith(() => ({ status: 429, headers: { 'retry-after': '3' } }));
  assert.equal((await both().structured(ask)).model, 'anthropic:claude-haiku-4-5');
  const failure = await rejection(openaiOnly().structured(ask));
  assert.equal(failure.type, 'llm_rate_limited');
  assert.equal(failure.nonRetryable, false);
  assert.equal(failure.nextRetryDelay, 3_000);
});

test('a 400 is not a provider fault: no fallback, non-retryable llm_request_rejected', async () => {
  openai.respondWith(() => ({ status: 400 }));
  const failure = await rejection(both().structured(ask));
  assert.equal(failure.type, 'llm_request_rejected');
  assert.equal(failure.nonRetryable, true);
  assert.equal(anthropic.requests.length, 0);
});

test('both providers down → the fallback\'s failure, retryable', async () => {
  openai.respondWith(() => ({ status: 502 }));
  anthropic.respondWith(() => ({ status: 529 }));
  const failure = await rejection(both().structured(ask));
  assert.equal(failure.type, 'llm_provider_error');
  assert.match(failure.message, /^anthropic failed \(HTTP 529\)/);
  assert.equal(failure.nonRetryable, false);
});

test('per-arm model choice: OCTOLLM_MODEL_CODER picks the provider and model for that arm only', async () => {
  const llm = createLlm(
    loadConfig({
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: `${openai.url}/v1`,
      ANTHROPIC_API_KEY: 'sk-ant-test',
      ANTHROPIC_BASE_URL: anthropic.url,
      OCTOLLM_MODEL_CODER: 'anthropic:claude-sonnet-4-5',
    }),
  );
  const coder = await llm.structured(ask);
  assert.equal(coder.model, 'anthropic:claude-sonnet-4-5');
  assert.equal(anthropic.requests[0]!.model, 'claude-sonnet-4-5');
  assert.equal(coder.usage.costUsd, (10 * 3 + 5 * 15) / 1e6);
  const judge = await llm.structured({ ...ask, arm: 'judge' });
  assert.equal(judge.model, 'openai:gpt-4.1-mini');
});

test('no provider configured → non-retryable llm_not_configured naming the variables', async () => {
  const failure = await rejection(createLlm(loadConfig({})).structured(ask));
  assert.equal(failure.type, 'llm_not_configured');
  assert.equal(failure.nonRetryable, true);
  assert.match(failure.message, /OPENAI_API_KEY.*ANTHROPIC_API_KEY/);
});

test('an aborted signal stops the request', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(openaiOnly().structured({ ...ask, signal: controller.signal }));
});
