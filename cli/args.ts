// Argument parsing for every command: node:util parseArgs (strict), `--help`/`-h` everywhere, and errors that
// name the bad flag and show the command's usage.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-error.js';
import type { CommandContext } from './command-context.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  summary: string;
  /** Full help: usage line, arguments, options, examples. */
  usage: string;
  run(argv: string[], ctx: CommandContext): Promise<number>;
}

export interface Parsed<O extends Options> {
  values: { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { multiple: true } ? string[] : string };
  positionals: string[];
  help: boolean;
}

export function parseCommand<O extends Options>(argv: string[], options: O, usage: string, positionals: { min: number; max: number }): Parsed<O> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''), usage);
  }
  const help = (parsed.values as Record<string, unknown>).help === true;
  if (!help) {
    const n = parsed.positionals.length;
    if (n < positionals.min) throw new UsageError('missing argument', usage);
    if (n > positionals.max) throw new UsageError(`unexpected argument "${parsed.positionals[positionals.max]}"`, usage);
  }
  return { values: parsed.values as Parsed<O>['values'], positionals: parsed.positionals, help };
}

/** A whole number within bounds, or a usage error naming the flag. */
export function intOption(value: string | undefined, flag: string, min: number, max: number, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got "${value}"`, usage);
  return n;
}

/**
 * parseCommand for a stand-alone script (bench, eval, probe, trainer), on this process's arguments: `--help`
 * prints `usage` and exits 0; a bad flag or value (a UsageError thrown by `read`, e.g. from intOption) prints
 * the error and the usage and exits 2 — a script answers bad input as the CLI does, never with a stack trace.
 */
export function parseScriptArgs<O extends Options, T>(
  options: O,
  usage: string,
  read: (parsed: Parsed<O>) => T,
  positionals: { min: number; max: number } = { min: 0, max: 0 },
): T {
  try {
    const parsed = parseCommand(process.argv.slice(2), options, usage, positionals);
    if (parsed.help) {
      console.log(usage);
      process.exit(0);
    }
    return read(parsed);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n\n${usage}`);
    process.exit(2);
  }
}
