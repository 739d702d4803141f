// Every remote call the workflow makes, with its queue, timeouts and retry policy in one place (SPEC §5).
import { ActivityCancellationType, proxyActivities, proxyLocalActivities, type ActivityOptions } from '@temporalio/workflow';
import type { FinishTaskActivities, GuardianActivities, JudgeActivities, MemoryHandOffActivities, PlannerActivities, ResultCacheActivities, StepActivities } from '../contracts/activities.js';
import { TaskErrorCodes } from '../contracts/errors.js';
import type { MemoryActivities } from '../contracts/memory.js';
import { armQueue, MEMORY_QUEUE, type StepArm } from '../contracts/names.js';

/** Failures a retry cannot fix: bad input, a provider that rejects the request, a missing configuration. */
const NON_RETRYABLE = [
  TaskErrorCodes.llmNotConfigured,
  TaskErrorCodes.llmInvalidOutput,
  TaskErrorCodes.llmRequestRejected,
  TaskErrorCodes.commandNotAllowed,
];

/**
 * Activities that wait on a model heartbeat every second meanwhile (activities/heartbeat.ts). 10 s is ten missed
 * beats: room for a GC pause or a slow round trip to Temporal, yet a worker that dies mid-call is noticed in 10 s, not
 * at the 2-minute start-to-close timeout. The SDK sends a heartbeat at most every 0.8 × heartbeatTimeout and a cancel
 * arrives only in a heartbeat's reply, so a cancel reaches the in-flight model call within about 8 s.
 */
const MODEL_HEARTBEAT_TIMEOUT = '10 seconds';

const llmCall: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: MODEL_HEARTBEAT_TIMEOUT,
  // A queue nobody polls surfaces as a failure instead of a task waiting forever.
  scheduleToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '10s', maximumAttempts: 3, nonRetryableErrorTypes: NON_RETRYABLE },
};

const quickCall: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '10s', maximumAttempts: 3, nonRetryableErrorTypes: NON_RETRYABLE },
};

export const planner = proxyActivities<PlannerActivities>({ ...llmCall, taskQueue: armQueue('planner') });
export const judge = proxyActivities<JudgeActivities>({ ...llmCall, taskQueue: armQueue('judge') });
// The workflow calls the guardian's queue for screenInput, which waits on a model.
export const guardian = proxyActivities<GuardianActivities>({ ...quickCall, heartbeatTimeout: MODEL_HEARTBEAT_TIMEOUT, taskQueue: armQueue('guardian') });
export const memory = proxyActivities<MemoryActivities>({ ...quickCall, taskQueue: MEMORY_QUEUE });
/** The detached memory write: nobody waits on it, so it keeps retrying (a store that is down for a while) instead of giving up. */
export const memoryWriter = proxyActivities<Pick<MemoryActivities, 'rememberTask'>>({
  startToCloseTimeout: '1 minute',
  scheduleToCloseTimeout: '1 day',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '5 minutes' },
  taskQueue: MEMORY_QUEUE,
});

/**
 * Quick work right beside the workflow: local activities on the orchestrator worker, so the final scan, the cache
 * write and the memory hand-off cost no task-queue round trip (≈15 ms each on the dev server).
 */
export const beside = proxyLocalActivities<GuardianActivities & ResultCacheActivities & MemoryHandOffActivities & FinishTaskActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200ms', maximumAttempts: 5 },
});

const stepOptions: Record<StepArm, ActivityOptions> = {
  retriever: { ...quickCall, taskQueue: armQueue('retriever') },
  coder: { ...llmCall, taskQueue: armQueue('coder') },
  judge: { ...llmCall, taskQueue: armQueue('judge') },
  guardian: { ...quickCall, taskQueue: armQueue('guardian') },
  // Commands are not idempotent and have their own timeout (≤ 300 s); heartbeats reveal a dead worker quickly
  // and are the only way a cancel reaches the activity: the SDK sends one at most every 0.8 × heartbeatTimeout,
  // so a short timeout is what makes cancel prompt. Waiting for the cancellation to complete means the child's
  // process group is dead before the task says `cancelled` (left unset, the SDK sends TRY_CANCEL, despite its docs).
  executor: {
    startToCloseTimeout: '6 minutes',
    scheduleToCloseTimeout: '15 minutes',
    heartbeatTimeout: '5 seconds',
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    taskQueue: armQueue('executor'),
    retry: { initialInterval: '2s', maximumAttempts: 2, nonRetryableErrorTypes: NON_RETRYABLE },
  },
};

export const stepActivities = {
  retriever: proxyActivities<StepActivities<'retriever'>>(stepOptions.retriever).retrieverStep,
  coder: proxyActivities<StepActivities<'coder'>>(stepOptions.coder).coderStep,
  executor: proxyActivities<StepActivities<'executor'>>(stepOptions.executor).executorStep,
  judge: proxyActivities<StepActivities<'judge'>>(stepOptions.judge).judgeStep,
  guardian: proxyActivities<StepActivities<'guardian'>>(stepOptions.guardian).guardianStep,
} satisfies Record<StepArm, unknown>;
