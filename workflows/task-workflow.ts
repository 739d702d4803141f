// taskWorkflow: one per task (SPEC §5) — plan → run the step DAG → judge (with repair rounds) → guard → done.
import {
  ApplicationFailure,
  ActivityFailure,
  log,
  patched,
  CancellationScope,
  condition,
  isCancellation,
  setHandler,
  upsertSearchAttributes,
  allHandlersFinished,
  ParentClosePolicy,
  startChild,
} from '@temporalio/workflow';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { TaskErrorCodes } from '../contracts/errors.js';
import { isArm, isStepArm, rememberWorkflowId, type Arm } from '../contracts/names.js';
import type { Plan } from '../contracts/plan.js';
import { planProblems } from '../contracts/plan-problems.js';
import type { StepInput, StepResult, StepState, TaskProgress, TaskState, TaskWorkflowInput, Verdict } from '../contracts/step.js';
import type { TaskStatus } from '../contracts/task.js';
import type { Provenance, Usage } from '../contracts/usage.js';
import { addUsage, totalTokens, usageFrom, ZERO_USAGE } from '../contracts/usage-totals.js';
import { ARMS_USED, COST_USD, STATUS, TOKENS } from '../temporal/search-attributes.js';
import { ruleVerdict } from '../contracts/verdict.js';
import { beside, guardian, judge, memory, planner, stepActivities } from './arm-proxies.js';
import { integratedOutput, readySteps, sinkSteps } from './dag.js';
import { approveStepUpdate, progressQuery, stateQuery } from './messages.js';
import { rememberTaskWorkflow } from './remember-task-workflow.js';

const MAX_PARALLEL_STEPS = 4;
const MAX_REPAIR_ROUNDS = 2;
const USAGE_UPSERT_INTERVAL_MS = 1_000;

/** A task-level failure: ends the workflow as failed with `code` as the failure type. */
class TaskFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskState> {
  const startedAt = Date.now();
  const state: TaskState = {
    taskId: input.taskId,
    tenantId: input.tenantId,
    status: 'queued',
    steps: [],
    usage: ZERO_USAGE,
    provenance: [],
    submittedAt: input.submittedAt,
    updatedAt: new Date().toISOString(),
  };

  setHandler(stateQuery, () => state);
  setHandler(progressQuery, (): TaskProgress => ({
    status: state.status,
    currentSteps: state.steps.filter((s) => s.status === 'running' || s.status === 'awaiting_approval').map((s) => s.id),
    done: state.steps.filter((s) => s.status === 'completed').length,
    total: state.steps.length,
  }));
  setHandler(
    approveStepUpdate,
    (approval) => {
      const step = state.steps.find((s) => s.id === approval.stepId)!;
      step.approval = { approved: approval.approved, comment: approval.comment };
      return step;
    },
    {
      validator: (approval) => {
        const step = state.steps.find((s) => s.id === approval.stepId);
        if (!step) throw new Error(`step "${approval.stepId}" is not in this task's plan`);
        if (step.status !== 'awaiting_approval') throw new Error(`step "${approval.stepId}" is not awaiting approval (it is ${step.status})`);
      },
    },
  );

  // Runs started before the one-call finish (finishTask, below) end the old way: three local activities and two
  // patch markers at the tail; runs started before usage upserts were throttled upsert tokens and cost after every
  // call. Asked here, in the first workflow task, so both are settled before anything else runs; a new run records
  // one marker (the newer patch implies the older).
  const throttleUsage = patched('usage-upserts-throttled');
  const finishInOneCall = throttleUsage || patched('finish-in-one-call');

  // Every upsert is a history event and a visibility write on the server, beside the activity it schedules: on the
  // dev server about 2.5 ms a step (bench:orchestration --timeline). Tokens and cost are therefore written with each
  // status change, and between changes at most once per USAGE_UPSERT_INTERVAL_MS (workflow time, so replay agrees);
  // the exact, live usage is in the state query either way.
  const usageAttributes = (): SearchAttributeUpdatePair[] => [
    { key: TOKENS, value: totalTokens(state.usage) },
    { key: COST_USD, value: state.usage.costUsd },
  ];
  let usageUpsertedAt = startedAt;
  let usageUnpublished = false;
  let publishedStatus: TaskStatus | undefined;

