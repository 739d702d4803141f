// The executor escape suite (issue 5): every attempt is refused or contained, and none leaves a
// process behind. Refusals must start nothing; runs must leave their process group empty.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAllowList } from './allow-list.js';
import { ExecutorRefusal } from './errors.js';
import { assertGroupGone, childPids, newChildren } from './leak-check.js';
import { ensureWorkspace } from './paths.js';
import { runCommand, type CommandResult } from './run-command.js';

const allowList = createAllowList();
let root: string;
let workspace: string;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'octollm-executor-escape-'));
  workspace = await ensureWorkspace(root, 'task-escape');
  await symlink('/etc', join(workspace, 'etc-link'));
  await symlink('/etc/passwd', join(workspace, 'passwd-link'));
  await mkdir(join(workspace, 'a'));
  await mkdir(join(workspace, 'b'));
  await symlink('/etc/passwd', join(workspace, 'a', 'same'));
  await writeFile(join(workspace, 'b', 'same'), 'nothing secret\n');
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Expect a refusal with `code`, and that nothing was started for it. */
async function refused(code: string, command: string, args: string[]): Promise<void> {
  const startedBefore = childPids();
  await assert.rejects(
    runCommand({ command, args }, { allowList, workspace }),
    (err: unknown) => err instanceof ExecutorRefusal && err.code === code,
    `${command} ${JSON.stringify(args)} should be refused with ${code}`,
  );
  assert.deepEqual(newChildren(startedBefore), [], 'a refused request must not start a process');
}

/** Run something the sandbox allows, and check its process group is gone afterwards. */
async function contained(command: string, args: string[], extra: { timeoutMs?: number; maxOutputBytes?: number } = {}): Promise<CommandResult> {
  const startedBefore = childPids();
  const result = await runCommand(
    { command, args, ...(extra.timeoutMs === undefined ? {} : { timeoutMs: extra.timeoutMs }) },
    { allowList, workspace, ...(extra.maxOutputBytes === undefined ? {} : { maxOutputBytes: extra.maxOutputBytes }) },
  );
  assertGroupGone(result.pid);
  assert.equal(result.strayProcesses, false);
  assert.deepEqual(newChildren(startedBefore), [], 'the run left a child process behind');
  return result;
}

