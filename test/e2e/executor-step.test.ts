// Executor steps end to end: an explicit `$ command` runs in the sandbox with provenance (command hash, output
// hash); a model-chosen command goes through structured output; a refused command fails the task at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashCommandLine, hashOutput } from '../../activities/executor/index.js';
import { bySchema } from '../support/fake-llm.js';
import { activityAttempts } from '../support/history.js';
import { useOpenAiStack } from '../support/test-stack.js';

const ctx = useOpenAiStack(bySchema({}));

function planOneStep(action: string): void {
  ctx.llm.respondWith(
    bySchema({
      plan: { json: { rationale: 'one command', steps: [{ id: 's1', arm: 'executor', action, dependsOn: [], acceptanceCriteria: [], risky: false }] } },
      command_choice: { json: { command: 'echo', args: ['chosen', 'by', 'the', 'model'] }, inputTokens: 40, outputTokens: 12 },
    }),
  );
}

async function run(goal: string) {
  const from = ctx.llm.requests.length;
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal } });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  const events = (await ctx.stack.client.workflow.getHandle(task.taskId).fetchHistory()).events ?? [];
  return { task, events, requests: ctx.llm.requests.slice(from) };
}

test('an explicit `$ echo hello` runs without a model and leaves command and output hashes as provenance', async () => {
  planOneStep('Greet\n$ echo hello');
  const { task, requests } = await run('say hello from the sandbox');
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  const step = task.steps[0];
  assert.match(step.output, /^\$ echo hello\nexit code: 0\nstdout:\nhello\n/);
  assert.equal(step.provenance.arm, 'executor');
  assert.equal(step.provenance.model, 'executor:explicit');
  assert.equal(step.provenance.inputHash, hashCommandLine('echo', ['hello']));
  assert.equal(step.provenance.outputHash, hashOutput('hello\n', ''));
  assert.deepEqual(step.provenance.usage, { inputTokens: 0, outputTokens: 0, costUsd: 0 });
  assert.equal(task.result.output, step.output);
  assert.deepEqual(requests.map((r) => r.schemaName), ['plan'], 'only the planner used a model');
});

test('without an explicit command the model chooses one as structured output, and it runs', async () => {
  planOneStep('Print a short message saying who chose the command');
  const { task, requests } = await run('let the model pick a command');
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  const step = task.steps[0];
  assert.match(step.output, /stdout:\nchosen by the model\n/);
  assert.equal(step.provenance.model, 'openai:gpt-4.1-mini');
  assert.equal(step.provenance.inputHash, hashCommandLine('echo', ['chosen', 'by', 'the', 'model']));
  assert.equal(step.provenance.usage.inputTokens, 40);
  const choice = requests.find((r) => r.schemaName === 'command_choice')!;
  assert.match(choice.system, /allow-list/);
  assert.equal((choice.body.response_format as any).json_schema.name, 'command_choice');
});

test('a refused command (`$ rm -rf /`) fails the task with command_not_allowed after one attempt', async () => {
  planOneStep('Clean up\n$ rm -rf /');
  const { task, events } = await run('clean up everything');
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'command_not_allowed');
  assert.equal(task.steps[0].status, 'failed');
  assert.equal(task.steps[0].error.code, 'command_not_allowed');
  assert.doesNotMatch(task.error.message, /-rf/, 'refusals do not echo the arguments');
  assert.deepEqual(activityAttempts({ events }, 'planTask'), [1]);
  assert.deepEqual(activityAttempts({ events }, 'executorStep'), [1], 'no retry of a refusal');
  const failed = events.find((e) => e.activityTaskFailedEventAttributes)!;
  assert.equal(failed.activityTaskFailedEventAttributes!.failure?.applicationFailureInfo?.type, 'command_not_allowed');
  assert.equal(failed.activityTaskFailedEventAttributes!.failure?.applicationFailureInfo?.nonRetryable, true);
});

test('a shell operator in an explicit command is refused, not interpreted', async () => {
  planOneStep('Sneaky\n$ echo hi ; cat /etc/passwd');
  const { task } = await run('echo with a shell separator');
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'command_not_allowed');
  assert.match(task.error.message, /shell_syntax/);
  assert.equal(task.steps[0].output, undefined);
});
