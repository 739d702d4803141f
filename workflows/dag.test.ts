// The DAG helpers the workflow schedules with: which steps may start, which are final, what the result is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StepState, StepStatus } from '../contracts/step.js';
import { integratedOutput, readySteps, sinkSteps } from './dag.js';

const step = (id: string, dependsOn: string[] = [], status: StepStatus = 'pending', output?: string): StepState => ({
  id,
  arm: 'coder',
  action: `do ${id}`,
  dependsOn,
  risky: false,
  status,
  ...(output === undefined ? {} : { output }),
});
const ids = (steps: StepState[]): string[] => steps.map((s) => s.id);

test('readySteps: pending steps whose dependencies have all completed', () => {
  const steps = [step('a'), step('b'), step('c', ['a', 'b']), step('d', ['c'])];
  assert.deepEqual(ids(readySteps(steps)), ['a', 'b'], 'independent roots start together');
  steps[0]!.status = 'completed';
  assert.deepEqual(ids(readySteps(steps)), ['b'], 'c still waits for b');
  steps[1]!.status = 'completed';
  assert.deepEqual(ids(readySteps(steps)), ['c']);
});

test('readySteps: running, waiting, failed or skipped dependencies do not count as done', () => {
  for (const status of ['running', 'awaiting_approval', 'failed', 'rejected', 'skipped'] as const) {
    assert.deepEqual(ids(readySteps([step('a', [], status), step('b', ['a'])])), [], status);
  }
});

test('readySteps: only pending steps are returned (never one already running or finished)', () => {
  const steps = [step('a', [], 'running'), step('b', [], 'completed'), step('c', [], 'awaiting_approval'), step('d')];
  assert.deepEqual(ids(readySteps(steps)), ['d']);
});

test('sinkSteps: the steps nothing depends on', () => {
  assert.deepEqual(ids(sinkSteps([step('a'), step('b'), step('c', ['a', 'b'])])), ['c']);
  assert.deepEqual(ids(sinkSteps([step('a'), step('b'), step('c', ['a'])])), ['b', 'c']);
  assert.deepEqual(ids(sinkSteps([step('only')])), ['only']);
});

test('integratedOutput: one sink → its output as is; several → each under a heading, in plan order', () => {
  assert.equal(integratedOutput([step('a', [], 'completed', 'rules'), step('b', ['a'], 'completed', 'final code')]), 'final code');
  assert.equal(
    integratedOutput([step('a', [], 'completed', 'first'), step('b', [], 'completed', 'second')]),
    '## a (coder)\nfirst\n\n## b (coder)\nsecond',
  );
  assert.equal(integratedOutput([step('a')]), '', 'a step without output contributes nothing, not "undefined"');
});