describe('executor escape suite', () => {
  it('refuses rm -rf, sudo, nc, curl', async () => {
    await refused('command_not_allowed', 'rm', ['-rf', '.']);
    await refused('command_not_allowed', 'sudo', ['id']);
    await refused('command_not_allowed', 'nc', ['-l', '4444']);
    await refused('command_not_allowed', 'curl', ['-k', 'https://example.com']);
  });

  it('refuses shells and interpreters (bash -c, sh -c, node -e, env, xargs)', async () => {
    await refused('command_not_allowed', 'bash', ['-c', 'id']);
    await refused('command_not_allowed', 'sh', ['-c', 'id']);
    await refused('command_not_allowed', 'node', ['-e', 'process.exit(0)']);
    await refused('command_not_allowed', 'xargs', ['id']);
    await refused('flag_not_allowed', 'find', ['.', '-exec', 'sh', '-c', 'id', '{}', '+']);
  });

  it('refuses ; and && as arguments, and prints $() and backticks literally', async () => {
    await refused('shell_syntax', 'ls', ['.', ';', 'rm', '-rf', '.']);
    await refused('shell_syntax', 'ls', ['.', '&&', 'id']);
    await refused('shell_syntax', 'echo', ['hi', '|', 'sh']);
    await refused('shell_syntax', 'ls; id', []);
    const echo = await contained('echo', ['$(id)', '`id`', '; rm -rf . && id']);
    assert.equal(echo.exitCode, 0);
    assert.equal(echo.stdout, '$(id) `id` ; rm -rf . && id\n');
    assert.doesNotMatch(echo.stdout, /uid=/);
  });

  it('refuses ../../etc/passwd, absolute /etc/passwd and paths glued to options', async () => {
    await refused('path_escape', 'cat', ['../../etc/passwd']);
    await refused('path_escape', 'cat', ['/etc/passwd']);
    await refused('path_escape', 'cat', ['a/../../x']);
    await refused('path_escape', 'grep', ['--file=/etc/passwd', '.']);
    await refused('path_escape', 'grep', ['-f/etc/passwd', '.']);
    await refused('path_escape', 'ls', ['..']);
    await refused('path_escape', 'find', ['/', '-name', 'passwd']);
    await refused('path_escape', 'head', ['-c', '1000000000', '/dev/zero']);
  });

  it('refuses symlinks out of the workspace, named directly or through a directory', async () => {
    await refused('path_escape', 'cat', ['etc-link/passwd']);
    await refused('path_escape', 'ls', ['etc-link']);
    await refused('path_escape', 'cat', ['passwd-link']);
    await refused('path_escape', 'cat', ['a/same']);
    await refused('flag_not_allowed', 'find', ['-L', '.', '-name', 'passwd']);
    await refused('flag_not_allowed', 'grep', ['-R', 'root', '.']);
  });

  it('does not follow symlinks met while walking the workspace (grep -r, find, diff of directories)', async () => {
    const passwd = await readFile('/etc/passwd', 'utf8');
    const firstLine = passwd.split('\n')[0] ?? '';
    assert.ok(firstLine.length > 0);
    const grep = await contained('grep', ['-r', firstLine, '.']);
    assert.equal(grep.stdout, '', 'grep -r must skip links found while recursing');
    const diff = await contained('diff', ['a', 'b']);
    assert.ok(!diff.stdout.includes(firstLine), 'diff must compare the link, not what it points to');
    const find = await contained('find', ['.', '-name', 'passwd']);
    assert.equal(find.stdout, '');
  });

  it('keeps the environment out: env and printenv refused, /proc/self/environ refused, child env scrubbed', async () => {
    await refused('command_not_allowed', 'env', []);
    await refused('command_not_allowed', 'printenv', []);
    await refused('path_escape', 'cat', ['/proc/self/environ']);
    const saved = { secret: process.env.OCTOLLM_TEST_SECRET, db: process.env.DATABASE_URL };
    process.env.OCTOLLM_TEST_SECRET = 'sk-test-do-not-leak';
    process.env.DATABASE_URL = 'postgres://user:pw@db/prod';
    try {
      const env = await contained('jq', ['-n', 'env']);
      assert.equal(env.exitCode, 0);
      const seen = JSON.parse(env.stdout) as Record<string, string>;
      assert.deepEqual(Object.keys(seen).sort(), ['HOME', 'LANG', 'LC_ALL', 'PATH', 'TMPDIR']);
      assert.equal(seen.HOME, workspace);
      assert.doesNotMatch(env.stdout, /sk-test-do-not-leak|postgres:/);
    } finally {
      if (saved.secret === undefined) delete process.env.OCTOLLM_TEST_SECRET;
      else process.env.OCTOLLM_TEST_SECRET = saved.secret;
      if (saved.db === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.db;
    }
  });

  it('contains a fork bomb: no way to express one, and the process limit is set on every child', async () => {
    await refused('command_not_allowed', 'bash', ['-c', ':(){ :|:& };:']);
    await refused('shell_syntax', ':(){ :|:& };:', []);
    await refused('flag_not_allowed', 'find', ['.', '-exec', 'find', '.', '-exec', '{}', '+']);
    // The limits the children run under (prlimit sets them before exec'ing the command).
    assert.ok(allowList.prlimit, 'prlimit (util-linux) should be installed on this machine');
    let limits = '';
    const controller = new AbortController();
    const startedBefore = childPids();
    const result = await runCommand(
      { command: 'sleep', args: ['10'] },
      {
        allowList,
        workspace,
        signal: controller.signal,
        heartbeatIntervalMs: 20,
        onHeartbeat: ({ pid }) => {
          const comm = readFileSyncSafe(`/proc/${pid}/comm`).trim();
          if (comm !== 'sleep') return; // prlimit has not exec'd the command yet
          limits = readFileSyncSafe(`/proc/${pid}/limits`);
          controller.abort();
        },
      },
    );
    assert.equal(result.cancelled, true);
    assertGroupGone(result.pid);
    assert.deepEqual(newChildren(startedBefore), []);
    assert.match(limits, /Max processes\s+64\s+64/);
    assert.match(limits, /Max address space\s+536870912\s+536870912/);
    assert.match(limits, /Max file size\s+16777216\s+16777216/);
    assert.match(limits, /Max cpu time\s+31\s+31/);
  });

  it('caps 1 GB of output: the command is killed at the cap', async () => {
    const seq = await contained('seq', ['1000000000'], { maxOutputBytes: 64 * 1024 }); // ~9.9 GB if left alone
    assert.equal(seq.truncated, true);
    assert.equal(seq.signal, 'SIGKILL');
    assert.equal(Buffer.byteLength(seq.stdout), 64 * 1024);
    assert.ok(seq.stdout.startsWith('1\n2\n3\n'));

    await writeFile(join(workspace, 'big.txt'), Buffer.alloc(4 * 1024 * 1024, 'x'));
    const cat = await contained('cat', ['big.txt']); // default cap 1 MB
    assert.equal(cat.truncated, true);
    assert.equal(Buffer.byteLength(cat.stdout), 1024 * 1024);
  });

  it('kills a command that sleeps past its timeout', async () => {
    const sleep = await contained('sleep', ['30'], { timeoutMs: 300 });
    assert.equal(sleep.timedOut, true);
    assert.equal(sleep.exitCode, null);
    assert.equal(sleep.signal, 'SIGKILL');
  });

  it('refuses output files and write options', async () => {
    await refused('flag_not_allowed', 'sort', ['-o', 'out.txt', 'big.txt']);
    await refused('invalid_argument', 'uniq', ['big.txt', 'out.txt']);
    await refused('flag_not_allowed', 'git', ['diff', '--output=out.txt']);
    await refused('flag_not_allowed', 'find', ['.', '-fprint', 'out.txt']);
    await refused('flag_not_allowed', 'find', ['.', '-delete']);
  });

  it('refuses git pointed outside the workspace or configured to run programs', async () => {
    await refused('subcommand_not_allowed', 'git', ['push']);
    await refused('subcommand_not_allowed', 'git', ['-c', 'core.pager=id', 'log']);
    const gitWs = await ensureWorkspace(root, 'task-git');
    // Nothing above the workspace is used as a repository, even though the temp dir may sit in one.
    const status = await runCommand({ command: 'git', args: ['status'] }, { allowList, workspace: gitWs });
    assertGroupGone(status.pid);
    assert.notEqual(status.exitCode, 0);
    assert.match(status.stderr, /not a git repository/);

    const gitBin = allowList.commands.get('git')?.binary ?? 'git';
    execFileSync(gitBin, ['init', '-q', gitWs], { env: { PATH: '/usr/bin:/bin', HOME: gitWs } });
    execFileSync(gitBin, ['-C', gitWs, 'config', 'core.fsmonitor', 'touch pwned']);
    await assert.rejects(
      runCommand({ command: 'git', args: ['status'] }, { allowList, workspace: gitWs }),
      (err: unknown) => err instanceof ExecutorRefusal && err.code === 'git_repo_unsafe',
    );
    await rm(join(gitWs, '.git'), { recursive: true });
    await writeFile(join(gitWs, '.git'), 'gitdir: /work/main/.git\n');
    await assert.rejects(
      runCommand({ command: 'git', args: ['log'] }, { allowList, workspace: gitWs }),
      (err: unknown) => err instanceof ExecutorRefusal && err.code === 'git_repo_unsafe',
    );
  });
});

function readFileSyncSafe(path: string): string {
  try {
    return execFileSync('/usr/bin/cat', [path], { encoding: 'utf8' });
  } catch {
    return '';
  }
}