  /** Throttled runs: upserts what visibility lacks (the status, unpublished usage, `alsoUpsert`), if anything. */
  const publish = (alsoUpsert: SearchAttributeUpdatePair[] = []): void => {
    if (!throttleUsage) return;
    const pairs = [
      ...(state.status === publishedStatus ? [] : [{ key: STATUS, value: state.status }]),
      ...alsoUpsert,
      ...(usageUnpublished ? usageAttributes() : []),
    ];
    if (!pairs.length) return;
    upsertSearchAttributes(pairs);
    publishedStatus = state.status;
    usageUpsertedAt = Date.now();
    usageUnpublished = false;
  };

  /** `publishNow: false` leaves it to a later `publish()`: a status that may be over within this workflow task. */
  const setStatus = (status: TaskStatus, alsoUpsert: SearchAttributeUpdatePair[] = [], { publishNow = true } = {}): void => {
    state.status = status;
    state.updatedAt = new Date().toISOString();
    if (throttleUsage) {
      if (publishNow) publish(alsoUpsert);
    } else {
      upsertSearchAttributes([...alsoUpsert, { key: STATUS, value: status }]);
    }
  };

  const account = (provenance: Provenance): void => {
    state.provenance.push(provenance);
    state.usage = addUsage(state.usage, provenance.usage);
    if (!throttleUsage) return upsertSearchAttributes(usageAttributes());
    usageUnpublished = true;
    if (Date.now() - usageUpsertedAt >= USAGE_UPSERT_INTERVAL_MS) publish();
  };

  /** What an activity spent before it failed (an LLM's invalid replies, see askWithReask) is billed like any other use. */
  const billFailure = (err: unknown): void => {
    const usage = failedAttemptUsage(err);
    // Added after the first recorded histories: their failed runs replay without it.
    if (!usage || !patched('bill-failed-attempts')) return;
    state.usage = addUsage(state.usage, usage);
    usageUnpublished = true;
  };

  const checkBudget = (before: string): void => {
    const { budget } = input.task;
    const elapsedSeconds = (Date.now() - startedAt) / 1000;
    const over = [
      totalTokens(state.usage) >= budget.maxTokens && `${totalTokens(state.usage)} of ${budget.maxTokens} tokens used`,
      state.usage.costUsd >= budget.maxCostUsd && `$${state.usage.costUsd.toFixed(4)} of $${budget.maxCostUsd} spent`,
      elapsedSeconds >= budget.maxTimeSeconds && `${Math.round(elapsedSeconds)} of ${budget.maxTimeSeconds} seconds elapsed`,
    ].filter(Boolean);
    if (over.length) throw new TaskFailure(TaskErrorCodes.budgetExceeded, `budget exceeded before ${before}: ${over.join(', ')}`);
  };

