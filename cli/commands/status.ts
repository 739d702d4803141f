// `octollm status <id>`: GET /v1/tasks/:id, printed for people (or --json).
import type { TaskState } from '../../contracts/step.js';
import { createApiClient } from '../api-client.js';
import { parseCommand, type Command } from '../args.js';
import { taskIdArg } from '../task-id.js';

const usage = `Usage: octollm status <taskId> [--json]

Show a task: status, steps, usage, error or result, and its link in the Temporal UI.`;

export type TaskView = TaskState & { links?: { ui?: string } };

export function printTask(task: TaskView, out: (line: string) => void): void {
  out(`${task.taskId}  ${task.status}`);
  for (const step of task.steps ?? []) {
    out(`  ${step.id.padEnd(4)} ${step.arm.padEnd(9)} ${step.status.padEnd(17)} ${step.action.slice(0, 60)}`);
  }
  const usage = task.usage;
  if (usage) out(`  usage: ${usage.inputTokens + usage.outputTokens} tokens, $${Number(usage.costUsd).toFixed(4)}`);
  if (task.error) out(`  error: ${task.error.code}: ${task.error.message}`);
  if (task.links?.ui) out(`  ui:    ${task.links.ui}`);
  if (task.result?.output) out(`\n${task.result.output}`);
}

export const status: Command = {
  name: 'status',
  summary: 'show a task',
  usage,
  async run(argv, { env, out }) {
    const { values, positionals, help } = parseCommand(argv, { json: { type: 'boolean' } } as const, usage, { min: 1, max: 1 });
    if (help) return out(usage), 0;
    const taskId = taskIdArg(positionals[0], usage);
    const task = await (await createApiClient(env)).request<TaskView>('GET', `/v1/tasks/${taskId}`);
    if (values.json) out(JSON.stringify(task, null, 2));
    else printTask(task, out);
    return 0;
  },
};
