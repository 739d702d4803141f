// What every command receives: the environment it may use and where to write.
import type { CliEnv } from './cli-env.js';

export interface CommandContext {
  env: CliEnv;
  out: (line: string) => void;
  err: (line: string) => void;
}
