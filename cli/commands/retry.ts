// `octollm retry <id>`: POST /v1/tasks/:id/retry — a Temporal reset to before the first failure.
import { createApiClient } from '../api-client.js';
import { parseCommand, type Command } from '../args.js';
import { followTask } from '../follow-task.js';
import { taskIdArg } from '../task-id.js';
import { printTask, type TaskView } from './status.js';

interface Retried {
  runId: string;
  previousRunId: string;
  resetEventId: number;
  failure?: string;
}

const usage = `Usage: octollm retry <taskId> [--wait]

Re-run a failed (or timed-out) task from the last point before its first failure: steps that completed
before it keep their results and are not run again. Prints the new run id. Running or completed tasks
are refused.

Options:
  --wait      follow the new run to its end (exit 1 unless it completed)
  -h, --help`;

export const retry: Command = {
  name: 'retry',
  summary: 'reset a failed task to before its first failure',
  usage,
  async run(argv, { env, out }) {
    const { values, positionals, help } = parseCommand(argv, { wait: { type: 'boolean' } } as const, usage, { min: 1, max: 1 });
    if (help) return out(usage), 0;
    const taskId = taskIdArg(positionals[0], usage);
    const api = await createApiClient(env);
    const reply = await api.request<Retried>('POST', `/v1/tasks/${taskId}/retry`);
    out(`${taskId} retrying after ${reply.failure ?? 'its failure'}: new run ${reply.runId} (from event ${reply.resetEventId} of run ${reply.previousRunId})`);
    if (!values.wait) return 0;
    const end = await followTask(api, taskId, out);
    printTask(await api.request<TaskView>('GET', `/v1/tasks/${taskId}`), out);
    return end.status === 'completed' ? 0 : 1;
  },
};
