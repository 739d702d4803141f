// Inspecting and retrying runs (issue 6): GET /v1/tasks (visibility), the SSE progress stream with
// Last-Event-ID resumption, and POST /v1/tasks/:id/retry (a Temporal reset that keeps finished steps).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSse, type SseMessage } from '../../cli/sse.js';
import { bySchema, type FakeReply, type FakeRequest } from '../support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../support/scripts.js';
import { KEYS, useOpenAiStack } from '../support/test-stack.js';

const happy = bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict });
const rejected: FakeReply = { status: 400, body: { error: { message: 'model not found', type: 'invalid_request_error' } } };

const ctx = useOpenAiStack(happy);

async function submit(body: Record<string, unknown>, key: string = KEYS.acme): Promise<string> {
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body, key });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  return submitted.body.taskId;
}

/** Reads an event stream until it closes (or `stopAt` says so); returns what arrived. */
async function events(taskId: string, options: { lastEventId?: string; key?: string; stopAt?: (m: SseMessage) => boolean; signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${options.key ?? KEYS.acme}` };
  if (options.lastEventId) headers['last-event-id'] = options.lastEventId;
  const response = await fetch(`${ctx.stack.url}/v1/tasks/${taskId}/events`, { headers, signal: options.signal });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const received: SseMessage[] = [];
  for await (const message of readSse(response.body!)) {
    received.push(message);
    if (options.stopAt?.(message)) break;
  }
  return received;
}

/** Visibility is eventually consistent: wait until the listing satisfies `until`. */
async function listUntil(query: string, until: (body: any) => boolean, key: string = KEYS.acme): Promise<any> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { status, body } = await ctx.stack.api('GET', `/v1/tasks${query}`, { key });
    assert.equal(status, 200, JSON.stringify(body));
    if (until(body)) return body;
    if (Date.now() > deadline) throw new Error(`listing ${query} never matched; last: ${JSON.stringify(body).slice(0, 1_000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('GET /v1/tasks lists the caller\'s tasks newest first (running, then by close time), filters by status/arm/since, and pages with a cursor', async () => {
  const since = new Date(Date.now() - 1_000).toISOString();
  const done = await submit({ ...SLUG_TASK, goal: 'listing: completed task' });
  await ctx.stack.waitForTask(done);
  ctx.llm.respondWith(() => rejected);
  const failed = await submit({ goal: 'listing: failed task' });
  await ctx.stack.waitForTask(failed);
  ctx.llm.respondWith(happy);
  const theirs = await submit({ ...SLUG_TASK, goal: 'listing: another tenant' }, KEYS.globex);
  await ctx.stack.waitForTask(theirs, { key: KEYS.globex });

  const mine = await listUntil(`?since=${encodeURIComponent(since)}`, (b) => b.items.some((t: any) => t.taskId === failed && t.status === 'failed'));
  assert.deepEqual(mine.items.map((t: any) => t.taskId), [failed, done], 'newest first, and only this tenant\'s');
  const [failedItem, doneItem] = mine.items;
  assert.equal(doneItem.status, 'completed');
  assert.equal(doneItem.priority, 'medium');
  assert.deepEqual([...doneItem.arms].sort(), ['coder', 'retriever']);
  // Usage search attributes are throttled while a task runs; the final ones must match the task's own totals.
  const { body: doneTask } = await ctx.stack.api('GET', `/v1/tasks/${done}`);
  assert.ok(doneTask.usage.costUsd > 0);
  assert.equal(doneItem.tokens, doneTask.usage.inputTokens + doneTask.usage.outputTokens);
  assert.equal(doneItem.costUsd, doneTask.usage.costUsd);
  assert.ok(Date.parse(doneItem.closeTime) >= Date.parse(doneItem.startTime));
  assert.deepEqual(doneItem.links, { self: `/v1/tasks/${done}`, events: `/v1/tasks/${done}/events`, ...(doneItem.links.ui ? { ui: doneItem.links.ui } : {}) });
  assert.equal(failedItem.status, 'failed');

  const onlyFailed = await listUntil(`?status=failed&since=${encodeURIComponent(since)}`, (b) => b.items.length > 0);
  assert.deepEqual(onlyFailed.items.map((t: any) => t.taskId), [failed]);
  const coder = await listUntil(`?arm=coder&since=${encodeURIComponent(since)}`, (b) => b.items.length > 0);
  assert.deepEqual(coder.items.map((t: any) => t.taskId), [done], 'the failed task never got a plan, so no arms');

  const page1 = await ctx.stack.api('GET', `/v1/tasks?limit=1&since=${encodeURIComponent(since)}`);
  assert.equal(page1.body.items.length, 1);
  assert.equal(page1.body.items[0].taskId, failed);
  assert.match(page1.body.nextCursor, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  const page2 = await ctx.stack.api('GET', `/v1/tasks?limit=1&since=${encodeURIComponent(since)}&cursor=${page1.body.nextCursor}`);
  assert.deepEqual(page2.body.items.map((t: any) => t.taskId), [done]);

  const future = await ctx.stack.api('GET', `/v1/tasks?since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
  assert.deepEqual(future.body, { items: [] });
  const globex = await listUntil(`?since=${encodeURIComponent(since)}`, (b) => b.items.length > 0, KEYS.globex);
  assert.deepEqual(globex.items.map((t: any) => t.taskId), [theirs]);

  for (const bad of ['?status=finished', '?arm=wizard', '?limit=0', '?limit=101', '?since=yesterday', "?status=failed' OR 1=1", '?cursor=a%27b', '?tenant=globex']) {
    const response = await ctx.stack.api('GET', `/v1/tasks${bad}`);
    assert.equal(response.status, 400, `${bad} → ${JSON.stringify(response.body)}`);
    assert.equal(response.body.error.code, 'invalid_request');
  }
  // A cursor is only good for the listing (tenant and filters) that produced it.
  for (const cursor of ['bm90LWEtdG9rZW4.AAAAAAAAAAA', page1.body.nextCursor.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'))]) {
    const forged = await ctx.stack.api('GET', `/v1/tasks?limit=1&since=${encodeURIComponent(since)}&cursor=${cursor}`);
    assert.equal(forged.status, 400, JSON.stringify(forged.body));
    assert.equal(forged.body.error.code, 'invalid_cursor');
  }
  const otherFilters = await ctx.stack.api('GET', `/v1/tasks?limit=1&status=failed&cursor=${page1.body.nextCursor}`);
  assert.equal(otherFilters.body.error.code, 'invalid_cursor');
  const otherTenant = await ctx.stack.api('GET', `/v1/tasks?limit=1&since=${encodeURIComponent(since)}&cursor=${page1.body.nextCursor}`, { key: KEYS.globex });
  assert.equal(otherTenant.body.error.code, 'invalid_cursor');
});

test('the event stream replays a finished task\'s progress, ends with `end`, and resumes after Last-Event-ID', async () => {
  const taskId = await submit({ ...SLUG_TASK, goal: 'events: finished task' });
  await ctx.stack.waitForTask(taskId);
  const all = await events(taskId);
  const types = all.map((m) => (m.event === 'status' ? `status:${JSON.parse(m.data).status}` : m.event));
  assert.deepEqual(types.filter((t) => t.startsWith('status:')), ['status:queued', 'status:planning', 'status:running', 'status:validating', 'status:completed']);
  assert.equal(types.at(-1), 'end');
  assert.deepEqual(JSON.parse(all.at(-1)!.data), { type: 'end', status: 'completed' });
  const plan = JSON.parse(all.find((m) => m.event === 'plan')!.data);
  assert.equal(plan.total, 3);
  assert.deepEqual(plan.steps.map((s: any) => s.id), ['s1', 's2', 's3']);
  const steps = all.filter((m) => m.event === 'step').map((m) => JSON.parse(m.data));
  assert.deepEqual(steps.filter((s) => s.status === 'completed').map((s) => s.done).sort(), [1, 2, 3]);
  assert.ok(steps.every((s) => s.total === 3));
  assert.deepEqual(new Set(steps.map((s) => `${s.stepId}:${s.status}`)), new Set(['s1:running', 's2:running', 's3:running', 's1:completed', 's2:completed', 's3:completed']));
  assert.ok(all.every((m) => /^\d+\.[0-9a-f]{8}$/.test(m.id ?? '')), 'ids are <history event id>.<run tag>');
  const ids = all.map((m) => Number(m.id!.split('.')[0]));
  assert.ok(ids.every((id, i) => i === 0 || id > ids[i - 1]!), `ids increase: ${ids.join(',')}`);

  // Reconnecting after the 4th event yields exactly the rest.
  const resumed: SseMessage[] = await events(taskId, { lastEventId: all[3]!.id });
  assert.deepEqual(resumed, all.slice(4));
  // After the end, a reconnect gets only the end again (so an EventSource knows to stop).
  const afterEnd = await events(taskId, { lastEventId: all.at(-1)!.id });
  assert.deepEqual(afterEnd, [all.at(-1)]);

  const other = await fetch(`${ctx.stack.url}/v1/tasks/${taskId}/events`, { headers: { authorization: `Bearer ${KEYS.globex}` } });
  assert.equal(other.status, 404);
  assert.equal(((await other.json()) as any).error.code, 'not_found');
  const badId = await fetch(`${ctx.stack.url}/v1/tasks/${taskId}/events`, { headers: { authorization: `Bearer ${KEYS.acme}`, 'last-event-id': 'abc' } });
  assert.equal(badId.status, 400);
});

test('the event stream follows a live task: it waits at approval, goes on after it, and survives a client leaving', async () => {
  const plan = { rationale: 'one risky step', steps: [{ id: 's1', arm: 'coder', action: 'Write the migration', dependsOn: [], acceptanceCriteria: [], risky: true }] };
  ctx.llm.respondWith(bySchema({ plan: { json: plan }, code_result: codeReply }));
  const taskId = await submit({ goal: 'events: live task with approval' });

  // A client that leaves mid-stream: the server must close its long poll, not crash.
  const leaver = new AbortController();
  const left = events(taskId, { signal: leaver.signal, stopAt: () => false }).catch((err: Error) => err);

  const untilWaiting = await events(taskId, { stopAt: (m) => m.event === 'status' && JSON.parse(m.data).status === 'awaiting_approval' });
  leaver.abort();
  assert.ok((await left) instanceof Error, 'the aborted stream ended on the client side');
  const approve = await ctx.stack.api('POST', `/v1/tasks/${taskId}/approve`, { body: { stepId: 's1', approved: true } });
  assert.equal(approve.status, 200, JSON.stringify(approve.body));
  const rest = await events(taskId, { lastEventId: untilWaiting.at(-1)!.id });
  const kinds = rest.map((m) => m.event);
  assert.equal(kinds[0], 'approval');
  assert.deepEqual(JSON.parse(rest[0]!.data), { type: 'approval', stepId: 's1', approved: true });
  assert.ok(kinds.includes('step'));
  assert.equal(kinds.at(-1), 'end');
  assert.equal(JSON.parse(rest.at(-1)!.data).status, 'completed');
  ctx.llm.respondWith(happy);
});

test('a task the provider rejected (HTTP 400 on the coder step) completes after a retry, without re-planning', async () => {
  let coderFixed = false;
  const codeCalls: FakeRequest[] = [];
  ctx.llm.respondWith((r) => {
    if (r.schemaName === 'code_result') {
      codeCalls.push(r);
      if (!coderFixed) return rejected;
    }
    return happy(r);
  });
  const goal = 'retry: coder rejected until the provider is fixed';
  const taskId = await submit({ ...SLUG_TASK, goal });
  const failed = await ctx.stack.waitForTask(taskId);
  assert.equal(failed.status, 'failed');
  assert.equal(failed.error.code, 'llm_request_rejected');
  const failedRunEvents = await events(taskId);
  assert.deepEqual(JSON.parse(failedRunEvents.at(-1)!.data), { type: 'end', status: 'failed', error: { code: 'llm_request_rejected' } });
  const plansBefore = ctx.llm.requests.filter((r) => r.schemaName === 'plan' && r.prompt.includes(goal)).length;
  assert.equal(plansBefore, 1);
  const codeCallsBefore = codeCalls.length;

  coderFixed = true;
  const retried = await ctx.stack.api('POST', `/v1/tasks/${taskId}/retry`);
  assert.equal(retried.status, 202, JSON.stringify(retried.body));
  assert.equal(retried.body.taskId, taskId);
  assert.equal(retried.body.failure, 'llm_request_rejected');
  assert.match(retried.body.runId, /^[0-9a-f-]{36}$/);
  assert.notEqual(retried.body.runId, retried.body.previousRunId);

  // GET reads the latest run: the reset one.
  const task = await ctx.stack.waitForTask(taskId, { until: (t) => t.status === 'completed' || (t.status === 'failed' && t.error?.code !== 'llm_request_rejected') });
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.deepEqual(task.steps.map((s: any) => s.status), ['completed', 'completed', 'completed']);
  assert.equal(ctx.llm.requests.filter((r) => r.schemaName === 'plan' && r.prompt.includes(goal)).length, 1, 'the planner was not asked again');
  assert.equal(codeCalls.length - codeCallsBefore, 2, 'both coder steps ran once after the retry');
  const description = await ctx.stack.client.workflow.getHandle(taskId).describe();
  assert.equal(description.runId, retried.body.runId);

  // A client that saw the failed run to its end and reconnects gets the new run from where the two part:
  // nothing the new run did after the reset point is skipped.
  const newRun = await events(taskId);
  const resumed = await events(taskId, { lastEventId: failedRunEvents.at(-1)!.id });
  assert.deepEqual(resumed, newRun.slice(newRun.length - resumed.length), 'a suffix of the new run');
  const seq = (m: SseMessage) => Number(m.id!.split('.')[0]);
  assert.ok(seq(resumed[0]!) < seq(failedRunEvents.at(-1)!), 'resumed from the reset point, not after the old run\'s last id');
  assert.ok(seq(resumed[0]!) > retried.body.resetEventId, 'events before the reset point (seen in the old run) are not repeated');
  assert.ok(resumed.some((m) => m.event === 'step' && JSON.parse(m.data).stepId === 's2' && JSON.parse(m.data).status === 'completed'));
  assert.equal(JSON.parse(resumed.at(-1)!.data).status, 'completed');

  // A completed task cannot be retried; neither can another tenant's.
  const again = await ctx.stack.api('POST', `/v1/tasks/${taskId}/retry`);
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'task_completed');
  const theirs = await ctx.stack.api('POST', `/v1/tasks/${taskId}/retry`, { key: KEYS.globex });
  assert.equal(theirs.status, 404);
  // The listing shows the task once, as completed.
  const listed = await listUntil('?limit=100', (b) => b.items.some((t: any) => t.taskId === taskId && t.status === 'completed'));
  assert.equal(listed.items.filter((t: any) => t.taskId === taskId).length, 1);
  ctx.llm.respondWith(happy);
});

test('retrying a running task is a 409', async () => {
  const plan = { rationale: 'waits', steps: [{ id: 's1', arm: 'coder', action: 'Wait for a human', dependsOn: [], acceptanceCriteria: [], risky: true }] };
  ctx.llm.respondWith(bySchema({ plan: { json: plan }, code_result: codeReply }));
  const taskId = await submit({ goal: 'retry: still running' });
  await ctx.stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  const response = await ctx.stack.api('POST', `/v1/tasks/${taskId}/retry`);
  assert.equal(response.status, 409);
  assert.equal(response.body.error.code, 'task_running');
  assert.match(response.body.error.message, /still running/);
  await ctx.stack.api('POST', `/v1/tasks/${taskId}/cancel`);
  const cancelled = await ctx.stack.waitForTask(taskId);
  assert.equal(cancelled.status, 'cancelled');
  const afterCancel = await ctx.stack.api('POST', `/v1/tasks/${taskId}/retry`);
  assert.equal(afterCancel.status, 409);
  assert.equal(afterCancel.body.error.code, 'task_not_retryable');
  ctx.llm.respondWith(happy);
});

test('a retry re-applies an approval given after the reset point: the approved step does not wait again', async () => {
  const plan = { rationale: 'one risky step', steps: [{ id: 's1', arm: 'coder', action: 'Write the migration', dependsOn: [], acceptanceCriteria: [], risky: true }] };
  let coderFixed = false;
  ctx.llm.respondWith((r) => (r.schemaName === 'code_result' && !coderFixed ? rejected : bySchema({ plan: { json: plan }, code_result: codeReply })(r)));
  const taskId = await submit({ goal: 'retry: approved step, then rejected by the provider' });
  await ctx.stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  const approve = await ctx.stack.api('POST', `/v1/tasks/${taskId}/approve`, { body: { stepId: 's1', approved: true, comment: 'go' } });
  assert.equal(approve.status, 200);
  const failed = await ctx.stack.waitForTask(taskId);
  assert.equal(failed.error?.code, 'llm_request_rejected');

  coderFixed = true;
  const retried = await ctx.stack.api('POST', `/v1/tasks/${taskId}/retry`);
  assert.equal(retried.status, 202, JSON.stringify(retried.body));
  const task = await ctx.stack.waitForTask(taskId, { until: (t) => t.status === 'completed' || t.status === 'awaiting_approval' || (t.status === 'failed' && t.error?.code !== 'llm_request_rejected') });
  assert.equal(task.status, 'completed', `status ${task.status}`);
  assert.deepEqual(task.steps[0].approval, { approved: true, comment: 'go' });
  ctx.llm.respondWith(happy);
});
