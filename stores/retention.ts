// Retention across every store (SPEC §7): erase one tenant everywhere — PostgreSQL, vectors, Redis —
// and age out episodes and action logs.
import { appendAudit } from './repositories/audit.js';
import { deleteActionsOlderThan, deleteTenantRows } from './repositories/retention.js';
import type { TaskStatusCache } from './redis/task-status-cache.js';
import type { SqlDb } from './sql/sql-db.js';
import type { VectorStore } from './vectors/vector-store.js';

export interface RetentionDeps {
  db: SqlDb;
  vectors: VectorStore;
  taskStatus?: TaskStatusCache;
}

export interface CleanUpPolicy {
  /** Episodes older than this many days are deleted; omit to keep them. */
  episodeMaxAgeDays?: number;
  /** Action-log rows older than this many days are deleted; omit to keep them. */
  actionLogMaxAgeDays?: number;
  now?: Date;
}

const DAY_MS = 86_400_000;

/** Deletes everything the tenant owns; returns SQL rows deleted per table. The erasure itself is audited without tenant data. */
export async function deleteTenantData(deps: RetentionDeps, tenantId: string): Promise<Record<string, number>> {
  // Vectors and cache first: if they fail, the SQL rows (and so the tenant) remain and the command can be rerun.
  await deps.vectors.deleteTenant(tenantId);
  await deps.taskStatus?.deleteTenant(tenantId);
  const counts = await deleteTenantRows(deps.db, tenantId);
  await appendAudit(deps.db, { kind: 'tenant_deleted', detail: { tenantId, rows: counts } });
  return counts;
}

export async function cleanUpOldData(deps: RetentionDeps, policy: CleanUpPolicy): Promise<{ actionLogRows: number }> {
  const now = policy.now ?? new Date();
  if (policy.episodeMaxAgeDays !== undefined) {
    await deps.vectors.deleteOlderThan(new Date(now.getTime() - policy.episodeMaxAgeDays * DAY_MS));
  }
  let actionLogRows = 0;
  if (policy.actionLogMaxAgeDays !== undefined) {
    actionLogRows = await deleteActionsOlderThan(deps.db, new Date(now.getTime() - policy.actionLogMaxAgeDays * DAY_MS));
  }
  return { actionLogRows };
}
