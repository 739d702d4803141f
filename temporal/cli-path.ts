// Finding the Temporal CLI (SPEC §2): TEMPORAL_CLI_PATH, then PATH, then where `go install` puts it.
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export class TemporalCliNotFoundError extends Error {
  constructor() {
    super(
      'The Temporal CLI was not found. Set TEMPORAL_CLI_PATH, put `temporal` on PATH, or install it with:\n' +
        '  CGO_ENABLED=0 go install github.com/temporalio/cli/cmd/temporal@v1.5.1\n' +
        'or point TEMPORAL_ADDRESS at a running Temporal server.',
    );
    this.name = 'TemporalCliNotFoundError';
  }
}

export function findTemporalCli(explicitPath: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicitPath) {
    if (isExecutable(explicitPath)) return explicitPath;
    throw new Error(`TEMPORAL_CLI_PATH=${explicitPath} is not an executable file`);
  }
  const candidates = (env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'temporal'));
  candidates.push(join(env.GOPATH ?? join(homedir(), 'go'), 'bin', 'temporal'));
  const found = candidates.find(isExecutable);
  if (!found) throw new TemporalCliNotFoundError();
  return found;
}
