// Turns a requested command line into the exact argv to run, or refuses it. Pure: no file system,
// no processes; paths.ts then checks the arguments that may name files.
import type { AllowList, AllowedCommand, CommandRule } from './allow-list.js';
import { ExecutorRefusal, RefusalCodes, describeName } from './errors.js';

export interface CommandRequest {
  command: string;
  args: string[];
  timeoutMs?: number;
}

export interface PathCandidate {
  /** Position in the caller's args, for messages that must not repeat the value. */
  index: number;
  value: string;
}

export interface CommandPlan {
  command: AllowedCommand;
  /** The argv handed to the binary: the rule's fixed arguments plus the caller's. */
  argv: string[];
  /** Caller arguments (or `--name=value` values) that may be opened as files. */
  pathCandidates: PathCandidate[];
}

export const MAX_ARGS = 256;
export const MAX_ARG_LENGTH = 8192;

/** Tokens that only mean something to a shell; seeing one means the caller expected a shell. */
const SHELL_OPERATORS = new Set([';', '&&', '||', '|', '&', '>', '>>', '<', '<<', '<<<', '2>', '2>&1', '&>', '`', '$(', ')', '(']);
const SHELL_META = /[\s;&|`$<>(){}\\'"*?!#~]/;

function refuse(code: ExecutorRefusal['code'], message: string): never {
  throw new ExecutorRefusal(code, message);
}

function checkCommandName(allowList: AllowList, name: unknown): AllowedCommand {
  if (typeof name !== 'string' || name.length === 0) refuse(RefusalCodes.invalidArgument, 'command must be a non-empty string');
  if (name.includes('\0')) refuse(RefusalCodes.invalidArgument, 'command contains a NUL byte');
  if (SHELL_META.test(name)) {
    refuse(RefusalCodes.shellSyntax, 'command contains shell syntax; give one command name and an argument array');
  }
  const allowed = allowList.commands.get(name);
  if (!allowed) refuse(RefusalCodes.commandNotAllowed, `${describeName(name)} is not on the executor allow-list`);
  return allowed;
}

function checkArgShape(args: unknown): asserts args is string[] {
  if (!Array.isArray(args)) refuse(RefusalCodes.invalidArgument, 'args must be an array of strings');
  if (args.length > MAX_ARGS) refuse(RefusalCodes.invalidArgument, `at most ${MAX_ARGS} arguments are allowed`);
  args.forEach((arg, i) => {
    if (typeof arg !== 'string') refuse(RefusalCodes.invalidArgument, `argument ${i} is not a string`);
    if (arg.length > MAX_ARG_LENGTH) refuse(RefusalCodes.invalidArgument, `argument ${i} is longer than ${MAX_ARG_LENGTH} characters`);
    if (arg.includes('\0')) refuse(RefusalCodes.invalidArgument, `argument ${i} contains a NUL byte`);
    if (SHELL_OPERATORS.has(arg.trim())) {
      refuse(RefusalCodes.shellSyntax, `argument ${i} is a shell operator; commands cannot be chained or redirected`);
    }
  });
}

/** Long option `--name[=value]`: refused when `name` is a forbidden option or an abbreviation of one. */
function checkLongOption(rule: CommandRule, arg: string, i: number): void {
  const name = arg.slice(2).split('=', 1)[0] ?? '';
  const hit = rule.forbiddenLong?.find((forbidden) => forbidden.startsWith(name));
  if (hit) refuse(RefusalCodes.flagNotAllowed, `option --${hit} (argument ${i}) is not allowed`);
}

/** Short cluster `-abc`: refused when any letter is forbidden, or when a value with a path is glued on. */
function checkShortCluster(rule: CommandRule, arg: string, i: number): void {
  const letters = arg.slice(1);
  for (const letter of letters) {
    if (rule.forbiddenShort?.includes(letter)) refuse(RefusalCodes.flagNotAllowed, `option -${letter} (argument ${i}) is not allowed`);
  }
  // `-f/etc/passwd` would slip past the path checks; a path must be its own argument.
  if (letters.includes('/') || letters.includes('..')) {
    refuse(RefusalCodes.pathEscape, `argument ${i} glues a path onto an option; pass the path as its own argument`);
  }
}

/** Check a request against the allow-list and build what to run; throws ExecutorRefusal. */
export function planCommand(allowList: AllowList, request: CommandRequest): CommandPlan {
  const command = checkCommandName(allowList, request.command);
  const args = request.args ?? [];
  checkArgShape(args);
  const { rule } = command;

  let subcommand: string | undefined;
  if (rule.subcommands) {
    subcommand = args[0];
    if (subcommand === undefined || !rule.subcommands.includes(subcommand)) {
      refuse(
        RefusalCodes.subcommandNotAllowed,
        `${command.name} allows only these subcommands: ${rule.subcommands.join(', ')}`,
      );
    }
  }

  const pathCandidates: PathCandidate[] = [];
  let operands = 0;
  let optionsEnded = false;
  const first = subcommand === undefined ? 0 : 1;
  for (let i = first; i < args.length; i++) {
    const arg = args[i] as string;
    const isOption = !optionsEnded && arg.length > 1 && arg.startsWith('-');
    if (!isOption) {
      if (rule.forbiddenOperandText?.test(arg)) {
        refuse(RefusalCodes.invalidArgument, `argument ${i} uses a ${command.name} feature that reads files by name`);
      }
      if (!/^-?\d+(\.\d+)?$/.test(arg)) operands++;
      if (!rule.textOperands) pathCandidates.push({ index: i, value: arg });
      continue;
    }
    if (rule.wordOptions) {
      if (rule.forbiddenWords?.includes(arg)) refuse(RefusalCodes.flagNotAllowed, `option ${arg} (argument ${i}) is not allowed`);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg.startsWith('--')) {
      checkLongOption(rule, arg, i);
      const eq = arg.indexOf('=');
      if (eq > 0 && !rule.textOperands) pathCandidates.push({ index: i, value: arg.slice(eq + 1) });
    } else {
      checkShortCluster(rule, arg, i);
    }
  }
  if (rule.maxOperands !== undefined && operands > rule.maxOperands) {
    refuse(RefusalCodes.invalidArgument, `${command.name} takes at most ${rule.maxOperands} file operand(s) here`);
  }

  const rest = subcommand === undefined ? args : args.slice(1);
  const argv = [
    ...(rule.leadingArgs ?? []),
    ...(subcommand === undefined ? [] : [subcommand, ...(rule.subcommandArgs?.[subcommand] ?? [])]),
    ...rest,
  ];
  return { command, argv, pathCandidates };
}
