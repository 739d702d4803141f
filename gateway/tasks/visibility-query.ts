// Builds the Temporal visibility query behind `GET /v1/tasks` (newest first: see the note on ordering below). Only validated values reach it: the tenant
// id (checked again here), enum members, and an instant re-serialised by Date — never raw query-string text.
import { createHash } from 'node:crypto';
import { TASK_WORKFLOW } from '../../contracts/names.js';
import type { TaskListingQuery } from '../../contracts/task-listing.js';
import { ARMS_USED, STATUS, TENANT } from '../../temporal/search-attributes.js';

const TENANT_ID = /^[A-Za-z0-9_.-]{1,64}$/;
const SAFE_VALUE = /^[A-Za-z0-9_.:-]+$/;

const clause = (name: string, value: string): string => {
  // Belt and braces: every value is already validated; refuse anything that could close the quote.
  if (!SAFE_VALUE.test(value)) throw new Error(`refusing to put "${name}" value into a visibility query`);
  return `${name} = '${value}'`;
};

export function taskListQuery(tenantId: string, filters: Pick<TaskListingQuery, 'status' | 'arm' | 'since'>): string {
  if (!TENANT_ID.test(tenantId)) throw new Error('invalid tenant id');
  const parts = [clause('WorkflowType', TASK_WORKFLOW), clause(TENANT.name, tenantId)];
  if (filters.status) parts.push(clause(STATUS.name, filters.status));
  if (filters.arm) parts.push(clause(ARMS_USED.name, filters.arm));
  if (filters.since) {
    const since = new Date(filters.since);
    if (Number.isNaN(since.getTime())) throw new Error('invalid since');
    parts.push(`StartTime >= '${since.toISOString()}'`);
  }
  // No ORDER BY: SQL visibility (SQLite, PostgreSQL) rejects it. Its fixed order is what we document:
  // running runs first (newest start first), then closed runs by close time, newest first.
  return parts.join(' AND ');
}

/**
 * Cursors are the visibility page token plus a short check bound to the tenant and filters. Not a secret
 * (Temporal re-applies the query on every page); it makes a mangled or foreign cursor a fast 400 instead of a
 * server error the gRPC client retries for ~20 s.
 */
const cursorCheck = (scope: string, token: Buffer): string =>
  createHash('sha256').update(scope).update('\0').update(token).digest('base64url').slice(0, 11);

export function encodeCursor(scope: string, token: Uint8Array): string {
  const bytes = Buffer.from(token);
  return `${bytes.toString('base64url')}.${cursorCheck(scope, bytes)}`;
}

/** The page token, or undefined when the cursor was not made by `encodeCursor` for this scope. */
export function decodeCursor(scope: string, cursor: string): Buffer | undefined {
  const [encoded, check, extra] = cursor.split('.');
  if (!encoded || !check || extra !== undefined) return undefined;
  const token = Buffer.from(encoded, 'base64url');
  return check === cursorCheck(scope, token) ? token : undefined;
}
