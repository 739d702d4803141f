import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TaskSpec } from '../../contracts/step.js';
import { simplePlan } from './simple-goal.js';

const task = (goal: string, extra: Partial<TaskSpec> = {}): TaskSpec => ({
  goal,
  constraints: [],
  acceptanceCriteria: [],
  context: {},
  priority: 'medium',
  budget: { maxTokens: 20_000, maxCostUsd: 1, maxTimeSeconds: 300 },
  approval: 'risky',
  ...extra,
});

test('a short, bare code request becomes one coder step', () => {
  for (const goal of ['Write a TypeScript function that reverses a string', 'implement a regex for ISO dates', 'Create a SQL query listing overdue invoices']) {
    const plan = simplePlan(task(goal));
    assert.deepEqual(plan?.steps.map((s) => [s.arm, s.action]), [['coder', goal]], goal);
  }
});

test('anything more gets a real plan', () => {
  assert.equal(simplePlan(task('Summarise the quarterly sales report')), undefined, 'not a code request');
  assert.equal(simplePlan(task('Write a function to parse dates', { acceptanceCriteria: ['handles leap years'] })), undefined);
  assert.equal(simplePlan(task('Write a function to parse dates', { constraints: ['no dependencies'] })), undefined);
  assert.equal(simplePlan(task('Write a function to parse dates', { context: { style: 'functional' } })), undefined);
  assert.equal(simplePlan(task('Write a function to parse dates.\nThen deploy it to production')), undefined);
  assert.equal(simplePlan(task(`Write a function ${'that does a thing '.repeat(20)}`)), undefined, 'too long');
  assert.equal(simplePlan(task('Research the market, then write a script')), undefined, 'does not start with the request');
});
