// `octollm submit`: POST /v1/tasks, optionally following the task to its end.
import { TaskRequestSchema, APPROVAL_MODES, PRIORITIES } from '../../contracts/task.js';
import { createApiClient } from '../api-client.js';
import { intOption, parseCommand, type Command } from '../args.js';
import { UsageError } from '../cli-error.js';
import { followTask } from '../follow-task.js';
import { printTask, type TaskView } from './status.js';

interface Submitted {
  taskId: string;
  cacheHit?: boolean;
  result?: { output: string };
}

const usage = `Usage: octollm submit <goal> [options]

Submit a task. Prints its id; with --wait, follows it to the end and prints the result.

Options:
  --criteria <text>        an acceptance criterion (repeat for several)
  --constraint <text>      a constraint (repeat for several)
  --priority <p>           ${PRIORITIES.join(' | ')} (default medium)
  --approval <mode>        ${APPROVAL_MODES.join(' | ')} (default risky): which steps wait for \`octollm approve\`
  --max-tokens <n>         token budget (default 20000)
  --max-cost <usd>         cost budget in USD (default 1.0)
  --idempotency-key <k>    the same key always maps to the same task
  --wait                   show live progress, then the result (exit 1 unless it completed)
  --json                   print JSON
  -h, --help

Example:
  octollm submit "Write a TypeScript slugify function" --criteria "exports slugify" --wait`;

const options = {
  criteria: { type: 'string', multiple: true },
  constraint: { type: 'string', multiple: true },
  priority: { type: 'string' },
  approval: { type: 'string' },
  'max-tokens': { type: 'string' },
  'max-cost': { type: 'string' },
  'idempotency-key': { type: 'string' },
  wait: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

export const submit: Command = {
  name: 'submit',
  summary: 'submit a task (--wait to follow it)',
  usage,
  async run(argv, { env, out }) {
    const { values, positionals, help } = parseCommand(argv, options, usage, { min: 1, max: 1 });
    if (help) return out(usage), 0;
    const maxTokens = intOption(values['max-tokens'], 'max-tokens', 1, 1_000_000, usage);
    const maxCost = values['max-cost'] === undefined ? undefined : Number(values['max-cost']);
    if (maxCost !== undefined && !Number.isFinite(maxCost)) throw new UsageError(`--max-cost must be a number of USD, got "${values['max-cost']}"`, usage);
    const body = {
      goal: positionals[0],
      acceptanceCriteria: values.criteria ?? [],
      constraints: values.constraint ?? [],
      ...(values.priority ? { priority: values.priority } : {}),
      ...(values.approval ? { approval: values.approval } : {}),
      ...(maxTokens !== undefined || maxCost !== undefined ? { budget: { ...(maxTokens !== undefined ? { maxTokens } : {}), ...(maxCost !== undefined ? { maxCostUsd: maxCost } : {}) } } : {}),
    };
    // The same contract the gateway validates with: bad input fails here, with the field named.
    const checked = TaskRequestSchema.safeParse(body);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new UsageError(`invalid ${issue.path.join('.') || 'task'}: ${issue.message}`, usage);
    }
    const api = await createApiClient(env);
    const key = values['idempotency-key'];
    const submitted = await api.request<Submitted>('POST', '/v1/tasks', body, key ? { 'idempotency-key': key } : {});
    if (submitted.cacheHit) {
      if (values.json) out(JSON.stringify(submitted, null, 2));
      else out(`${submitted.taskId} completed (cached result)\n\n${submitted.result?.output ?? ''}`);
      return 0;
    }
    if (!values.wait) {
      out(values.json ? JSON.stringify(submitted, null, 2) : submitted.taskId);
      return 0;
    }
    if (!values.json) out(`${submitted.taskId} submitted`);
    const end = await followTask(api, submitted.taskId, values.json ? () => undefined : out);
    const task = await api.request<TaskView>('GET', `/v1/tasks/${submitted.taskId}`);
    if (values.json) out(JSON.stringify(task, null, 2));
    else printTask(task, out);
    return end.status === 'completed' ? 0 : 1;
  },
};
