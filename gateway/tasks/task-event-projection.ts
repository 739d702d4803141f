// Turns a task run's Temporal history into the progress events of `GET /v1/tasks/:id/events`.
// A pure fold over the history (plus payload decoding): the same history always yields the same events
// with the same ids, which is what lets a reconnecting client resume from `Last-Event-ID` without gaps.
import type { Payload } from '@temporalio/common';
import { decodeSearchAttributes } from '@temporalio/common/lib/converter/payload-search-attributes.js';
import type { temporal } from '@temporalio/proto';
import { planProblems, type Plan } from '../../contracts/plan.js';
import type { Approval, PlanResult, StepInput } from '../../contracts/step.js';
import type { TaskEndEvent, TaskEvent } from '../../contracts/task-events.js';
import { TASK_STATUSES, type TaskStatus } from '../../contracts/task.js';
import { STATUS } from '../../temporal/search-attributes.js';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** Decodes one (encrypted) payload to its value. */
export type DecodePayload = (payload: Payload) => Promise<unknown>;

export interface ProjectedEvent {
  /** The history event id (the stream tags it with the run to make the SSE id). */
  id: string;
  event: TaskEvent;
}

const PLAN_ACTIVITY = 'planTask';
const STEP_ACTIVITY = /^(retriever|coder|executor|judge|guardian)Step$/;
const APPROVE_UPDATE = 'approveStep';

const isTaskStatus = (value: unknown): value is TaskStatus => (TASK_STATUSES as readonly unknown[]).includes(value);

function statusUpsert(fields: Record<string, Payload> | null | undefined): TaskStatus | undefined {
  if (!fields?.[STATUS.name]) return undefined;
  const value = decodeSearchAttributes(fields)[STATUS.name]?.[0];
  return isTaskStatus(value) ? value : undefined;
}

export function createTaskEventProjection(decode: DecodePayload) {
  const activities = new Map<number, { type: string; stepId?: string; arm?: string }>();
  const completed = new Set<string>();
  let total = 0;
  let ended = false;

  const decodeFirst = async <T>(payloads: Payload[] | null | undefined): Promise<T | undefined> => {
    const first = payloads?.[0];
    if (!first) return undefined;
    try {
      return (await decode(first)) as T;
    } catch {
      // A payload this gateway cannot decrypt (a retired key) only costs the event its detail.
      return undefined;
    }
  };

  const end = (status: TaskEndEvent['status'], code?: string): TaskEndEvent => {
    ended = true;
    return { type: 'end', status, ...(code ? { error: { code } } : {}) };
  };

  async function toEvent(event: HistoryEvent): Promise<TaskEvent | undefined> {
    const started = event.workflowExecutionStartedEventAttributes;
    if (started) {
      const status = statusUpsert(started.searchAttributes?.indexedFields as Record<string, Payload> | undefined);
      return { type: 'status', status: status ?? 'queued' };
    }
    const upsert = event.upsertWorkflowSearchAttributesEventAttributes;
    if (upsert) {
      const status = statusUpsert(upsert.searchAttributes?.indexedFields as Record<string, Payload> | undefined);
      return status ? { type: 'status', status } : undefined;
    }
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) {
      const type = scheduled.activityType?.name ?? '';
      const entry: { type: string; stepId?: string; arm?: string } = { type };
      activities.set(Number(event.eventId), entry);
      if (!STEP_ACTIVITY.test(type)) return undefined;
      const input = await decodeFirst<StepInput>(scheduled.input?.payloads as Payload[] | undefined);
      entry.stepId = input?.step.id ?? '?';
      entry.arm = input?.step.arm ?? type.replace(/Step$/, '');
      return { type: 'step', stepId: entry.stepId, arm: entry.arm, status: 'running', done: completed.size, total };
    }
    const done = event.activityTaskCompletedEventAttributes;
    if (done) {
      const activity = activities.get(Number(done.scheduledEventId));
      if (activity?.type === PLAN_ACTIVITY) {
        const result = await decodeFirst<PlanResult>(done.result?.payloads as Payload[] | undefined);
        // An invalid plan is sent back to the planner; only the plan the workflow runs is announced.
        if (!result || planProblems(result.plan).length > 0) return undefined;
        return planEvent(result.plan);
      }
      if (!activity?.stepId) return undefined;
      completed.add(activity.stepId);
      return { type: 'step', stepId: activity.stepId, arm: activity.arm ?? '?', status: 'completed', done: completed.size, total };
    }
    const failed = event.activityTaskFailedEventAttributes ?? event.activityTaskTimedOutEventAttributes;
    if (failed) {
      const activity = activities.get(Number(failed.scheduledEventId));
      if (!activity?.stepId) return undefined;
      const code = event.activityTaskFailedEventAttributes?.failure?.applicationFailureInfo?.type ?? (event.activityTaskTimedOutEventAttributes ? 'activity_timed_out' : 'step_failed');
      return { type: 'step', stepId: activity.stepId, arm: activity.arm ?? '?', status: 'failed', done: completed.size, total, error: { code } };
    }
    const accepted = event.workflowExecutionUpdateAcceptedEventAttributes;
    if (accepted && accepted.acceptedRequest?.input?.name === APPROVE_UPDATE) {
      const approval = await decodeFirst<Approval>(accepted.acceptedRequest.input.args?.payloads as Payload[] | undefined);
      return approval ? { type: 'approval', stepId: approval.stepId, approved: approval.approved } : undefined;
    }
    if (event.workflowExecutionCompletedEventAttributes) return end('completed');
    if (event.workflowExecutionFailedEventAttributes) {
      return end('failed', event.workflowExecutionFailedEventAttributes.failure?.applicationFailureInfo?.type ?? 'internal_error');
    }
    if (event.workflowExecutionCanceledEventAttributes) return end('cancelled');
    if (event.workflowExecutionTerminatedEventAttributes) return end('failed', 'terminated');
    if (event.workflowExecutionTimedOutEventAttributes) return end('failed', 'timed_out');
    return undefined;
  }

  function planEvent(plan: Plan): TaskEvent {
    total = plan.steps.length;
    return { type: 'plan', total, steps: plan.steps.map((s) => ({ id: s.id, arm: s.arm, action: s.action, dependsOn: s.dependsOn })) };
  }

  return {
    /** The progress event a history event stands for, if any. Call in history order. */
    async project(event: HistoryEvent): Promise<ProjectedEvent | undefined> {
      const projected = await toEvent(event);
      return projected ? { id: String(Number(event.eventId)), event: projected } : undefined;
    },
    get ended(): boolean {
      return ended;
    },
  };
}