  try {
    if (input.flagged) {
      // Inputs the reflex layer flagged are screened by the guardian before any model plans on them.
      const screened = await guardian.screenInput({ taskId: input.taskId, tenantId: input.tenantId, task: input.task, ...input.flagged });
      account(screened.provenance);
      if (screened.blocked) throw new TaskFailure(TaskErrorCodes.inputBlocked, `the guardian blocked the task as prompt injection: ${screened.reason}`);
    }

    setStatus('planning');
    const plan = await makePlan(input, account);
    state.plan = plan;
    state.steps = plan.steps.map((s) => ({ id: s.id, arm: s.arm, action: s.action, dependsOn: s.dependsOn, risky: s.risky, status: 'pending' }));
    const armsUsed: SearchAttributeUpdatePair = { key: ARMS_USED, value: [...new Set(plan.steps.map((s) => s.arm))] };
    // Older runs upserted the arms on their own, just before the status.
    if (throttleUsage) setStatus('running', [armsUsed]);
    else {
      upsertSearchAttributes([armsUsed]);
      setStatus('running');
    }
    await runDag(input, plan, state, account, billFailure, checkBudget, setStatus);

    // Shown once there is something to wait for (the judge, a repair): a rule verdict settles it within this
    // workflow task, and the next status replaces it.
    setStatus('validating', [], { publishNow: false });
    let verdict: Verdict | undefined;
    for (let round = 0; ; round++) {
      const output = integratedOutput(state.steps);
      verdict = ruleVerdict(output, input.task.acceptanceCriteria);
      if (!verdict) {
        checkBudget('judging');
        publish();
        const judged = await judge.judgeResult({ taskId: input.taskId, tenantId: input.tenantId, goal: input.task.goal, acceptanceCriteria: input.task.acceptanceCriteria, output });
        account(judged.provenance);
        verdict = judged.verdict;
      }
      if (verdict.valid || round >= MAX_REPAIR_ROUNDS) break;
      publish();
      // Repair: the arms that produced the final output redo it with the failed criteria as feedback.
      for (const sink of sinkSteps(state.steps)) {
        checkBudget(`repairing step ${sink.id}`);
        // A repair is a new run (an executor may pick another command): a step that needed approval needs it again.
        if (needsApproval(input, sink)) await awaitApproval(input, state, sink, setStatus, 'validating');
        const result = await runStep(input, plan, state, sink, { feedback: verdict.issues, previousOutput: sink.output ?? '' });
        sink.output = result.output;
        sink.provenance = result.provenance;
        sink.status = 'completed';
        account(result.provenance);
      }
    }

    const output = integratedOutput(state.steps);
    if (finishInOneCall && verdict.valid) {
      // Guarded, cached and handed to memory in one local activity. Memory gets the task before the status flips,
      // so a client that sees `completed` sees a closed task.
      const record = { workflowId: input.taskId, goal: input.task.goal, state: { ...state, status: 'completed' as const } };
      const guarded = await beside.finishTask({ record, output, verdict, taskHash: input.taskHash });
      state.result = { output: guarded.text, verdict };
    } else {
      const guarded = await beside.guardOutput({ taskId: input.taskId, tenantId: input.tenantId, text: output });
      state.result = { output: guarded.text, verdict };
      if (!verdict.valid) {
        throw new TaskFailure(TaskErrorCodes.validationFailed, `the result failed acceptance criteria after ${MAX_REPAIR_ROUNDS} repair rounds: ${verdict.failed.join('; ')}`);
      }
      await beside.cacheTaskResult({ tenantId: input.tenantId, taskHash: input.taskHash, taskId: input.taskId, output: guarded.text });
      await remember(input, state, 'completed', finishInOneCall);
    }
    setStatus('completed');
    await condition(allHandlersFinished);
    return state;
  } catch (err) {
    if (isCancellation(err)) {
      state.error = { code: TaskErrorCodes.cancelled, message: 'the task was cancelled' };
      for (const step of state.steps) if (step.status === 'pending' || step.status === 'awaiting_approval') step.status = 'skipped';
      await remember(input, state, 'cancelled', finishInOneCall);
      setStatus('cancelled');
      throw err;
    }
    billFailure(err);
    const failure = toTaskFailure(err);
    state.error = { code: failure.code, message: failure.message };
    for (const step of state.steps) if (step.status === 'pending') step.status = 'skipped';
    await remember(input, state, 'failed', finishInOneCall);
    setStatus('failed');
    await condition(allHandlersFinished);
    throw ApplicationFailure.create({ type: failure.code, message: failure.message, nonRetryable: true });
  }
}

/**
 * Hands the finished task to memory (history, provenance, episodes), which `rememberTaskWorkflow` writes on
 * `octo-memory`. Runs even when the task was cancelled; the memory activities are idempotent, so a retried write
 * changes nothing. Runs that chose `finishInOneCall` take the newest path and record no patch markers here.
 */
