// Where `retry` resets a failed run to: the last completed workflow task before the first failure, so every
// activity that completed before it keeps its recorded result and everything from the failure on runs again.
import type { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

export interface ResetPoint {
  /** A WorkflowTaskCompleted event id: `workflowTaskFinishEventId` of ResetWorkflowExecution. */
  workflowTaskFinishEventId: number;
  /** The event the failure was first seen at. */
  failureEventId: number;
  /** The failure type (our error code) when the history says it, e.g. `llm_request_rejected`. */
  failureType?: string;
}

const idOf = (event: HistoryEvent): number => Number(event.eventId);

/** The first activity failure or timeout; else the workflow's own failure or timeout. */
function firstFailure(events: HistoryEvent[]): { at: number; type?: string } | undefined {
  for (const event of events) {
    const failed = event.activityTaskFailedEventAttributes;
    if (failed) return { at: idOf(event), type: failed.failure?.applicationFailureInfo?.type ?? failed.failure?.cause?.applicationFailureInfo?.type ?? undefined };
    if (event.activityTaskTimedOutEventAttributes) return { at: idOf(event), type: 'activity_timed_out' };
  }
  let lastCompletedTask: number | undefined;
  for (const event of events) {
    if (event.workflowTaskCompletedEventAttributes) lastCompletedTask = idOf(event);
    const failed = event.workflowExecutionFailedEventAttributes;
    if (failed) {
      // The workflow task that decided to fail is the one to re-run, so the point must precede it.
      return { at: lastCompletedTask ?? idOf(event), type: failed.failure?.applicationFailureInfo?.type ?? undefined };
    }
    if (event.workflowExecutionTimedOutEventAttributes) return { at: idOf(event), type: 'timed_out' };
  }
  return undefined;
}

export function chooseResetPoint(events: HistoryEvent[]): ResetPoint | undefined {
  const failure = firstFailure(events);
  if (!failure) return undefined;
  let point: number | undefined;
  for (const event of events) {
    if (idOf(event) >= failure.at) break;
    if (event.workflowTaskCompletedEventAttributes) point = idOf(event);
  }
  return point === undefined ? undefined : { workflowTaskFinishEventId: point, failureEventId: failure.at, failureType: failure.type };
}
