// Judge repair rounds end to end: failed acceptance criteria send the final step back to its arm with the judge's
// issues, at most twice; still failing → `validation_failed`, with the last result kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bySchema, type FakeRequest } from '../support/fake-llm.js';
import { codeReply } from '../support/scripts.js';
import { useOpenAiStack } from '../support/test-stack.js';

const ONE_STEP_PLAN = {
  rationale: 'one coder step',
  steps: [{ id: 's1', arm: 'coder', action: 'Write a slugify function in TypeScript', dependsOn: [], acceptanceCriteria: [], risky: false }],
};
const CRITERION = 'handles accented characters';

const ctx = useOpenAiStack(bySchema({}));

/** A judge that fails the criterion `failures` times, then passes it. */
function judgeFailing(failures: number): void {
  let judged = 0;
  ctx.llm.respondWith(
    bySchema({
      plan: { json: ONE_STEP_PLAN },
      code_result: codeReply,
      criterion_verdict: () =>
        judged++ < failures
          ? { json: { passed: false, reason: `attempt ${judged} drops the accents instead of folding them` } }
          : { json: { passed: true, reason: 'folds accents' } },
    }),
  );
}

async function run(goal: string) {
  const from = ctx.llm.requests.length;
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal, acceptanceCriteria: [CRITERION] } });
  assert.equal(submitted.status, 202);
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  const requests = ctx.llm.requests.slice(from);
  const of = (schema: string): FakeRequest[] => requests.filter((r) => r.schemaName === schema);
  return { task, coder: of('code_result'), judge: of('criterion_verdict') };
}

test('a criterion failing once → one repair round with the judge\'s issues in the prompt → completed', async () => {
  judgeFailing(1);
  const { task, coder, judge } = await run('slugify that folds accents (one repair)');
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(judge.length, 2);
  assert.equal(coder.length, 2, 'the sink step ran once, then once more as the repair');
  assert.doesNotMatch(coder[0]!.prompt, /reviewer rejected/);
  assert.match(coder[1]!.prompt, /A reviewer rejected the previous attempt:\n- handles accented characters: attempt 1 drops the accents/);
  // ...together with what it is asked to fix: the step's own rejected output.
  assert.match(coder[1]!.prompt, /Your previous output for this step:\n```typescript\nexport const slugify/);
  assert.equal(task.result.verdict.valid, true);
  assert.deepEqual(task.result.verdict.passed, [CRITERION]);
  assert.equal(task.steps[0].status, 'completed');
  // Every call is accounted for: plan, two coder calls, two verdicts.
  assert.equal(task.provenance.length, 5);
});

test('a criterion failing three times → exactly two repair rounds → validation_failed, result kept', async () => {
  judgeFailing(3);
  const { task, coder, judge } = await run('slugify that folds accents (never good enough)');
  assert.equal(task.status, 'failed');
  assert.equal(task.error.code, 'validation_failed');
  assert.match(task.error.message, /after 2 repair rounds: handles accented characters/);
  assert.equal(judge.length, 3, 'judged the original and each of the two repairs');
  assert.equal(coder.length, 3, 'the original and two repairs, no third');
  assert.match(coder[2]!.prompt, /attempt 2 drops the accents/);
  // What was done is kept: the last output and the verdict that failed it.
  assert.match(task.result.output, /export const slugify/);
  assert.equal(task.result.verdict.valid, false);
  assert.deepEqual(task.result.verdict.failed, [CRITERION]);
  assert.match(task.result.verdict.issues[0], /attempt 3/);
  assert.equal(task.steps[0].status, 'completed');
  const description = await ctx.stack.client.workflow.getHandle(task.taskId).describe();
  assert.equal(description.status.name, 'FAILED');
});

test('a task without acceptance criteria is accepted by rules, with no judge call', async () => {
  judgeFailing(99);
  const from = ctx.llm.requests.length;
  const submitted = await ctx.stack.api('POST', '/v1/tasks', { body: { goal: 'slugify, no criteria' } });
  const task = await ctx.stack.waitForTask(submitted.body.taskId);
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(ctx.llm.requests.slice(from).filter((r) => r.schemaName === 'criterion_verdict').length, 0);
  assert.equal(task.result.verdict.valid, true);
});

test('an output that leaks a secret fails the judge\'s rules without asking a model, and is repaired', async () => {
  let coded = 0;
  ctx.llm.respondWith(
    bySchema({
      plan: { json: ONE_STEP_PLAN },
      code_result: () => ({
        json: {
          language: 'typescript',
          code: coded++ === 0 ? 'export const awsKey = "AKIAIOSFODNN7EXAMPLE";' : 'export const awsKey = process.env.AWS_ACCESS_KEY_ID;',
          explanation: 'config',
        },
      }),
      criterion_verdict: { json: { passed: true, reason: 'ok' } },
    }),
  );
  const { task, coder, judge } = await run('export the AWS key for the deploy script');
  assert.equal(task.status, 'completed', JSON.stringify(task.error));
  assert.equal(coder.length, 2);
  assert.match(coder[1]!.prompt, /the output contains SECRET: remove personal data and secrets/);
  assert.equal(judge.length, 1, 'only the clean output was sent to the model judge');
  assert.doesNotMatch(task.result.output, /AKIA/);
});