async function remember(input: TaskWorkflowInput, current: TaskState, status: TaskStatus, finishInOneCall: boolean): Promise<void> {
  // Added after the first recorded histories: runs started before it finish without the memory write.
  if (!finishInOneCall && !patched('remember-finished-task')) return;
  const state: TaskState = { ...current, status };
  const record = { workflowId: input.taskId, goal: input.task.goal, state };
  if (finishInOneCall || patched('remember-via-local-activity')) {
    // The write runs in a workflow of its own (rememberTaskWorkflow: one activity that retries until it lands), so the
    // result never waits on embedding and indexing; a local activity starts it within this workflow task.
    await CancellationScope.nonCancellable(() => beside.startMemoryWrite(record)).catch((err: unknown) =>
      log.warn('could not start the memory write', { error: err instanceof Error ? err.message : String(err) }),
    );
    return;
  }
  if (patched('remember-in-detached-workflow')) {
    // Runs started before the hand-off above: the same workflow as a detached child (ABANDON), which the task
    // had to wait to see started.
    await CancellationScope.nonCancellable(() =>
      startChild(rememberTaskWorkflow, {
        workflowId: rememberWorkflowId(input.taskId),
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [record],
      }),
    ).catch((err: unknown) => log.warn('could not start the memory write', { error: err instanceof Error ? err.message : String(err) }));
    return;
  }
  const success = status === 'completed';
  // Memory is best effort once Temporal's retries are spent: it never turns a finished task into a failed one.
  await CancellationScope.nonCancellable(() =>
    Promise.all([
      memory.recordTaskState(record),
      ...state.steps
        .filter((step) => step.status === 'completed' && step.output && isArm(step.arm))
        .map((step) =>
          memory.upsertEpisode({
            workflowId: input.taskId,
            tenantId: input.tenantId,
            taskId: input.taskId,
            stepId: step.id,
            arm: step.arm as Arm,
            text: `${step.action}\n${step.output}`.slice(0, 4_000),
            success,
            createdAt: step.provenance?.timestamp,
          }),
        ),
    ]),
  ).catch((err: unknown) => log.warn('could not record the task in memory', { error: err instanceof Error ? err.message : String(err) }));
}

async function makePlan(input: TaskWorkflowInput, account: (p: Provenance) => void): Promise<Plan> {
  const base = { taskId: input.taskId, tenantId: input.tenantId, task: input.task };
  const first = await planner.planTask(base);
  account(first.provenance);
  const problems = planProblems(first.plan);
  if (problems.length === 0) return first.plan;
  const repaired = await planner.planTask({ ...base, repair: { previous: first.plan, problems } });
  account(repaired.provenance);
  const remaining = planProblems(repaired.plan);
  if (remaining.length === 0) return repaired.plan;
  throw new TaskFailure(TaskErrorCodes.planInvalid, `the planner returned an invalid plan twice: ${remaining.join('; ')}`);
}

async function runDag(
  input: TaskWorkflowInput,
  plan: Plan,
  state: TaskState,
  account: (p: Provenance) => void,
  billFailure: (err: unknown) => void,
  checkBudget: (before: string) => void,
  setStatus: (s: TaskStatus) => void,
): Promise<void> {
  const running = new Map<string, Promise<void>>();
  let firstError: unknown;
  for (;;) {
    if (firstError === undefined) {
      for (const step of readySteps(state.steps)) {
        if (running.size >= MAX_PARALLEL_STEPS) break;
        try {
          checkBudget(`step ${step.id}`);
        } catch (err) {
          firstError = err;
          break;
        }
        step.status = 'running';
        running.set(
          step.id,
          // Once a step has failed, steps still waiting for a human are abandoned rather than waited for.
          executeStep(input, plan, state, step, account, setStatus, () => firstError !== undefined).catch((err) => {
            // the first failure is billed where the task fails; the ones after it here
            if (firstError === undefined) firstError = err;
            else billFailure(err);
          }),
        );
      }
    }
    if (running.size === 0) break;
    // Wait for any running step to settle, then schedule whatever became ready.
    const settled = await Promise.race([...running].map(([id, p]) => p.then(() => id)));
    running.delete(settled);
  }
  if (firstError !== undefined) throw firstError;
  const unfinished = state.steps.filter((s) => s.status !== 'completed');
  if (unfinished.length) throw new TaskFailure(TaskErrorCodes.stepFailed, `steps never became ready: ${unfinished.map((s) => s.id).join(', ')}`);
}

async function executeStep(
  input: TaskWorkflowInput,
  plan: Plan,
  state: TaskState,
  step: StepState,
  account: (p: Provenance) => void,
  setStatus: (s: TaskStatus) => void,
  abandoned: () => boolean,
): Promise<void> {
  if (needsApproval(input, step) && !(await awaitApproval(input, state, step, setStatus, 'running', abandoned))) return;
  try {
    const result = await runStep(input, plan, state, step);
    step.output = result.output;
    step.provenance = result.provenance;
    step.status = 'completed';
    account(result.provenance);
  } catch (err) {
    step.status = 'failed';
    const failure = isCancellation(err) ? new TaskFailure(TaskErrorCodes.cancelled, 'the task was cancelled while this step ran') : toTaskFailure(err);
    step.error = { code: failure.code, message: failure.message };
    throw err;
  }
}

