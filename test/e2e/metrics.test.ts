// /metrics end to end: after tasks complete, fail and are cancelled, the scrape holds task outcomes, activity durations
// by arm, LLM tokens and cost by model, and the Temporal worker's own metrics — each metric family once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../config/config.js';
import { startStack } from '../../runtime/stack.js';
import { generatePayloadKey } from '../../temporal/codec/keyring.js';
import { bySchema } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { useOpenAiStack } from '../support/test-stack.js';

const ctx = useOpenAiStack(bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }));

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    assert.ok(match, `not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels`. */
function sum(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((n, s) => n + s.value, 0);
}

async function finish(taskId: string): Promise<any> {
  const task = await ctx.stack.waitForTask(taskId);
  // The run's end is recorded (and its sink calls — the outcome metric — processed) once result() settles.
  await ctx.stack.client.workflow.getHandle(taskId).result().catch(() => undefined);
  return task;
}

test('after a completed, a failed and a cancelled task, /metrics has outcomes, activity durations, LLM usage and worker metrics', async () => {
  const completed = await finish((await ctx.stack.api('POST', '/v1/tasks', { body: SLUG_TASK })).body.taskId);
  assert.equal(completed.status, 'completed', JSON.stringify(completed.error));

  ctx.llm.respondWith(bySchema({ plan: { text: 'not a plan at all' } }));
  const failedGoal = 'a task whose planner replies garbage, for the metrics test';
  const failed = await finish((await ctx.stack.api('POST', '/v1/tasks', { body: { goal: failedGoal } })).body.taskId);
  assert.equal(failed.status, 'failed');
  assert.equal(failed.error.code, 'llm_invalid_output');

  // A task waiting for approval, cancelled.
  ctx.llm.respondWith(bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }));
  const waiting = (await ctx.stack.api('POST', '/v1/tasks', { body: { ...SLUG_TASK, goal: 'a task cancelled while it awaits approval', approval: 'all' } })).body.taskId;
  await ctx.stack.waitForTask(waiting, { until: (t) => t.status === 'awaiting_approval' });
  assert.equal((await ctx.stack.api('POST', `/v1/tasks/${waiting}/cancel`)).status, 202);
  const cancelled = await finish(waiting);
  assert.equal(cancelled.status, 'cancelled');

  const response = await fetch(`${ctx.stack.url}/metrics`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
  const text = await response.text();
  const samples = parse(text);

  // Every family once: the registry's and Core's names never collide.
  const families = [...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!);
  assert.deepEqual(families.filter((f, i) => families.indexOf(f) !== i), []);

  // Task outcomes, counted by the workflow interceptor through Core (the SDK tags them in camelCase).
  assert.equal(sum(samples, 'octollm_task_outcomes_total', { status: 'completed', code: 'none', workflowType: 'taskWorkflow', taskQueue: 'octo-orchestrator' }), 1);
  assert.equal(sum(samples, 'octollm_task_outcomes_total', { status: 'failed', code: 'llm_invalid_output' }), 1);
  assert.equal(sum(samples, 'octollm_task_outcomes_total', { status: 'cancelled', code: 'cancelled' }), 1);
  assert.equal(sum(samples, 'octollm_task_outcomes_total'), 3);

  // Activity durations by arm: the planner ran three times (once failing), the coder twice, the judge once.
  const count = (labels: Record<string, string>): number => sum(samples, 'octollm_activity_duration_seconds_count', labels);
  assert.equal(count({ arm: 'planner', activity: 'planTask', outcome: 'completed' }), 2);
  assert.equal(count({ arm: 'planner', activity: 'planTask', outcome: 'failed' }), 1);
  assert.equal(count({ arm: 'coder', activity: 'coderStep', outcome: 'completed' }), 2);
  assert.equal(count({ arm: 'retriever', activity: 'retrieverStep', outcome: 'completed' }), 1);
  assert.ok(count({ arm: 'judge', outcome: 'completed' }) >= 1);
  const coderSeconds = sum(samples, 'octollm_activity_duration_seconds_sum', { arm: 'coder' });
  assert.ok(coderSeconds > 0 && coderSeconds < 60, `coder time ${coderSeconds} s`);
  // Every le="+Inf" bucket equals its count.
  assert.equal(sum(samples, 'octollm_activity_duration_seconds_bucket', { arm: 'coder', le: '+Inf' }), count({ arm: 'coder' }));

  // LLM usage by provider and model: every fake-provider request was a completed call.
  const model = { provider: 'openai', model: 'gpt-4.1-mini' };
  assert.equal(sum(samples, 'octollm_llm_requests_total', { ...model, outcome: 'ok' }), ctx.llm.requests.length);
  const input = sum(samples, 'octollm_llm_tokens_total', { ...model, direction: 'input' });
  const output = sum(samples, 'octollm_llm_tokens_total', { ...model, direction: 'output' });
  // The completed and cancelled tasks' usage, plus the failed task's two garbage plan replies (100 in, 50 out each).
  assert.equal(input, completed.usage.inputTokens + cancelled.usage.inputTokens + 200);
  assert.equal(output, completed.usage.outputTokens + cancelled.usage.outputTokens + 100);
  const cost = sum(samples, 'octollm_llm_cost_usd_total', model);
  assert.ok(Math.abs(cost - (input * 0.4 + output * 1.6) / 1e6) < 1e-12, `cost ${cost}`);

  // The Temporal worker's own metrics, exported by Core.
  assert.ok(sum(samples, 'temporal_workflow_completed', { workflow_type: 'taskWorkflow' }) >= 1, 'temporal_workflow_completed');
  assert.ok(samples.some((s) => s.name === 'temporal_workflow_task_execution_latency_count'), 'temporal_workflow_task_execution_latency');
  assert.ok(samples.some((s) => s.name === 'temporal_activity_execution_latency_count' && s.labels.task_queue === 'octo-arm-coder'));

  // Labels carry names and codes, never task text.
  assert.ok(!text.includes('slugify') && !text.includes(failedGoal));
});

test('a process without the gateway serves its registry and worker metrics on OCTOLLM_WORKER_METRICS_ADDRESS', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'octollm-worker-metrics-'));
  const config = loadConfig({
    TEMPORAL_ADDRESS: ctx.stack.temporalAddress,
    OCTOLLM_PAYLOAD_KEY: generatePayloadKey(),
    OCTOLLM_DATA_DIR: dataDir,
    OCTOLLM_LOG_LEVEL: 'silent',
    OCTOLLM_WORKER_METRICS_ADDRESS: '127.0.0.1:0',
  });
  const workers = await startStack(config, { pools: ['memory'], gateway: false });
  try {
    assert.match(workers.metricsUrl ?? '', /^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const text = await (await fetch(workers.metricsUrl!)).text();
    assert.match(text, /^# TYPE octollm_activity_duration_seconds histogram$/m);
    assert.match(text, /^# TYPE octollm_llm_tokens_total counter$/m);
    assert.match(text, /^temporal_\w+/m);
    assert.equal((await fetch(workers.metricsUrl!.replace(/\/metrics$/, '/other'))).status, 404);
  } finally {
    await workers.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  assert.throws(() => loadConfig({ OCTOLLM_WORKER_METRICS_ADDRESS: 'nine-four-six-four' }), /OCTOLLM_WORKER_METRICS_ADDRESS: expected host:port/);
});
