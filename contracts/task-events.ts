// The progress stream of `GET /v1/tasks/:id/events` (SSE): what each event's `data` carries.
// Events are a projection of the run's Temporal history, so their ids (`<history event id>.<run tag>`) are stable
// and a client that reconnects with `Last-Event-ID` gets exactly the events it has not seen.
import type { StepStatus } from './step.js';
import type { TaskStatus } from './task.js';

export interface TaskStatusEvent {
  type: 'status';
  status: TaskStatus;
}

export interface TaskPlanEvent {
  type: 'plan';
  total: number;
  steps: { id: string; arm: string; action: string; dependsOn: string[] }[];
}

export interface TaskStepEvent {
  type: 'step';
  stepId: string;
  arm: string;
  status: Extract<StepStatus, 'running' | 'completed' | 'failed'>;
  /** Distinct plan steps completed so far, and the plan's size (0 before the plan exists). */
  done: number;
  total: number;
  error?: { code: string };
}

export interface TaskApprovalEvent {
  type: 'approval';
  stepId: string;
  approved: boolean;
}

/** The last event of a stream: the run closed. `status` is the task's final status. */
export interface TaskEndEvent {
  type: 'end';
  status: 'completed' | 'failed' | 'cancelled';
  error?: { code: string };
}

export type TaskEvent = TaskStatusEvent | TaskPlanEvent | TaskStepEvent | TaskApprovalEvent | TaskEndEvent;
export type TaskEventType = TaskEvent['type'];
