// A one-activity workflow for activities/heartbeat.test.ts: the coder arm's step with a heartbeat timeout the test
// chooses (seconds, not the arms' 10 s), no retries, and a cancel that waits for the activity to acknowledge it.
import { ActivityCancellationType, proxyActivities } from '@temporalio/workflow';
import type { StepActivities } from '../../contracts/activities.js';
import type { StepInput, StepResult } from '../../contracts/step.js';

export async function modelStepWorkflow(input: { step: StepInput; heartbeatTimeoutMs: number }): Promise<StepResult> {
  const { coderStep } = proxyActivities<StepActivities<'coder'>>({
    startToCloseTimeout: '30 seconds',
    heartbeatTimeout: input.heartbeatTimeoutMs,
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    retry: { maximumAttempts: 1 },
  });
  return coderStep(input.step);
}
