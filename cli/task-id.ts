// Task ids are checked before any request, so a typo is a usage error rather than a 400 from the API.
import { TaskIdSchema } from '../contracts/task.js';
import { UsageError } from './cli-error.js';

export function taskIdArg(value: string | undefined, usage: string): string {
  if (!value || !TaskIdSchema.safeParse(value).success) throw new UsageError(`"${value ?? ''}" is not a task id (task-<uuid>)`, usage);
  return value;
}
