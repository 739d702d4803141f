// Provider errors as Temporal sees them: what is retried, after how long, and what falls back to the other provider.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { isProviderFault, LlmFailureTypes, retryAfterMs, toActivityFailure } from './llm-errors.js';

const withHeaders = (status: number | undefined, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers), message: 'x' });

test('retryAfterMs reads retry-after-ms, retry-after seconds and HTTP dates; ignores zero, negative and junk', () => {
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after-ms': '250' })), 250);
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after-ms': '250', 'retry-after': '9' })), 250, 'the precise header wins');
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after': '2' })), 2_000);
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after': '1.5' })), 1_500);
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now), 5_000);
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }), now), undefined, 'a date in the past');
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after': '0' })), undefined);
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after': '-3' })), undefined);
  assert.equal(retryAfterMs(withHeaders(429, { 'retry-after': 'soon' })), undefined);
  assert.equal(retryAfterMs(withHeaders(429)), undefined);
  assert.equal(retryAfterMs({ status: 429 }), undefined, 'no headers at all (a network error)');
  assert.equal(retryAfterMs({ status: 429, headers: { 'retry-after': '3' } }), 3_000, 'a plain header record');
});

test('isProviderFault: 408, 409, 429, 5xx and no response are the provider; other 4xx are ours', () => {
  for (const status of [undefined, 408, 409, 429, 500, 502, 503, 529]) assert.equal(isProviderFault({ status }), true, String(status));
  for (const status of [400, 401, 403, 404, 422]) assert.equal(isProviderFault({ status }), false, String(status));
  assert.equal(isProviderFault(new Error('socket hang up')), true);
  // An invalid reply (judged by us, status-less) is not a reason to ask the other provider.
  assert.equal(isProviderFault(ApplicationFailure.create({ type: LlmFailureTypes.invalidOutput, nonRetryable: true })), false);
});

test('429 → retryable llm_rate_limited with Retry-After as the next retry delay', () => {
  const failure = toActivityFailure(withHeaders(429, { 'retry-after': '7' }), 'openai');
  assert.ok(failure instanceof ApplicationFailure);
  assert.equal(failure.type, LlmFailureTypes.rateLimited);
  assert.equal(failure.nonRetryable, false);
  assert.equal(failure.nextRetryDelay, 7_000);
  assert.match(failure.message, /openai rate-limited the request \(HTTP 429\)/);
  assert.equal(toActivityFailure(withHeaders(429), 'openai').nextRetryDelay, undefined, 'no header → the retry policy backs off');
});

test('5xx and network errors → retryable llm_provider_error (honouring a Retry-After when sent)', () => {
  const server = toActivityFailure(withHeaders(503, { 'retry-after': '1' }), 'anthropic');
  assert.equal(server.type, LlmFailureTypes.providerError);
  assert.equal(server.nonRetryable, false);
  assert.equal(server.nextRetryDelay, 1_000);
  assert.match(server.message, /anthropic failed \(HTTP 503\)/);
  const network = toActivityFailure(new Error('ECONNREFUSED 127.0.0.1:1'), 'openai');
  assert.equal(network.type, LlmFailureTypes.providerError);
  assert.match(network.message, /openai failed \(no response\)/);
});

test('other 4xx → non-retryable llm_request_rejected, and the message never echoes the provider body', () => {
  for (const status of [400, 401, 403, 404, 422]) {
    const failure = toActivityFailure({ status, message: 'key sk-secret-123 is invalid' }, 'openai');
    assert.equal(failure.type, 'llm_request_rejected');
    assert.equal(failure.nonRetryable, true);
    assert.doesNotMatch(failure.message, /sk-secret/);
  }
  assert.equal(toActivityFailure(withHeaders(408), 'openai').nonRetryable, false, 'a request timeout is retried');
});

test('an ApplicationFailure passes through unchanged', () => {
  const original = ApplicationFailure.create({ type: 'llm_invalid_output', message: 'bad', nonRetryable: true });
  assert.equal(toActivityFailure(original, 'openai'), original);
});
