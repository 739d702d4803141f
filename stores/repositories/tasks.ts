// Task history: the rows behind GET /v1/tasks and GET /v1/tasks/:id. Every read filters on tenant.
import type { TaskListQuery, TaskPage, TaskRecord, TaskSummary } from '../../contracts/memory.js';
import type { StepState, StepStatus } from '../../contracts/step.js';
import type { TaskStatus } from '../../contracts/task.js';
import type { Provenance } from '../../contracts/usage.js';
import type { Queryable } from '../sql/sql-db.js';
import { toIso } from '../ids.js';

export interface StepRow {
  taskId: string;
  stepId: string;
  tenantId: string;
  workflowId: string;
  arm: string;
  action: string;
  dependsOn: string[];
  risky: boolean;
  status: StepStatus;
  /** Inline output (small outputs). */
  output?: string;
  /** Artifact id of a large output. */
  outputRef?: string;
  provenance?: Provenance;
  approval?: StepState['approval'];
  error?: { code: string; message: string };
}

/**
 * Inserts or updates a task. A write older than the stored one (a late retry) changes nothing,
 * so the history only ever moves forward. Returns whether the row was written.
 */
export async function upsertTask(db: Queryable, task: Omit<TaskRecord, 'steps'>): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO tasks (id, tenant_id, workflow_id, status, goal, plan, result, usage, provenance, error, submitted_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (id) DO UPDATE SET
       status = EXCLUDED.status, goal = EXCLUDED.goal, plan = EXCLUDED.plan, result = EXCLUDED.result,
       usage = EXCLUDED.usage, provenance = EXCLUDED.provenance, error = EXCLUDED.error, updated_at = EXCLUDED.updated_at
     WHERE tasks.tenant_id = EXCLUDED.tenant_id AND tasks.updated_at <= EXCLUDED.updated_at
     RETURNING id`,
    [
      task.taskId,
      task.tenantId,
      task.workflowId,
      task.status,
      task.goal,
      json(task.plan),
      json(task.result),
      JSON.stringify(task.usage),
      JSON.stringify(task.provenance),
      json(task.error),
      task.submittedAt,
      task.updatedAt,
    ],
  );
  return rows.length > 0;
}

/** Inserts or replaces one step of a task, keyed by (task, step): a retry rewrites the same row. */
export async function recordStep(db: Queryable, step: StepRow): Promise<void> {
  await db.query(
    `INSERT INTO task_steps (task_id, step_id, tenant_id, workflow_id, arm, action, depends_on, risky, status,
                             output, output_ref, provenance, approval, error, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())
     ON CONFLICT (task_id, step_id) DO UPDATE SET
       arm = EXCLUDED.arm, action = EXCLUDED.action, depends_on = EXCLUDED.depends_on, risky = EXCLUDED.risky,
       status = EXCLUDED.status, output = EXCLUDED.output, output_ref = EXCLUDED.output_ref,
       provenance = EXCLUDED.provenance, approval = EXCLUDED.approval, error = EXCLUDED.error, updated_at = now()
     WHERE task_steps.tenant_id = EXCLUDED.tenant_id`,
    [
      step.taskId,
      step.stepId,
      step.tenantId,
      step.workflowId,
      step.arm,
      step.action,
      JSON.stringify(step.dependsOn),
      step.risky,
      step.status,
      step.output ?? null,
      step.outputRef ?? null,
      json(step.provenance),
      json(step.approval),
      json(step.error),
    ],
  );
}

interface TaskDbRow {
  id: string;
  tenant_id: string;
  workflow_id: string;
  status: TaskStatus;
  goal: string;
  plan: TaskRecord['plan'] | null;
  result: TaskRecord['result'] | null;
  usage: TaskRecord['usage'];
  provenance: TaskRecord['provenance'];
  error: TaskRecord['error'] | null;
  submitted_at: Date | string;
  updated_at: Date | string;
}

interface StepDbRow {
  step_id: string;
  arm: string;
  action: string;
  depends_on: string[];
  risky: boolean;
  status: StepStatus;
  output: string | null;
  output_ref: string | null;
  artifact_content: string | null;
  provenance: Provenance | null;
  approval: StepState['approval'] | null;
  error: { code: string; message: string } | null;
}

/** The task with its steps (large outputs resolved from their artifacts), or undefined if the tenant has no such task. */
export async function getTask(db: Queryable, tenantId: string, taskId: string): Promise<TaskRecord | undefined> {
  const { rows } = await db.query<TaskDbRow>('SELECT * FROM tasks WHERE tenant_id = $1 AND id = $2', [tenantId, taskId]);
  const row = rows[0];
  if (!row) return undefined;
  const steps = await db.query<StepDbRow>(
    `SELECT s.step_id, s.arm, s.action, s.depends_on, s.risky, s.status, s.output, s.output_ref, s.provenance,
            s.approval, s.error,
            a.content AS artifact_content
       FROM task_steps s
       LEFT JOIN artifacts a ON a.tenant_id = s.tenant_id AND a.id = s.output_ref
      WHERE s.tenant_id = $1 AND s.task_id = $2
      ORDER BY s.updated_at, s.step_id`,
    [tenantId, taskId],
  );
  return {
    ...summaryOf(row),
    tenantId: row.tenant_id,
    workflowId: row.workflow_id,
    steps: inPlanOrder(steps.rows.map(stepStateOf), row.plan),
    usage: row.usage,
    provenance: row.provenance,
    ...(row.plan ? { plan: row.plan } : {}),
    ...(row.result ? { result: row.result } : {}),
  };
}

/** A page of the tenant's tasks, newest first, optionally with one status. */
export async function listTasks(db: Queryable, tenantId: string, query: TaskListQuery = {}): Promise<TaskPage> {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 20), 1), 100);
  const params: unknown[] = [tenantId];
  let where = 'tenant_id = $1';
  if (query.status) {
    params.push(query.status);
    where += ` AND status = $${params.length}`;
  }
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (after) {
    params.push(after.submittedAt, after.taskId);
    where += ` AND (submitted_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(limit + 1);
  const { rows } = await db.query<TaskDbRow>(
    `SELECT id, status, goal, usage, error, submitted_at, updated_at FROM tasks
      WHERE ${where} ORDER BY submitted_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const tasks = rows.slice(0, limit).map(summaryOf);
  const last = tasks[tasks.length - 1];
  return rows.length > limit && last ? { tasks, nextCursor: encodeCursor(last.submittedAt, last.taskId) } : { tasks };
}

/** Successful tasks by id (the planner's examples come from here), restricted to the tenant. */
export async function getCompletedPlans(
  db: Queryable,
  tenantId: string,
  taskIds: string[],
): Promise<{ taskId: string; goal: string; plan: NonNullable<TaskRecord['plan']> }[]> {
  if (taskIds.length === 0) return [];
  const { rows } = await db.query<{ id: string; goal: string; plan: NonNullable<TaskRecord['plan']> }>(
    `SELECT id, goal, plan FROM tasks
      WHERE tenant_id = $1 AND id = ANY($2::text[]) AND status = 'completed' AND plan IS NOT NULL`,
    [tenantId, taskIds],
  );
  return rows.map((r) => ({ taskId: r.id, goal: r.goal, plan: r.plan }));
}

function summaryOf(row: TaskDbRow): TaskSummary {
  return {
    taskId: row.id,
    status: row.status,
    goal: row.goal,
    usage: row.usage,
    submittedAt: toIso(row.submitted_at),
    updatedAt: toIso(row.updated_at),
    ...(row.error ? { error: row.error } : {}),
  };
}

/** Steps in the order the plan lists them; steps the plan does not name (if any) keep their place at the end. */
function inPlanOrder(steps: StepState[], plan: TaskRecord['plan'] | null): StepState[] {
  if (!plan) return steps;
  const position = new Map(plan.steps.map((s, i) => [s.id, i]));
  const at = (s: StepState): number => position.get(s.id) ?? Number.MAX_SAFE_INTEGER;
  return [...steps].sort((a, b) => at(a) - at(b));
}

function stepStateOf(row: StepDbRow): StepState {
  const output = row.output ?? row.artifact_content ?? undefined;
  return {
    id: row.step_id,
    arm: row.arm,
    action: row.action,
    dependsOn: row.depends_on,
    risky: row.risky,
    status: row.status,
    ...(output !== undefined ? { output } : {}),
    ...(row.provenance ? { provenance: row.provenance } : {}),
    ...(row.approval ? { approval: row.approval } : {}),
    ...(row.error ? { error: row.error } : {}),
  };
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

// The cursor is opaque to clients: base64url of the last row's sort key.
function encodeCursor(submittedAt: string, taskId: string): string {
  return Buffer.from(JSON.stringify([submittedAt, taskId])).toString('base64url');
}

export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

function decodeCursor(cursor: string): { submittedAt: string; taskId: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string' && !Number.isNaN(Date.parse(value[0]))) {
      return { submittedAt: value[0], taskId: value[1] };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}
