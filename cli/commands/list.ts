// `octollm list`: GET /v1/tasks with its filters and cursor paging.
import { ARMS } from '../../contracts/names.js';
import { TaskListingQuerySchema, type TaskListingPage } from '../../contracts/task-listing.js';
import { TASK_STATUSES } from '../../contracts/task.js';
import { createApiClient } from '../api-client.js';
import { parseCommand, type Command } from '../args.js';
import { UsageError } from '../cli-error.js';

const usage = `Usage: octollm list [options]

List your tasks, newest first (running ones, then finished ones by when they ended).

Options:
  --status <s>     ${TASK_STATUSES.join(' | ')}
  --arm <arm>      tasks whose plan used this arm: ${ARMS.join(' | ')}
  --since <time>   started at or after this ISO 8601 time, e.g. 2025-03-01T00:00:00Z
  --limit <n>      1-100 (default 20)
  --cursor <c>     the next page (printed at the end of a full page)
  --json           print JSON
  -h, --help`;

const options = {
  status: { type: 'string' },
  arm: { type: 'string' },
  since: { type: 'string' },
  limit: { type: 'string' },
  cursor: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const list: Command = {
  name: 'list',
  summary: 'list your tasks (--status, --arm, --since)',
  usage,
  async run(argv, { env, out }) {
    const { values, help } = parseCommand(argv, options, usage, { min: 0, max: 0 });
    if (help) return out(usage), 0;
    const { json, ...filters } = values;
    const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const checked = TaskListingQuerySchema.safeParse(query);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new UsageError(`--${issue.path.join('.')}: ${issue.message}`, usage);
    }
    const page = await (await createApiClient(env)).request<TaskListingPage>('GET', `/v1/tasks?${new URLSearchParams(query)}`);
    if (json) {
      out(JSON.stringify(page, null, 2));
      return 0;
    }
    if (page.items.length === 0) out('no tasks');
    for (const t of page.items) {
      out(`${t.taskId}  ${t.status.padEnd(17)} ${(t.priority ?? '').padEnd(8)} ${t.startTime}  ${String(t.tokens).padStart(7)} tok  $${Number(t.costUsd).toFixed(4)}  ${t.arms.join(',')}`);
    }
    if (page.nextCursor) out(`\nmore: octollm list ${Object.entries(filters).filter(([k, v]) => k !== 'cursor' && v).map(([k, v]) => `--${k} ${v} `).join('')}--cursor ${page.nextCursor}`);
    return 0;
  },
};
