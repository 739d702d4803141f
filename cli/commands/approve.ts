// `octollm approve <id> <stepId>`: POST /v1/tasks/:id/approve for a step waiting in awaiting_approval.
import { createApiClient } from '../api-client.js';
import { parseCommand, type Command } from '../args.js';
import { UsageError } from '../cli-error.js';
import { taskIdArg } from '../task-id.js';

const usage = `Usage: octollm approve <taskId> <stepId> [--reject] [--comment <text>]

Approve (or with --reject, reject) a step that waits for a human.

Options:
  --reject            reject the step (the task then fails with step_rejected)
  --comment <text>    recorded with the decision (at most 2000 characters)
  -h, --help`;

const options = { reject: { type: 'boolean' }, comment: { type: 'string' } } as const;

export const approve: Command = {
  name: 'approve',
  summary: 'approve or --reject a waiting step',
  usage,
  async run(argv, { env, out }) {
    const { values, positionals, help } = parseCommand(argv, options, usage, { min: 2, max: 2 });
    if (help) return out(usage), 0;
    const taskId = taskIdArg(positionals[0], usage);
    const stepId = positionals[1]!;
    if (stepId.length > 40) throw new UsageError('a step id is at most 40 characters', usage);
    if ((values.comment?.length ?? 0) > 2_000) throw new UsageError('--comment is at most 2000 characters', usage);
    const approved = !values.reject;
    await (await createApiClient(env)).request('POST', `/v1/tasks/${taskId}/approve`, { stepId, approved, ...(values.comment ? { comment: values.comment } : {}) });
    out(`${taskId} step ${stepId} ${approved ? 'approved' : 'rejected'}`);
    return 0;
  },
};
