// Plan validation (pure, shared by the workflow): every problem a planner could make, as a sentence it can act on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PLAN_STEPS, planProblems, PlanSchema, type Plan, type PlanStep } from './plan.js';

const s = (id: string, dependsOn: string[] = [], arm = 'coder'): PlanStep => ({ id, arm, action: `do ${id}`, dependsOn, acceptanceCriteria: [], risky: false });
const plan = (...steps: PlanStep[]): Plan => ({ rationale: 'r', steps });

test('a valid DAG has no problems (diamond, parallel roots, every step arm)', () => {
  assert.deepEqual(planProblems(plan(s('a'), s('b', ['a'], 'retriever'), s('c', ['a'], 'executor'), s('d', ['b', 'c'], 'judge'), s('e', [], 'guardian'))), []);
});

test('unknown arms and arms that cannot run steps are named with the alternatives', () => {
  const [unknown] = planProblems(plan(s('a', [], 'wizard')));
  assert.match(unknown!, /step "a" uses unknown arm "wizard" \(known: .*coder.*\)/);
  const [planner] = planProblems(plan(s('a', [], 'planner')));
  assert.match(planner!, /step "a" uses arm "planner", which cannot run steps \(step arms: .*executor.*\)/);
});

test('duplicate ids, missing and self dependencies are each reported', () => {
  const problems = planProblems(plan(s('a'), s('a'), s('b', ['zz']), s('c', ['c'])));
  assert.ok(problems.includes('step id "a" is used twice'));
  assert.ok(problems.includes('step "b" depends on missing step "zz"'));
  assert.ok(problems.includes('step "c" depends on itself'));
});

test('cycles are found and spelled out', () => {
  assert.deepEqual(planProblems(plan(s('a', ['c']), s('b', ['a']), s('c', ['b']))), ['steps form a cycle: a -> c -> b -> a']);
  assert.deepEqual(planProblems(plan(s('x'), s('a', ['b']), s('b', ['a']))), ['steps form a cycle: a -> b -> a']);
});

test('PlanSchema bounds the plan: 1 to 20 steps, all fields present', () => {
  assert.equal(PlanSchema.safeParse(plan()).success, false);
  assert.equal(PlanSchema.safeParse(plan(...Array.from({ length: MAX_PLAN_STEPS + 1 }, (_, i) => s(`s${i}`)))).success, false);
  assert.equal(PlanSchema.safeParse(plan(...Array.from({ length: MAX_PLAN_STEPS }, (_, i) => s(`s${i}`)))).success, true);
  const { risky: _risky, ...withoutRisky } = s('a');
  assert.equal(PlanSchema.safeParse({ rationale: 'r', steps: [withoutRisky] }).success, false);
  // An invented arm parses (validation, not parsing, rejects it, so the planner can be told why).
  assert.equal(PlanSchema.safeParse(plan(s('a', [], 'wizard'))).success, true);
});
