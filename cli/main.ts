// `octollm`: the command-line client for the common paths (SPEC §3). API commands talk HTTP to the gateway;
// `replay` talks to Temporal directly; `keys` and `migrate` work locally.
import { ConfigError } from '../config/config.js';
import { PayloadKeyError } from '../temporal/codec/keyring.js';
import type { Command } from './args.js';
import { CliError, UsageError } from './cli-error.js';
import type { CommandContext } from './command-context.js';
import { approve } from './commands/approve.js';
import { cancel } from './commands/cancel.js';
import { keys } from './commands/keys.js';
import { list } from './commands/list.js';
import { migrate } from './commands/migrate.js';
import { replay } from './commands/replay.js';
import { retry } from './commands/retry.js';
import { status } from './commands/status.js';
import { submit } from './commands/submit.js';

const COMMANDS: Command[] = [submit, status, list, cancel, approve, retry, replay, keys, migrate];

function help(): string {
  return [
    'Usage: octollm <command> [options]   (octollm <command> --help for each)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`),
    '',
    'Environment:',
    '  OCTOLLM_URL          the API (default http://127.0.0.1:3000)',
    '  OCTOLLM_API_KEY      an API key (default: the one `npm start` wrote to <OCTOLLM_DATA_DIR>/api-key)',
    '  OCTOLLM_DATA_DIR     the embedded state directory (default .octollm)',
    '  TEMPORAL_ADDRESS     for replay (default the embedded 127.0.0.1:7233); TEMPORAL_NAMESPACE (default)',
    '  OCTOLLM_PAYLOAD_KEY  for replay (default: <OCTOLLM_DATA_DIR>/payload-key)',
  ].join('\n');
}

export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.err(`octollm: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.err(`octollm ${name}: ${err.message}${err.usage ? `\n\n${err.usage}` : ''}`);
      return err.exitCode;
    }
    if (err instanceof CliError) {
      ctx.err(`octollm ${name}: ${err.message}`);
      return err.exitCode;
    }
    if (err instanceof ConfigError || err instanceof PayloadKeyError) {
      ctx.err(`octollm ${name}: ${err.message}`);
      return 1;
    }
    ctx.err(`octollm ${name}: unexpected error: ${(err as Error).message ?? String(err)}`);
    return 1;
  }
}