/**
 * Wait in `awaiting_approval` for the `approveStep` update. True once approved; false (the step skipped) when
 * `abandoned()` turns true first; a rejection or the timeout throws `step_rejected`.
 */
async function awaitApproval(
  input: TaskWorkflowInput,
  state: TaskState,
  step: StepState,
  setStatus: (s: TaskStatus) => void,
  resumeStatus: TaskStatus,
  abandoned: () => boolean = () => false,
): Promise<boolean> {
  step.approval = undefined; // a repair asks again
  step.status = 'awaiting_approval';
  setStatus('awaiting_approval');
  const decided = await condition(() => step.approval !== undefined || abandoned(), `${input.approvalTimeoutSeconds} seconds`);
  const approval: StepState['approval'] = state.steps.find((s) => s.id === step.id)?.approval; // set by the update handler
  if (!state.steps.some((s) => s.status === 'awaiting_approval' && s.id !== step.id)) setStatus(resumeStatus);
  if (approval === undefined && abandoned()) {
    step.status = 'skipped';
    return false;
  }
  if (!decided || !approval?.approved) {
    step.status = 'rejected';
    const why = approval ? `was rejected${approval.comment ? `: ${approval.comment}` : ''}` : `was not approved within ${input.approvalTimeoutSeconds} s`;
    throw new TaskFailure(TaskErrorCodes.stepRejected, `step ${step.id} ${why}`);
  }
  step.status = 'running';
  return true;
}

function needsApproval(input: TaskWorkflowInput, step: StepState): boolean {
  if (input.task.approval === 'all') return true;
  return input.task.approval === 'risky' && step.risky;
}

function runStep(
  input: TaskWorkflowInput,
  plan: Plan,
  state: TaskState,
  step: StepState,
  repair?: Pick<StepInput, 'feedback' | 'previousOutput'>,
): Promise<StepResult> {
  if (!isStepArm(step.arm)) throw new TaskFailure(TaskErrorCodes.planInvalid, `step ${step.id} has no runnable arm`);
  const planned = plan.steps.find((s) => s.id === step.id)!;
  const outputs: Record<string, string> = {};
  for (const dep of step.dependsOn) outputs[dep] = state.steps.find((s) => s.id === dep)?.output ?? '';
  const stepInput: StepInput = {
    taskId: input.taskId,
    tenantId: input.tenantId,
    goal: input.task.goal,
    step: { id: step.id, arm: step.arm, action: step.action, acceptanceCriteria: planned.acceptanceCriteria },
    inputs: outputs,
    context: input.task.context,
    ...repair,
  };
  // The summary makes the UI's timeline read as the plan: "step s2 · coder · generate parser".
  return stepActivities[step.arm].executeWithOptions({ summary: `step ${step.id} · ${step.arm} · ${step.action.slice(0, 80)}` }, [stepInput]);
}

/** The usage an activity's failure carries in its details ({ usage }), if any. */
function failedAttemptUsage(err: unknown): Usage | undefined {
  const cause = err instanceof ActivityFailure ? err.cause : undefined;
  if (!(cause instanceof ApplicationFailure)) return undefined;
  return usageFrom((cause.details?.[0] as { usage?: unknown } | null | undefined)?.usage);
}

function toTaskFailure(err: unknown): TaskFailure {
  if (err instanceof TaskFailure) return err;
  if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) {
    return new TaskFailure(err.cause.type ?? TaskErrorCodes.stepFailed, err.cause.message);
  }
  if (err instanceof ActivityFailure) return new TaskFailure(TaskErrorCodes.stepFailed, err.cause?.message ?? err.message);
  if (err instanceof ApplicationFailure) return new TaskFailure(err.type ?? TaskErrorCodes.internal, err.message);
  return new TaskFailure(TaskErrorCodes.internal, (err as Error).message ?? String(err));
}
