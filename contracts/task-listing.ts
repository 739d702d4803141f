// `GET /v1/tasks`: the query string (validated here, then turned into a Temporal visibility query) and the items.
import { z } from 'zod';
import { ARMS } from './names.js';
import { TASK_STATUSES, type PRIORITIES, type TaskStatus } from './task.js';

/** Opaque to clients: a base64url visibility page token and a check (`<token>.<check>`). */
const CURSOR = /^[A-Za-z0-9_-]{1,4096}\.[A-Za-z0-9_-]{1,64}$/;

export const TaskListingQuerySchema = z
  .object({
    status: z.enum(TASK_STATUSES).optional(),
    arm: z.enum(ARMS).optional(),
    /** Tasks started at or after this instant (ISO 8601 with an offset or Z). */
    since: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().regex(CURSOR, 'not a cursor returned by this endpoint').optional(),
  })
  .strict();
export type TaskListingQuery = z.infer<typeof TaskListingQuerySchema>;

export interface TaskListingItem {
  taskId: string;
  status: TaskStatus;
  priority?: (typeof PRIORITIES)[number];
  arms: string[];
  costUsd: number;
  tokens: number;
  startTime: string;
  closeTime?: string;
  links: { self: string; events: string; ui?: string };
}

export interface TaskListingPage {
  items: TaskListingItem[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}
