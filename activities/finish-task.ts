// A completed task's tail as one local activity: guard the output, then cache it and hand the task to memory side by
// side. As three local activities in a row they cost the task's last workflow task two more round trips through the
// worker (≈3–5 ms each under load, bench:orchestration --timeline), for work that never needs the workflow between.
import { log } from '@temporalio/activity';
import type { FinishTaskActivities, GuardianActivities, MemoryHandOffActivities, ResultCacheActivities } from '../contracts/activities.js';

type Parts = Pick<GuardianActivities, 'guardOutput'> & ResultCacheActivities & MemoryHandOffActivities;
type Warn = (message: string, meta: Record<string, unknown>) => void;

/** `warn` defaults to the activity logger (it needs an activity context: tests pass their own). */
export function createFinishTaskActivities(parts: Parts, warn: Warn = (message, meta) => log.warn(message, meta)): FinishTaskActivities {
  return {
    async finishTask({ record, output, verdict, taskHash }) {
      const { taskId, tenantId } = record.state;
      const guarded = await parts.guardOutput({ taskId, tenantId, text: output });
      const state = { ...record.state, result: { output: guarded.text, verdict } };
      // Both are idempotent: a retry rewrites the same cache value, and the memory write starts once per task id.
      await Promise.all([
        parts.cacheTaskResult({ tenantId, taskHash, taskId, output: guarded.text }),
        // Memory is best effort (the client has already retried the start): it never fails a finished task.
        parts.startMemoryWrite({ ...record, state }).catch((err: unknown) =>
          warn('could not start the memory write', { taskId, error: err instanceof Error ? err.message : String(err) }),
        ),
      ]);
      return guarded;
    },
  };
}
