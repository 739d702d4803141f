// Which commands the executor may run, and what each may be given. Default-deny: a command that is
// not listed here does not run, and each binary is pinned to an absolute path when the list is built,
// so nothing is looked up on PATH at run time.
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

/** What a command may be given. Option checks follow GNU getopt: short clusters and long-name prefixes. */
export interface CommandRule {
  /** Operands are free text, never opened as files (echo): they skip the path checks. */
  textOperands?: boolean;
  /** Short option letters refused wherever they appear in a cluster (`-laL` carries `L`). */
  forbiddenShort?: string;
  /** Long options refused, together with every abbreviation getopt would accept (`--outp` for `--output`). */
  forbiddenLong?: readonly string[];
  /** find-style single-dash words refused exactly (`-exec`); set with `wordOptions`. */
  forbiddenWords?: readonly string[];
  /** Options are single-dash words (find), so short-cluster rules do not apply. */
  wordOptions?: boolean;
  /** When set, the first argument must be one of these (git's read-only subcommands). */
  subcommands?: readonly string[];
  /** Arguments always placed before the caller's (e.g. diff's `--no-dereference`). */
  leadingArgs?: readonly string[];
  /** Arguments placed right after the subcommand, per subcommand. */
  subcommandArgs?: Readonly<Record<string, readonly string[]>>;
  /** At most this many non-numeric operands (uniq's second operand is an output file). */
  maxOperands?: number;
  /** Operands matching this are refused (jq's `import`/`include` reach files by module path). */
  forbiddenOperandText?: RegExp;
}

// git reads the workspace's own config, so the switches that could make a read-only subcommand run
// a program (pager, fsmonitor, hooks, external diff, textconv, submodule recursion) are pinned off here;
// git-safety.ts refuses repositories whose config could still do it.
const GIT_SAFETY = [
  '--no-pager',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.pager=cat',
  '-c', 'diff.ignoreSubmodules=all',
  '-c', 'log.showSignature=false',
  '-c', 'protocol.allow=never',
] as const;

const NO_DIFF_PROGRAMS = ['--no-ext-diff', '--no-textconv'] as const;

export const DEFAULT_COMMAND_RULES: Readonly<Record<string, CommandRule>> = {
  echo: { textOperands: true },
  ls: { forbiddenShort: 'L', forbiddenLong: ['dereference'] },
  cat: {},
  head: {},
  tail: { forbiddenShort: 'fF', forbiddenLong: ['follow', 'retry', 'pid'] },
  wc: { forbiddenLong: ['files0-from'] },
  grep: { forbiddenShort: 'R', forbiddenLong: ['dereference-recursive'] },
  find: {
    wordOptions: true,
    forbiddenWords: [
      '-exec', '-execdir', '-ok', '-okdir', '-delete',
      '-fprint', '-fprint0', '-fprintf', '-fls',
      '-L', '-follow', '-files0-from',
    ],
  },
  sort: {
    forbiddenShort: 'oT',
    forbiddenLong: ['output', 'compress-program', 'temporary-directory', 'files0-from'],
  },
  uniq: { maxOperands: 1 },
  // Comparing two directories follows symlinks inside them unless told not to.
  diff: { leadingArgs: ['--no-dereference'], forbiddenShort: 'l', forbiddenLong: ['paginate'] },
  cut: {},
  jq: { forbiddenShort: 'L', forbiddenOperandText: /\b(import|include)\b/ },
  seq: {},
  sleep: {},
  git: {
    subcommands: ['status', 'log', 'diff', 'show'],
    leadingArgs: GIT_SAFETY,
    subcommandArgs: {
      status: ['--ignore-submodules=all'],
      diff: [...NO_DIFF_PROGRAMS, '--ignore-submodules=all'],
      show: NO_DIFF_PROGRAMS,
      log: NO_DIFF_PROGRAMS,
    },
    forbiddenShort: 'cC',
    forbiddenLong: [
      'output', 'ext-diff', 'textconv', 'no-index', 'exec-path', 'upload-pack', 'receive-pack',
      'git-dir', 'work-tree', 'namespace', 'config-env', 'show-signature', 'paginate',
      'ignore-submodules', 'submodule', 'open-files-in-pager',
    ],
  },
};

/** The only directories binaries are taken from. */
export const BINARY_DIRECTORIES = ['/usr/bin', '/bin'] as const;

export interface AllowedCommand {
  name: string;
  /** Absolute path fixed when the list was built. */
  binary: string;
  rule: CommandRule;
}

export interface AllowList {
  commands: ReadonlyMap<string, AllowedCommand>;
  /** Listed commands with no binary on this machine; they are refused like unlisted ones. */
  missing: readonly string[];
  /** Absolute path of `prlimit` when present: OS limits are applied through it. */
  prlimit: string | undefined;
}

function findBinary(name: string, directories: readonly string[]): string | undefined {
  for (const dir of directories) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Build the allow-list once (at worker start): each command pinned to its absolute binary path. */
export function createAllowList(options: {
  rules?: Readonly<Record<string, CommandRule>>;
  directories?: readonly string[];
} = {}): AllowList {
  const rules = options.rules ?? DEFAULT_COMMAND_RULES;
  const directories = options.directories ?? BINARY_DIRECTORIES;
  const commands = new Map<string, AllowedCommand>();
  const missing: string[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const binary = findBinary(name, directories);
    if (binary) commands.set(name, { name, binary, rule });
    else missing.push(name);
  }
  return { commands, missing, prlimit: findBinary('prlimit', directories) };
}
