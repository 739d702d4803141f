// The provenance/action log: one row per (workflow, step, kind), so a retried activity adds nothing.
import type { Provenance } from '../../contracts/usage.js';
import type { Queryable } from '../sql/sql-db.js';
import { toIso } from '../ids.js';

export interface ActionRecord {
  tenantId: string;
  taskId: string;
  workflowId: string;
  stepId: string;
  kind: string;
  arm?: string;
  provenance?: Provenance;
  detail?: Record<string, unknown>;
}

export async function recordAction(db: Queryable, action: ActionRecord): Promise<void> {
  await db.query(
    `INSERT INTO action_log (tenant_id, task_id, workflow_id, step_id, kind, arm, provenance, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (workflow_id, step_id, kind) DO NOTHING`,
    [
      action.tenantId,
      action.taskId,
      action.workflowId,
      action.stepId,
      action.kind,
      action.arm ?? null,
      action.provenance ? JSON.stringify(action.provenance) : null,
      JSON.stringify(action.detail ?? {}),
    ],
  );
}

export async function listActions(
  db: Queryable,
  tenantId: string,
  taskId: string,
): Promise<(ActionRecord & { createdAt: string })[]> {
  const { rows } = await db.query<{
    tenant_id: string;
    task_id: string;
    workflow_id: string;
    step_id: string;
    kind: string;
    arm: string | null;
    provenance: Provenance | null;
    detail: Record<string, unknown>;
    created_at: Date;
  }>('SELECT * FROM action_log WHERE tenant_id = $1 AND task_id = $2 ORDER BY id', [tenantId, taskId]);
  return rows.map((r) => ({
    tenantId: r.tenant_id,
    taskId: r.task_id,
    workflowId: r.workflow_id,
    stepId: r.step_id,
    kind: r.kind,
    detail: r.detail,
    createdAt: toIso(r.created_at),
    ...(r.arm !== null ? { arm: r.arm } : {}),
    ...(r.provenance !== null ? { provenance: r.provenance } : {}),
  }));
}
