// Replays recorded task histories against the current workflow code (SPEC §5 "Replayable"): a change to the
// order or kind of commands the workflow issues shows up here as a DeterminismViolationError (TMPRL1100).
import type { DataConverter } from '@temporalio/common';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import { Worker, type WorkflowBundleOption } from '@temporalio/worker';
import { WORKFLOWS_PATH } from '../workers/workflow-bundle.js';

export interface ReplayInput {
  workflowId: string;
  history: History;
}

export interface ReplayOutcome {
  workflowId: string;
  runId: string;
  ok: boolean;
  /** True when the code no longer produces the commands the history recorded. */
  nondeterministic: boolean;
  message?: string;
  /** The history event the replay stopped agreeing with, when the error names one. */
  divergingEvent?: { eventId: number; type: string; detail?: string };
}

export interface ReplayOptions {
  /** Decrypts the recorded payloads (the keyring the history was written with); carries the failure converter. */
  dataConverter: DataConverter;
  /** A prebuilt bundle (tests build one per run); default: bundle `workflows/` now (~2 s). */
  workflowBundle?: WorkflowBundleOption;
}

/** Replays each history; never throws for a replay failure, it reports it. */
export async function replayHistories(inputs: ReplayInput[], options: ReplayOptions): Promise<ReplayOutcome[]> {
  const workerOptions: Parameters<typeof Worker.runReplayHistories>[0] = {
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    dataConverter: options.dataConverter,
    replayName: 'octollm-replay',
  };
  const outcomes: ReplayOutcome[] = [];
  for await (const result of Worker.runReplayHistories(workerOptions, inputs)) {
    const error = result.error;
    outcomes.push({
      workflowId: result.workflowId,
      runId: result.runId,
      ok: !error,
      nondeterministic: error?.name === 'DeterminismViolationError',
      ...(error ? { message: error.message } : {}),
    });
  }
  // After the first pass: locating a divergence runs replay workers of its own.
  for (const outcome of outcomes) {
    const input = inputs.find((i) => i.workflowId === outcome.workflowId);
    if (!input || !outcome.nondeterministic) continue;
    const diverging = await locateDivergence(input, outcome.message ?? '', workerOptions);
    if (diverging) outcome.divergingEvent = diverging;
  }
  return outcomes;
}

type HistoryEvent = NonNullable<History['events']>[number];

/** Names an event by its attributes field, e.g. `activityTaskScheduledEventAttributes` → ActivityTaskScheduled. */
export function eventTypeName(event: HistoryEvent): string {
  const field = Object.keys(event).find((k) => k.endsWith('EventAttributes') && (event as Record<string, unknown>)[k] != null);
  return field ? field[0]!.toUpperCase() + field.slice(1, -'EventAttributes'.length) : 'Unknown';
}

function describeEvent(event: HistoryEvent): string | undefined {
  return (
    event.activityTaskScheduledEventAttributes?.activityType?.name ??
    event.timerStartedEventAttributes?.timerId ??
    event.markerRecordedEventAttributes?.markerName ??
    undefined
  ) ?? undefined;
}

/** Events that record a command the workflow issued: where a replay compares code against history. */
const COMMAND_EVENTS = new Set([
  'ActivityTaskScheduled', 'ActivityTaskCancelRequested', 'TimerStarted', 'TimerCanceled', 'MarkerRecorded',
  'UpsertWorkflowSearchAttributes', 'WorkflowPropertiesModified', 'StartChildWorkflowExecutionInitiated',
  'SignalExternalWorkflowExecutionInitiated', 'RequestCancelExternalWorkflowExecutionInitiated',
  'WorkflowExecutionUpdateAccepted', 'WorkflowExecutionUpdateCompleted', 'WorkflowExecutionCompleted',
  'WorkflowExecutionFailed', 'WorkflowExecutionCanceled', 'WorkflowExecutionContinuedAsNew',
]);

/**
 * Core's messages rarely carry an event id ("Activity type of scheduled event 'x' does not match …"), so find
 * the first workflow task whose commands disagree by replaying growing prefixes of the history (cut at each
 * WorkflowTaskStarted, so each includes the commands of the task before it), then point at the command event
 * in that task the message names (or its first command event).
 */
async function locateDivergence(input: ReplayInput, message: string, workerOptions: Parameters<typeof Worker.runReplayHistories>[0]): Promise<ReplayOutcome['divergingEvent']> {
  const events = input.history.events ?? [];
  const cuts = events.flatMap((e, i) => (i > 0 && e.workflowTaskStartedEventAttributes ? [i] : []));
  if (!events.at(-1)?.workflowTaskStartedEventAttributes) cuts.push(events.length - 1);
  const prefixes = cuts.map((cut, n) => ({ workflowId: `${input.workflowId}#${n}`, history: { events: events.slice(0, cut + 1) } }));
  let firstBad: number | undefined;
  for await (const result of Worker.runReplayHistories(workerOptions, prefixes)) {
    const n = Number(result.workflowId.slice(result.workflowId.lastIndexOf('#') + 1));
    if (result.error && (firstBad === undefined || n < firstBad)) firstBad = n;
  }
  if (firstBad === undefined) return undefined;
  const end = cuts[firstBad]!;
  let begin = end;
  while (begin > 0 && !events[begin - 1]!.workflowTaskCompletedEventAttributes) begin--;
  const candidates = events.slice(begin, end + 1).filter((e) => COMMAND_EVENTS.has(eventTypeName(e)));
  const quoted = [...message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const event = candidates.find((e) => quoted.includes(describeEvent(e))) ?? candidates[0] ?? events[end]!;
  const detail = describeEvent(event);
  return { eventId: Number(event.eventId), type: eventTypeName(event), ...(detail ? { detail } : {}) };
}
