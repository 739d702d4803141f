// Replays every recorded history in test/histories/ against the current workflow code, so a change that would
// break running workflows (a different order or kind of commands without a `patched()` guard) fails CI.
// How to record a new history: test/histories/README.md.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { replayHistories, type ReplayInput } from '../cli/replay-history.js';
import { REMEMBER_WORKFLOW, TASK_WORKFLOW } from '../contracts/names.js';
import { createDataConverter } from '../temporal/codec/data-converter.js';
import { parsePayloadKeyring } from '../temporal/codec/keyring.js';
import { bundleWorkflows } from '../workers/workflow-bundle.js';

const DIR = fileURLToPath(new URL('./histories/', import.meta.url));
const REQUIRED = ['success', 'repair-round', 'approval', 'budget-stop', 'failure', 'remembered', 'remembered-memory', 'handed-to-memory', 'handed-to-memory-memory', 'finished-in-one-call', 'finished-in-one-call-memory', 'usage-throttled', 'usage-throttled-memory', 'rule-verdict'];
const WORKFLOW_TYPES = [TASK_WORKFLOW, REMEMBER_WORKFLOW];

const dataConverter = createDataConverter(parsePayloadKeyring(readFileSync(join(DIR, 'payload-key'), 'utf8').trim(), 'test/histories/payload-key'));
const recorded: ReplayInput[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ workflowId: f.replace(/\.json$/, ''), history: historyFromJSON(JSON.parse(readFileSync(join(DIR, f), 'utf8'))) }));

/** The bundle `npm test` built from the current code, or a fresh one when this file runs alone. */
async function currentBundleCode(): Promise<string> {
  const path = process.env.OCTOLLM_TEST_WORKFLOW_BUNDLE;
  return path ? readFileSync(path, 'utf8') : (await bundleWorkflows()).code;
}

test('the representative runs are recorded', () => {
  const names = recorded.map((r) => r.workflowId);
  for (const name of REQUIRED) assert.ok(names.includes(name), `test/histories/${name}.json is missing`);
  for (const { workflowId, history } of recorded) {
    const events = history.events ?? [];
    const type = events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '';
    assert.ok(WORKFLOW_TYPES.includes(type), `${workflowId} is a history of one of our workflows (${type})`);
    assert.ok(events.at(-1)?.workflowExecutionCompletedEventAttributes || events.at(-1)?.workflowExecutionFailedEventAttributes, `${workflowId} ends closed`);
  }
});

test('every recorded history replays against the current workflow code', async () => {
  const outcomes = await replayHistories(recorded, { dataConverter, workflowBundle: { code: await currentBundleCode() } });
  assert.equal(outcomes.length, recorded.length);
  const broken = outcomes.filter((o) => !o.ok);
  assert.deepEqual(
    broken.map((o) => `${o.workflowId}: ${o.message}${o.divergingEvent ? ` (event ${o.divergingEvent.eventId} ${o.divergingEvent.type})` : ''}`),
    [],
    'these histories no longer replay: guard the workflow change with patched(), or (for a deliberate break) re-record them',
  );
});

test('the check catches a reordering: running ready steps in reverse order diverges from the recorded history', async () => {
  // Swap the order in which two parallel activities (retriever s1, coder s2) are scheduled, in a copy of the bundle.
  const code = await currentBundleCode();
  const site = 'function readySteps(steps) {';
  assert.ok(code.includes(site), 'mutation site not found: workflows/dag.ts no longer declares `function readySteps(steps)`; update this test');
  const mutated = code.replace(site, 'function readySteps(steps) { return readyStepsInOrder(steps).slice().reverse(); }\nfunction readyStepsInOrder(steps) {');
  const success = recorded.find((r) => r.workflowId === 'success')!;
  const [outcome] = await replayHistories([success], { dataConverter, workflowBundle: { code: mutated } });
  assert.equal(outcome?.ok, false);
  assert.equal(outcome?.nondeterministic, true, outcome?.message);
  assert.match(outcome!.message!, /TMPRL1100|[Nn]ondeterminism/);
  // The report points at the recorded event the code disagreed with: where s1 (retriever) was scheduled.
  const firstStep = (success.history.events ?? []).find((e) => /Step$/.test(e.activityTaskScheduledEventAttributes?.activityType?.name ?? ''))!;
  assert.deepEqual(outcome?.divergingEvent, { eventId: Number(firstStep.eventId), type: 'ActivityTaskScheduled', detail: 'retrieverStep' });
});
