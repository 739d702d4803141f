// The SDK's log lines as ours: task id, run id and arm added, failure details (which can quote task text) dropped.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import { forwardTemporalLog } from './temporal-runtime.js';

function capture(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ base: undefined, timestamp: false }, stream), lines };
}

test('an activity failure logs its task, run, arm and activity, never the failure message', () => {
  const { logger, lines } = capture();
  forwardTemporalLog(logger, {
    level: 'WARN',
    message: 'Activity failed',
    timestampNanos: 0n,
    meta: {
      sdkComponent: 'worker',
      taskQueue: 'octo-arm-coder',
      activityType: 'coderStep',
      activityId: '7',
      workflowId: 'task-0197',
      workflowRunId: 'run-1',
      attempt: 2,
      error: new Error('the model refused: write to alice@example.com'),
      failure: 'write to alice@example.com',
    },
  });
  assert.deepEqual(lines, [
    {
      level: 40,
      msg: 'Activity failed',
      sdkComponent: 'worker',
      taskQueue: 'octo-arm-coder',
      activityType: 'coderStep',
      activityId: '7',
      workflowId: 'task-0197',
      attempt: 2,
      taskId: 'task-0197',
      runId: 'run-1',
      arm: 'coder',
    },
  ]);
});

test('errors stay errors; workflow lines keep their run id and have no arm; the expected start notice is dropped', () => {
  const { logger, lines } = capture();
  forwardTemporalLog(logger, { level: 'ERROR', message: 'Workflow failed', timestampNanos: 0n, meta: { taskQueue: 'octo-orchestrator', workflowId: 'task-1', runId: 'r' } });
  forwardTemporalLog(logger, { level: 'WARN', message: 'No workflows registered, not polling for workflow tasks', timestampNanos: 0n });
  assert.deepEqual(lines, [{ level: 50, msg: 'Workflow failed', taskQueue: 'octo-orchestrator', workflowId: 'task-1', runId: 'r', taskId: 'task-1' }]);
});
