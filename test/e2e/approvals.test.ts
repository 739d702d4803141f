// Human approval end to end: risky steps (or every step with `approval: all`) wait in `awaiting_approval` for the
// `approveStep` update sent by POST /v1/tasks/:id/approve; its validator turns bad approvals into 409s.
// (The approval timeout has its own file: it needs a stack with a short APPROVAL_TIMEOUT_SECONDS.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bySchema, startFakeLlm, type FakeLlmServer } from '../support/fake-llm.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

let llm: FakeLlmServer;
let stack: TestStack;

before(async () => {
  llm = await startFakeLlm(bySchema({}));
  // The default approval timeout (an hour): a test that finishes did not get there by timing out.
  stack = await startTestStack({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${llm.url}/v1` });
});

after(async () => {
  await stack?.stop();
  await llm?.close();
});

type PlannedStep = { id: string; action: string; dependsOn?: string[]; risky?: boolean };

/** Plans made only of executor steps with explicit commands, so nothing but the plan needs a model. */
function planWith(steps: PlannedStep[]): void {
  llm.respondWith(
    bySchema({
      plan: {
        json: {
          rationale: 'run the commands',
          steps: steps.map((s) => ({ id: s.id, arm: 'executor', action: s.action, dependsOn: s.dependsOn ?? [], acceptanceCriteria: [], risky: s.risky ?? false })),
        },
      },
    }),
  );
}

async function submit(goal: string, extra: Record<string, unknown> = {}): Promise<string> {
  const submitted = await stack.api('POST', '/v1/tasks', { body: { goal, ...extra } });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  return submitted.body.taskId;
}

const approve = (taskId: string, body: unknown) => stack.api('POST', `/v1/tasks/${taskId}/approve`, { body });

async function scheduledExecutorSteps(taskId: string): Promise<number> {
  const events = (await stack.client.workflow.getHandle(taskId).fetchHistory()).events ?? [];
  return events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'executorStep').length;
}

test('a risky step waits in awaiting_approval; bad approvals are 409s; approving runs it', async () => {
  planWith([{ id: 's1', action: 'Print a marker\n$ echo approved-run', risky: true }]);
  const taskId = await submit('print a marker after approval');
  const waiting = await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  assert.equal(waiting.steps[0].status, 'awaiting_approval');
  assert.equal(await scheduledExecutorSteps(taskId), 0, 'nothing runs before the approval');

  const unknown = await approve(taskId, { stepId: 's9', approved: true });
  assert.equal(unknown.status, 409, JSON.stringify(unknown.body));
  assert.equal(unknown.body.error.code, 'approval_rejected');
  assert.match(unknown.body.error.message, /s9/);
  const malformed = await approve(taskId, { stepId: 's1' });
  assert.equal(malformed.status, 400);

  const granted = await approve(taskId, { stepId: 's1', approved: true, comment: 'looks safe' });
  assert.equal(granted.status, 200, JSON.stringify(granted.body));
  assert.deepEqual(granted.body, { taskId, step: { id: 's1', approved: true } });

  const task = await stack.waitForTask(taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(task.steps[0].status, 'completed');
  assert.deepEqual(task.steps[0].approval, { approved: true, comment: 'looks safe' });
  assert.match(task.steps[0].output, /approved-run/);

  // The step is no longer waiting (and the task has ended): approving it again is a conflict, not a 500.
  const again = await approve(taskId, { stepId: 's1', approved: true });
  assert.equal(again.status, 409, JSON.stringify(again.body));
  assert.equal(again.body.error.code, 'task_finished');
});

test('approving a step that is not waiting (pending behind a waiting one) is a 409', async () => {
  planWith([
    { id: 's1', action: 'First\n$ echo first', risky: true },
    { id: 's2', action: 'Second\n$ echo second', dependsOn: ['s1'] },
  ]);
  const taskId = await submit('two steps, the first risky');
  await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  const early = await approve(taskId, { stepId: 's2', approved: true });
  assert.equal(early.status, 409);
  assert.match(early.body.error.message, /not awaiting approval \(it is pending\)/);
  assert.equal((await approve(taskId, { stepId: 's1', approved: true })).status, 200);
  const task = await stack.waitForTask(taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(task.steps[1].approval, undefined, 's2 is not risky and never waited');
});

test('rejecting a risky step fails the task with step_rejected, the step never runs and later steps are skipped', async () => {
  planWith([
    { id: 's1', action: 'List the workspace\n$ ls', risky: true },
    { id: 's2', action: 'Print done\n$ echo done', dependsOn: ['s1'] },
  ]);
  const taskId = await submit('list the workspace, then say done');
  await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  const rejected = await approve(taskId, { stepId: 's1', approved: false, comment: 'not on a Friday' });
  assert.equal(rejected.status, 200);
  assert.deepEqual(rejected.body.step, { id: 's1', approved: false });

  const task = await stack.waitForTask(taskId);
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'step_rejected');
  assert.match(task.error.message, /step s1 was rejected: not on a Friday/);
  assert.deepEqual(task.steps.map((s: any) => s.status), ['rejected', 'skipped']);
  assert.equal(await scheduledExecutorSteps(taskId), 0);
  const description = await stack.client.workflow.getHandle(taskId).describe();
  assert.equal(description.status.name, 'FAILED');
});

test("approval: 'none' runs risky steps without waiting", async () => {
  planWith([{ id: 's1', action: 'Print\n$ echo no-approval-needed', risky: true }]);
  const taskId = await submit('risky but pre-approved', { approval: 'none' });
  // With an hour-long approval timeout, finishing at all means the step never waited.
  const task = await stack.waitForTask(taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(task.steps[0].approval, undefined);
  assert.match(task.steps[0].output, /no-approval-needed/);
});

test("approval: 'all' waits on every step, one after another as the DAG reaches them", async () => {
  planWith([
    { id: 's1', action: 'First\n$ echo first-of-all' },
    { id: 's2', action: 'Second\n$ echo second-of-all', dependsOn: ['s1'] },
  ]);
  const taskId = await submit('approve everything', { approval: 'all' });
  const first = await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  assert.deepEqual(first.steps.map((s: any) => s.status), ['awaiting_approval', 'pending']);
  assert.equal((await approve(taskId, { stepId: 's1', approved: true })).status, 200);

  const second = await stack.waitForTask(taskId, { until: (t) => t.steps[1].status === 'awaiting_approval' });
  assert.equal(second.status, 'awaiting_approval');
  assert.equal(second.steps[0].status, 'completed');
  assert.equal((await approve(taskId, { stepId: 's2', approved: true })).status, 200);

  const task = await stack.waitForTask(taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.match(task.result.output, /second-of-all/);
  assert.equal(await scheduledExecutorSteps(taskId), 2);
});

test("another tenant cannot approve a task's step (404)", async () => {
  planWith([{ id: 's1', action: 'Print\n$ echo tenant-check', risky: true }]);
  const taskId = await submit('tenant isolation for approvals');
  await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  const theirs = await stack.api('POST', `/v1/tasks/${taskId}/approve`, { body: { stepId: 's1', approved: true }, key: 'globex-key-0123456789' });
  assert.equal(theirs.status, 404);
  assert.equal((await approve(taskId, { stepId: 's1', approved: false })).status, 200);
  assert.equal((await stack.waitForTask(taskId)).error.code, 'step_rejected');
});

test('a step failing while another waits for approval fails the task at once; the waiting step is skipped', async () => {
  planWith([
    { id: 's1', action: 'Clean up\n$ rm -rf /' },
    { id: 's2', action: 'List\n$ ls', risky: true },
  ]);
  const taskId = await submit('a failing step beside a waiting one');
  // With an hour-long approval timeout, ending at all means the failure did not wait for the approval.
  const task = await stack.waitForTask(taskId, { timeoutMs: 15_000 });
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'command_not_allowed');
  assert.deepEqual(task.steps.map((s: any) => s.status), ['failed', 'skipped']);
  assert.equal((await approve(taskId, { stepId: 's2', approved: true })).status, 409);
});

test('a repair round of a risky step asks for approval again before re-running it', async () => {
  let judged = 0;
  llm.respondWith(
    bySchema({
      plan: {
        json: {
          rationale: 'one risky command',
          steps: [{ id: 's1', arm: 'executor', action: 'Print the marker\n$ echo repaired-marker', dependsOn: [], acceptanceCriteria: [], risky: true }],
        },
      },
      criterion_verdict: () => ({ json: judged++ === 0 ? { passed: false, reason: 'try again' } : { passed: true, reason: 'ok' } }),
    }),
  );
  const taskId = await submit('risky step that needs one repair', { acceptanceCriteria: ['prints the marker'] });
  await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  assert.equal((await approve(taskId, { stepId: 's1', approved: true })).status, 200);

  const again = await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' || t.status === 'completed' });
  assert.equal(again.status, 'awaiting_approval', 'the repair waits for a new approval');
  assert.equal(again.steps[0].status, 'awaiting_approval');
  assert.equal(await scheduledExecutorSteps(taskId), 1, 'not re-run yet');
  assert.equal((await approve(taskId, { stepId: 's1', approved: true, comment: 'once more' })).status, 200);

  const task = await stack.waitForTask(taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(task.steps[0].status, 'completed');
  assert.deepEqual(task.steps[0].approval, { approved: true, comment: 'once more' });
  assert.equal(await scheduledExecutorSteps(taskId), 2);
});

test('rejecting the re-approval of a repair fails the task with step_rejected, keeping the last result', async () => {
  llm.respondWith(
    bySchema({
      plan: {
        json: {
          rationale: 'one risky command',
          steps: [{ id: 's1', arm: 'executor', action: 'Print\n$ echo first-try', dependsOn: [], acceptanceCriteria: [], risky: true }],
        },
      },
      criterion_verdict: { json: { passed: false, reason: 'not good enough' } },
    }),
  );
  const taskId = await submit('risky step whose repair is refused', { acceptanceCriteria: ['is perfect'] });
  await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  await approve(taskId, { stepId: 's1', approved: true });
  await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
  await approve(taskId, { stepId: 's1', approved: false, comment: 'no second run' });
  const task = await stack.waitForTask(taskId);
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'step_rejected');
  assert.match(task.steps[0].output, /first-try/, 'the first run\'s output is kept');
  assert.equal(await scheduledExecutorSteps(taskId), 1);
});
