// The task contract (SPEC §3): what a client submits, and the status vocabulary it observes.
import { z } from 'zod';
import { jsonDepth } from './json-strings.js';

const MAX_CONTEXT_BYTES = 50 * 1024;
/** Deeper context is refused rather than walked: every string in it is scanned and redacted recursively. */
const MAX_CONTEXT_DEPTH = 32;

export const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const APPROVAL_MODES = ['none', 'risky', 'all'] as const;

export const BudgetSchema = z
  .object({
    maxTokens: z.number().int().min(1).max(1_000_000).default(20_000),
    maxCostUsd: z.number().min(0).max(100).default(1.0),
    maxTimeSeconds: z.number().int().min(1).max(3_600).default(300),
  })
  .strict();
export type Budget = z.infer<typeof BudgetSchema>;

export const TaskRequestSchema = z
  .object({
    goal: z.string().trim().min(1).max(10_000),
    constraints: z.array(z.string().max(2_000)).max(20).default([]),
    acceptanceCriteria: z.array(z.string().max(2_000)).max(10).default([]),
    context: z
      .record(z.string(), z.unknown())
      .default({})
      .refine((ctx) => new TextEncoder().encode(JSON.stringify(ctx)).length <= MAX_CONTEXT_BYTES, {
        message: `context must serialise to at most ${MAX_CONTEXT_BYTES} bytes`,
      })
      .refine((ctx) => jsonDepth(ctx) <= MAX_CONTEXT_DEPTH, { message: `context must not nest deeper than ${MAX_CONTEXT_DEPTH} levels` }),
    priority: z.enum(PRIORITIES).default('medium'),
    budget: BudgetSchema.default({ maxTokens: 20_000, maxCostUsd: 1.0, maxTimeSeconds: 300 }),
    approval: z.enum(APPROVAL_MODES).default('risky'),
  })
  .strict();
export type TaskRequest = z.infer<typeof TaskRequestSchema>;

export const TASK_STATUSES = [
  'queued',
  'planning',
  'running',
  'awaiting_approval',
  'validating',
  'completed',
  'failed',
  'cancelled',
] as const;
export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

export const TERMINAL_STATUSES: readonly TaskStatus[] = ['completed', 'failed', 'cancelled'];
export const isTerminal = (status: TaskStatus): boolean => TERMINAL_STATUSES.includes(status);

/** Task ids are `task-<uuid>`; anything else is rejected before it reaches Temporal. */
export const TaskIdSchema = z
  .string()
  .regex(/^task-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'not a task id');
