// What travels between the workflow and the arms: step inputs, step results, and the task's observable state.
import { z } from 'zod';
import { ARMS } from './names.js';
import type { Plan } from './plan.js';
import { ProvenanceSchema, type Usage } from './usage.js';
import type { Budget, TaskStatus } from './task.js';

/** The task as the workflow sees it: already redacted by the reflex layer. */
export interface TaskSpec {
  goal: string;
  constraints: string[];
  acceptanceCriteria: string[];
  context: Record<string, unknown>;
  priority: 'low' | 'medium' | 'high' | 'critical';
  budget: Budget;
  approval: 'none' | 'risky' | 'all';
}

export interface TaskWorkflowInput {
  taskId: string;
  tenantId: string;
  task: TaskSpec;
  /** Set when the reflex layer flagged (but did not block) possible prompt injection. */
  flagged?: { injectionScore: number; rules: string[] };
  submittedAt: string;
  /** How long a risky step waits for `approve` before it is rejected. */
  approvalTimeoutSeconds: number;
  /** Tenant-scoped hash of the redacted task: the key its completed result is cached under. */
  taskHash: string;
}

export interface PlanInput {
  taskId: string;
  tenantId: string;
  task: TaskSpec;
  /** Problems found in a previous attempt; present only on the repair call. */
  repair?: { previous: Plan; problems: string[] };
}

export interface StepInput {
  taskId: string;
  tenantId: string;
  goal: string;
  step: { id: string; arm: string; action: string; acceptanceCriteria: string[] };
  /** Outputs of the steps this one depends on, keyed by step id. */
  inputs: Record<string, string>;
  context: Record<string, unknown>;
  /** Failed acceptance criteria from the judge, on a repair round. */
  feedback?: string[];
  /** The step's own output that the judge rejected, on a repair round: what to fix. */
  previousOutput?: string;
}

export const StepResultSchema = z.object({
  stepId: z.string(),
  arm: z.enum(ARMS),
  output: z.string(),
  provenance: ProvenanceSchema,
});
export type StepResult = z.infer<typeof StepResultSchema>;

export interface PlanResult {
  plan: Plan;
  provenance: z.infer<typeof ProvenanceSchema>;
}

export interface JudgeInput {
  taskId: string;
  tenantId: string;
  goal: string;
  acceptanceCriteria: string[];
  output: string;
}

export const VerdictSchema = z.object({
  valid: z.boolean(),
  confidence: z.number().min(0).max(1),
  passed: z.array(z.string()),
  failed: z.array(z.string()),
  issues: z.array(z.string()),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export interface JudgeResult {
  verdict: Verdict;
  provenance: z.infer<typeof ProvenanceSchema>;
}

export type StepStatus = 'pending' | 'running' | 'awaiting_approval' | 'completed' | 'failed' | 'rejected' | 'skipped';

export const ApprovalSchema = z
  .object({
    stepId: z.string().min(1).max(40),
    approved: z.boolean(),
    comment: z.string().max(2_000).optional(),
  })
  .strict();
export type Approval = z.infer<typeof ApprovalSchema>;

export interface StepState {
  id: string;
  arm: string;
  action: string;
  dependsOn: string[];
  status: StepStatus;
  risky: boolean;
  output?: string;
  approval?: { approved: boolean; comment?: string };
  provenance?: z.infer<typeof ProvenanceSchema>;
  error?: { code: string; message: string };
}

export interface TaskError {
  code: string;
  message: string;
}

/** What the `state` query returns and what the gateway shows as a task. */
export interface TaskState {
  taskId: string;
  tenantId: string;
  status: TaskStatus;
  plan?: Plan;
  steps: StepState[];
  result?: { output: string; verdict?: Verdict };
  usage: Usage;
  provenance: z.infer<typeof ProvenanceSchema>[];
  error?: TaskError;
  submittedAt: string;
  updatedAt: string;
}

export interface TaskProgress {
  status: TaskStatus;
  currentSteps: string[];
  done: number;
  total: number;
}
