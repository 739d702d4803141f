// Follows one task run's history with long polls (`waitNewEvent`) and yields its progress events
// (`task-event-projection.ts`) until the run closes; no polling loop on the workflow's queries.
import type { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { createTaskEventProjection, type DecodePayload, type ProjectedEvent } from './task-event-projection.js';

/**
 * An SSE id: `<history event id>.<run tag>`. The number orders events within a run; the tag (the run id's
 * first 8 characters) tells a resume whether the task was retried (reset into a new run) in between.
 */
export interface EventCursor {
  eventId: number;
  runTag: string;
}

export const runTag = (runId: string): string => runId.replaceAll('-', '').slice(0, 8);
export const formatEventId = (eventId: string, runId: string): string => `${eventId}.${runTag(runId)}`;

export function parseEventId(value: string): EventCursor | undefined {
  const match = /^(\d{1,12})\.([0-9a-f]{8})$/.exec(value);
  return match ? { eventId: Number(match[1]), runTag: match[2]! } : undefined;
}

export interface TaskEventStreamOptions {
  client: Client;
  namespace: string;
  workflowId: string;
  runId: string;
  /** Resume after this event (`Last-Event-ID`); events up to it are folded, not yielded (except `end`). */
  resumeAfter?: EventCursor;
  /** Ends the stream (and its pending long poll) when the client goes away. */
  signal: AbortSignal;
}

/** A progress event, or a keep-alive tick after a long poll that saw nothing new (~20 s). */
export type StreamItem = ProjectedEvent | { keepAlive: true };

export function payloadDecoder(client: Client): DecodePayload {
  const { payloadCodecs, payloadConverter } = client.options.loadedDataConverter;
  return async (payload: Payload) => {
    let decoded = [payload];
    for (const codec of [...payloadCodecs].reverse()) decoded = await codec.decode(decoded);
    return payloadConverter.fromPayload(decoded[0]!);
  };
}

export async function* streamTaskEvents(options: TaskEventStreamOptions): AsyncGenerator<StreamItem> {
  const { client, namespace, workflowId, runId, resumeAfter, signal } = options;
  // Same run: resume right after the client's event. A newer run (the task was retried since) shares only the
  // history before its first reset marker with the old one, so resume at the earlier of the two points.
  const sameRun = !resumeAfter || resumeAfter.runTag === runTag(runId);
  let afterEventId = resumeAfter?.eventId ?? 0;
  const projection = createTaskEventProjection(payloadDecoder(client));
  let nextPageToken: Uint8Array | undefined;
  while (!signal.aborted) {
    let response;
    try {
      response = await client.withAbortSignal(signal, () =>
        client.workflowService.getWorkflowExecutionHistory({ namespace, execution: { workflowId, runId }, nextPageToken, waitNewEvent: true, skipArchival: true }),
      );
    } catch (err) {
      if (signal.aborted) return;
      throw err;
    }
    const events = response.history?.events ?? [];
    let yielded = false;
    for (const event of events) {
      if (!sameRun && event.workflowTaskFailedEventAttributes?.baseRunId) afterEventId = Math.min(afterEventId, Number(event.eventId) - 1);
      const projected = await projection.project(event);
      // The end is sent even to a client that saw it, so a reconnecting EventSource learns to stop.
      if (projected && (Number(projected.id) > afterEventId || projected.event.type === 'end')) {
        yielded = true;
        yield { ...projected, id: formatEventId(projected.id, runId) };
      }
    }
    if (projection.ended) return;
    if (!response.nextPageToken?.length) return; // closed and fully read
    nextPageToken = response.nextPageToken;
    if (!yielded) yield { keepAlive: true };
  }
}
