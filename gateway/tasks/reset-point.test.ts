// chooseResetPoint on recorded histories (test/histories/): where `retry` resets a failed run to.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { chooseResetPoint } from './reset-point.js';

const events = (name: string) => historyFromJSON(JSON.parse(readFileSync(new URL(`../../test/histories/${name}.json`, import.meta.url), 'utf8'))).events ?? [];
const id = (e: { eventId?: unknown }) => Number(e.eventId);

test('an activity failure: the last completed workflow task before it, after the plan completed', () => {
  const history = events('failure');
  const failed = history.find((e) => e.activityTaskFailedEventAttributes)!;
  const point = chooseResetPoint(history)!;
  assert.equal(point.failureEventId, id(failed));
  assert.equal(point.failureType, 'llm_request_rejected');
  const completedTasks = history.filter((e) => e.workflowTaskCompletedEventAttributes && id(e) < id(failed));
  assert.equal(point.workflowTaskFinishEventId, id(completedTasks.at(-1)!));
  const plan = history.find((e) => e.activityTaskCompletedEventAttributes)!; // planTask is the first activity
  assert.ok(point.workflowTaskFinishEventId > id(plan), 'the plan is kept');
});

test('a workflow-level failure (budget): the workflow task before the one that decided to fail', () => {
  const history = events('budget-stop');
  const point = chooseResetPoint(history)!;
  assert.equal(point.failureType, 'budget_exceeded');
  const failedAt = history.findIndex((e) => e.workflowExecutionFailedEventAttributes);
  // The task that decided to fail is followed by its commands (status upserts), then the failure.
  const decidedBy = history.slice(0, failedAt).filter((e) => e.workflowTaskCompletedEventAttributes).at(-1)!;
  assert.ok(point.workflowTaskFinishEventId < id(decidedBy));
  assert.ok(history.find((e) => id(e) === point.workflowTaskFinishEventId)?.workflowTaskCompletedEventAttributes);
});

test('a completed run has no reset point', () => {
  assert.equal(chooseResetPoint(events('success')), undefined);
});
