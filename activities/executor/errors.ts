// Typed refusals: the sandbox says *why* it will not run something, by machine code, without echoing
// the offending value (arguments and URLs may carry secrets the planner copied from the task).
import { TaskErrorCodes } from '../../contracts/index.js';

export const RefusalCodes = {
  commandNotAllowed: 'command_not_allowed',
  subcommandNotAllowed: 'subcommand_not_allowed',
  flagNotAllowed: 'flag_not_allowed',
  shellSyntax: 'shell_syntax',
  invalidArgument: 'invalid_argument',
  pathEscape: 'path_escape',
  gitRepoUnsafe: 'git_repo_unsafe',
  invalidUrl: 'invalid_url',
  schemeNotAllowed: 'scheme_not_allowed',
  hostNotAllowed: 'host_not_allowed',
  redirectNotAllowed: 'redirect_not_allowed',
} as const;
export type RefusalCode = (typeof RefusalCodes)[keyof typeof RefusalCodes];

/**
 * The sandbox refused a request before anything ran (or, for redirects, before following one).
 * Retrying cannot help, so the activity should raise it as a non-retryable failure of `type`.
 */
export class ExecutorRefusal extends Error {
  override readonly name = 'ExecutorRefusal';
  /** The task-level error code the workflow reports for every refusal. */
  readonly type = TaskErrorCodes.commandNotAllowed;

  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

export const isExecutorRefusal = (e: unknown): e is ExecutorRefusal => e instanceof ExecutorRefusal;

/** A command name is quoted in messages only when it is short and plainly a name, never free text. */
export function describeName(name: string): string {
  return /^[A-Za-z0-9._-]{1,32}$/.test(name) ? `'${name}'` : 'the requested command';
}
