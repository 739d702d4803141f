// Writes a completed task's result into the reflex cache, so an identical task later is answered with 200 at once.
import type { CacheTaskResultInput, ResultCacheActivities } from '../../contracts/activities.js';
import type { CachedTaskResult } from '../../gateway/reflex/types.js';

export interface ResultCache {
  set(tenantId: string, taskHash: string, value: CachedTaskResult): Promise<void>;
}

export function createTaskResultCacheActivities(deps: { cache: ResultCache }): ResultCacheActivities {
  return {
    /** Idempotent: the key is the task hash, and a retry writes the same value. */
    async cacheTaskResult(input: CacheTaskResultInput): Promise<void> {
      await deps.cache.set(input.tenantId, input.taskHash, { taskId: input.taskId, output: input.output, completedAt: new Date().toISOString() });
    },
  };
}
