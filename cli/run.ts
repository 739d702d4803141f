// The process entry (bin/octollm.js, or `npx tsx cli/run.ts`): real environment, stdout/stderr, exit code.
import { readCliEnv } from './cli-env.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  env: readCliEnv(process.env),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
