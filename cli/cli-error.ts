// Errors the CLI reports as one line and an exit code, never a stack trace.

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad input: a wrong flag, a missing argument, a malformed value (exit 2, with the command's usage). */
export class UsageError extends CliError {
  constructor(message: string, readonly usage?: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
