// `octollm cancel <id>`: POST /v1/tasks/:id/cancel.
import { createApiClient } from '../api-client.js';
import { parseCommand, type Command } from '../args.js';
import { taskIdArg } from '../task-id.js';

const usage = `Usage: octollm cancel <taskId>

Cancel a running task (an error if it already ended).`;

export const cancel: Command = {
  name: 'cancel',
  summary: 'cancel a running task',
  usage,
  async run(argv, { env, out }) {
    const { positionals, help } = parseCommand(argv, {} as const, usage, { min: 1, max: 1 });
    if (help) return out(usage), 0;
    const taskId = taskIdArg(positionals[0], usage);
    const reply = await (await createApiClient(env)).request<{ previousStatus: string }>('POST', `/v1/tasks/${taskId}/cancel`);
    out(`${taskId} cancelling (was ${reply.previousStatus})`);
    return 0;
  },
};
