// The activity interfaces each worker pool implements and the workflow calls (as types only).
import type { RecordTaskStateInput } from './memory.js';
import type { StepArm } from './names.js';
import type { JudgeInput, JudgeResult, PlanInput, PlanResult, StepInput, StepResult, TaskSpec, Verdict } from './step.js';
import type { Provenance } from './usage.js';

export interface PlannerActivities {
  planTask(input: PlanInput): Promise<PlanResult>;
}

export interface JudgeActivities {
  judgeResult(input: JudgeInput): Promise<JudgeResult>;
}

export interface GuardianScan {
  text: string;
  findings: { type: string; count: number }[];
  blocked: boolean;
}

export interface InputScreening {
  blocked: boolean;
  /** Why, in the guardian model's words (never the input itself). */
  reason: string;
  provenance: Provenance;
}

export interface GuardianActivities {
  /** Redacts PII and secrets in a final output before it leaves the workflow. */
  guardOutput(input: { taskId: string; tenantId: string; text: string }): Promise<GuardianScan>;
  /** A model's second opinion on a task the reflex layer flagged as possible prompt injection. */
  screenInput(input: { taskId: string; tenantId: string; task: TaskSpec; injectionScore: number; rules: string[] }): Promise<InputScreening>;
}

/** One `<arm>Step` activity per step arm, e.g. `coderStep`, each on its own queue. */
export type StepActivityName<A extends StepArm = StepArm> = `${A}Step`;
export type StepActivities<A extends StepArm> = Record<StepActivityName<A>, (input: StepInput) => Promise<StepResult>>;

export const stepActivityName = <A extends StepArm>(arm: A): StepActivityName<A> => `${arm}Step`;

export interface CacheTaskResultInput {
  tenantId: string;
  taskHash: string;
  taskId: string;
  output: string;
}

/** Beside the workflow (local activity): remembers a completed task's result for the reflex cache. */
export interface ResultCacheActivities {
  cacheTaskResult(input: CacheTaskResultInput): Promise<void>;
}

/** Beside the workflow (local activity): hands a finished task to memory without waiting for the write. */
export interface MemoryHandOffActivities {
  /** Starts `rememberTaskWorkflow` for the task; a run already under that id stands (a retried hand-off adds none). */
  startMemoryWrite(input: RecordTaskStateInput): Promise<void>;
}

export interface FinishTaskInput {
  /** The task as it completes (status `completed`, no result yet): what memory records once the result is set. */
  record: RecordTaskStateInput;
  /** The integrated output, not yet guarded. */
  output: string;
  verdict: Verdict;
  taskHash: string;
}

/**
 * Beside the workflow (local activity): a completed task's last work in one call — guard the output, then cache it
 * and hand the task to memory. Returns the guarded output.
 */
export interface FinishTaskActivities {
  finishTask(input: FinishTaskInput): Promise<GuardianScan>;
}
