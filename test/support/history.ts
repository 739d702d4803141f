// Reading workflow histories in tests.
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

/** The attempt number of every start of `activityType` in the history, in order. */
export function activityAttempts(history: History, activityType: string): number[] {
  const events = history.events ?? [];
  const scheduled = new Set(
    events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === activityType).map((e) => Number(e.eventId)),
  );
  return events
    .filter((e) => e.activityTaskStartedEventAttributes && scheduled.has(Number(e.activityTaskStartedEventAttributes.scheduledEventId)))
    .map((e) => e.activityTaskStartedEventAttributes!.attempt ?? 0);
}
