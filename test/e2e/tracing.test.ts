// OpenTelemetry end to end: with tracing on (an in-memory exporter in place of the configured one), a submitted
// task is one trace — HTTP request → StartWorkflow → RunWorkflow → StartActivity/RunActivity → LLM call.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { bySchema } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { useOpenAiStack } from '../support/test-stack.js';

const exporter = new InMemorySpanExporter();
const ctx = useOpenAiStack(bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict }), {}, { spanExporter: exporter });

/** Runs a task to its end and returns the spans of its trace, found from the HTTP request's span. */
async function traceOf(body: unknown, headers: Record<string, string> = {}): Promise<{ taskId: string; spans: ReadableSpan[]; http: ReadableSpan }> {
  exporter.reset();
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body, headers });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const { taskId } = submitted.body;
  await ctx.stack.client.workflow.getHandle(taskId).result();
  // Workflow spans leave the sandbox through a sink once their activation completes.
  await ctx.stack.flushTraces();
  const all = exporter.getFinishedSpans();
  const http = all.find((s) => s.name === 'POST /v1/tasks');
  assert.ok(http, `no HTTP span among ${all.map((s) => s.name).join(', ')}`);
  return { taskId, http, spans: all.filter((s) => s.spanContext().traceId === http.spanContext().traceId) };
}

const byName = (spans: ReadableSpan[], name: string): ReadableSpan[] => spans.filter((s) => s.name === name);
const parentOf = (spans: ReadableSpan[], span: ReadableSpan): ReadableSpan | undefined => spans.find((s) => s.spanContext().spanId === span.parentSpanId);

test('a task is one trace from the HTTP request through the workflow to each activity and LLM call', async () => {
  const { taskId, http, spans } = await traceOf(SLUG_TASK);
  const names = spans.map((s) => s.name);
  for (const name of ['StartWorkflow:taskWorkflow', 'RunWorkflow:taskWorkflow', 'StartActivity:planTask', 'RunActivity:planTask', 'RunActivity:retrieverStep', 'RunActivity:coderStep', 'RunActivity:judgeResult']) {
    assert.ok(names.includes(name), `${name} is in the trace: ${names.join(', ')}`);
  }
  assert.equal(http.attributes['http.route'], '/v1/tasks');
  assert.equal(http.attributes['http.response.status_code'], 202);

  // The chain: HTTP → StartWorkflow → RunWorkflow → StartActivity → RunActivity → chat.
  const [start] = byName(spans, 'StartWorkflow:taskWorkflow');
  assert.equal(start!.parentSpanId, http.spanContext().spanId);
  assert.equal(start!.attributes.temporalWorkflowId, taskId);
  const [run] = byName(spans, 'RunWorkflow:taskWorkflow');
  assert.equal(run!.parentSpanId, start!.spanContext().spanId);
  const [runPlan] = byName(spans, 'RunActivity:planTask');
  assert.equal(parentOf(spans, runPlan!)?.name, 'StartActivity:planTask');
  assert.equal(parentOf(spans, parentOf(spans, runPlan!)!)?.name, 'RunWorkflow:taskWorkflow');

  // One LLM span per model call (plan, two coder steps, one criterion), each inside its activity.
  const llm = byName(spans, 'chat gpt-4.1-mini');
  assert.equal(llm.length, 4);
  const planCall = llm.find((s) => s.parentSpanId === runPlan!.spanContext().spanId);
  assert.ok(planCall, 'the planner call is a child of RunActivity:planTask');
  assert.deepEqual(
    { ...planCall.attributes },
    {
      'gen_ai.operation.name': 'chat',
      'gen_ai.system': 'openai',
      'gen_ai.request.model': 'gpt-4.1-mini',
      'octollm.arm': 'planner',
      'gen_ai.usage.input_tokens': 100,
      'gen_ai.usage.output_tokens': 50,
      'octollm.cost_usd': (100 * 0.4 + 50 * 1.6) / 1e6,
    },
  );
  for (const call of llm) assert.match(parentOf(spans, call)?.name ?? '', /^RunActivity:(planTask|coderStep|judgeResult)$/);

  // No task text on any span: attributes hold names, ids and counts only.
  const attributes = JSON.stringify(spans.map((s) => s.attributes));
  for (const text of [SLUG_TASK.goal, 'slugify', 'naming rules']) assert.ok(!attributes.includes(text), `"${text}" appears in span attributes`);
});

test("a caller's traceparent makes the task part of the caller's trace", async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const { http, spans } = await traceOf({ ...SLUG_TASK, goal: `${SLUG_TASK.goal} (traced by the caller)` }, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
  assert.equal(http.spanContext().traceId, traceId);
  assert.equal(http.parentSpanId, '00f067aa0ba902b7');
  assert.ok(byName(spans, 'RunWorkflow:taskWorkflow').length === 1 && byName(spans, 'chat gpt-4.1-mini').length >= 1);
});
