// Long awaits inside an activity (a model call above all) heartbeat while they run: a worker that dies mid-call is
// noticed at the activity's heartbeat timeout instead of its start-to-close timeout, and a cancel — which reaches an
// activity only in the reply to a heartbeat — aborts the in-flight request and ends the activity as cancelled.
import { Context } from '@temporalio/activity';
import { CancelledFailure } from '@temporalio/common';

/** How often a waiting activity heartbeats; the SDK itself sends at most one per 0.8 × heartbeatTimeout. */
export const HEARTBEAT_INTERVAL_MS = 1_000;

/** The running activity's context, or undefined outside one (a unit test, a script). */
function currentActivity(): Context | undefined {
  try {
    return Context.current();
  } catch {
    return undefined;
  }
}

/**
 * Runs `work` while heartbeating the current activity every second, handing it the activity's cancellation signal
 * to pass to whatever it awaits. Cancelled meanwhile, it fails with a CancelledFailure (what the worker reports as
 * ActivityTaskCanceled), whatever error the aborted request threw. Outside an activity it just runs `work`.
 */
export async function whileHeartbeating<T>(work: (signal: AbortSignal | undefined) => Promise<T>, details?: unknown): Promise<T> {
  const context = currentActivity();
  if (!context) return work(undefined);
  // Local activities have no heartbeat timeout (and the server no heartbeat for them); their cancel still arrives.
  const beat = context.info.isLocal ? undefined : () => context.heartbeat(details);
  beat?.();
  const timer = beat ? setInterval(beat, HEARTBEAT_INTERVAL_MS) : undefined;
  try {
    return await work(context.cancellationSignal);
  } catch (err) {
    if (context.cancellationSignal.aborted) {
      const reason: unknown = context.cancellationSignal.reason;
      throw reason instanceof CancelledFailure ? reason : new CancelledFailure('the activity was cancelled', [], err instanceof Error ? err : undefined);
    }
    throw err;
  } finally {
    clearInterval(timer);
  }
}
