// The append-only audit log: auth failures, blocked requests, approvals, executor runs.
import type { Queryable } from '../sql/sql-db.js';
import { toIso } from '../ids.js';

export type AuditKind = 'auth_failure' | 'blocked' | 'approval' | 'executor_run' | (string & {});

export interface AuditEvent {
  /** Absent when no tenant is known (an unknown API key). */
  tenantId?: string;
  kind: AuditKind;
  actor?: string;
  requestId?: string;
  /** Must already be free of secrets and PII. */
  detail?: Record<string, unknown>;
}

export interface AuditEntry extends AuditEvent {
  id: number;
  createdAt: string;
}

export async function appendAudit(db: Queryable, event: AuditEvent): Promise<void> {
  await db.query('INSERT INTO audit_log (tenant_id, kind, actor, request_id, detail) VALUES ($1, $2, $3, $4, $5)', [
    event.tenantId ?? null,
    event.kind,
    event.actor ?? null,
    event.requestId ?? null,
    JSON.stringify(event.detail ?? {}),
  ]);
}

export async function listAudit(db: Queryable, tenantId: string, limit = 100): Promise<AuditEntry[]> {
  const { rows } = await db.query<{
    id: number;
    tenant_id: string;
    kind: string;
    actor: string | null;
    request_id: string | null;
    detail: Record<string, unknown>;
    created_at: Date;
  }>('SELECT * FROM audit_log WHERE tenant_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2', [tenantId, limit]);
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    kind: r.kind,
    detail: r.detail,
    createdAt: toIso(r.created_at),
    ...(r.actor !== null ? { actor: r.actor } : {}),
    ...(r.request_id !== null ? { requestId: r.request_id } : {}),
  }));
}
