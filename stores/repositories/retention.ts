// Retention in PostgreSQL: erase a tenant's rows everywhere, and age out action logs.
import type { SqlDb } from '../sql/sql-db.js';

// Children before parents, so foreign keys never block a delete.
const TENANT_TABLES = ['relationships', 'entities', 'task_steps', 'action_log', 'artifacts', 'tasks', 'audit_log', 'api_keys', 'tenants'] as const;

/** Deletes every row the tenant owns in one transaction; returns rows deleted per table. */
export async function deleteTenantRows(db: SqlDb, tenantId: string): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const counts: Record<string, number> = {};
    for (const table of TENANT_TABLES) {
      const column = table === 'tenants' ? 'id' : 'tenant_id';
      const { rows } = await tx.query<{ n: number }>(
        `WITH gone AS (DELETE FROM ${table} WHERE ${column} = $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
        [tenantId],
      );
      counts[table] = rows[0]?.n ?? 0;
    }
    return counts;
  });
}

/** Deletes action-log rows created before the cutoff; returns how many. */
export async function deleteActionsOlderThan(db: SqlDb, cutoff: Date): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'WITH gone AS (DELETE FROM action_log WHERE created_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone',
    [cutoff.toISOString()],
  );
  return rows[0]?.n ?? 0;
}
