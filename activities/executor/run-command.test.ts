// runCommand's ordinary behaviour: results, provenance, heartbeats, cancellation, timeouts, the
// process-group kill, and git in a plain repository.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAllowList } from './allow-list.js';
import { ExecutorRefusal } from './errors.js';
import { assertGroupGone, childPids, newChildren } from './leak-check.js';
import { ensureWorkspace } from './paths.js';
import { hashCommandLine, hashOutput } from './provenance.js';
import { runCommand, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, type HeartbeatInfo } from './run-command.js';

const allowList = createAllowList();
let root: string;
let workspace: string;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'octollm-executor-run-'));
  workspace = await ensureWorkspace(root, 'task-run');
  await writeFile(join(workspace, 'fruit.txt'), 'pear\napple\npear\nfig\n');
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('runCommand', () => {
  it('runs an allowed command in the workspace and records provenance', async () => {
    const args = ['fruit.txt'];
    const first = await runCommand({ command: 'sort', args }, { allowList, workspace });
    assert.equal(first.exitCode, 0);
    assert.equal(first.stdout, 'apple\nfig\npear\npear\n');
    assert.equal(first.osLimits, 'prlimit');
    assert.equal(first.commandHash, hashCommandLine('sort', args));
    assert.equal(first.outputHash, hashOutput(first.stdout, first.stderr));
    assert.match(first.commandHash, /^[0-9a-f]{64}$/);
    assert.ok(first.durationMs >= 0);
    const again = await runCommand({ command: 'sort', args }, { allowList, workspace });
    assert.equal(again.outputHash, first.outputHash);
    assertGroupGone(first.pid);
  });

  it('reports a failing command as a result, not a refusal', async () => {
    const ls = await runCommand({ command: 'ls', args: ['missing.txt'] }, { allowList, workspace });
    assert.equal(ls.exitCode, 2);
    assert.match(ls.stderr, /No such file/);
    assert.equal(ls.timedOut, false);
  });

  it('clamps the timeout to 300 s and defaults it to 30 s', async () => {
    const long = await runCommand({ command: 'echo', args: ['x'], timeoutMs: 10 ** 9 }, { allowList, workspace });
    assert.equal(long.timeoutMs, MAX_TIMEOUT_MS);
    const plain = await runCommand({ command: 'echo', args: ['x'] }, { allowList, workspace });
    assert.equal(plain.timeoutMs, DEFAULT_TIMEOUT_MS);
  });

  it('heartbeats while the command runs', async () => {
    const beats: HeartbeatInfo[] = [];
    const result = await runCommand(
      { command: 'sleep', args: ['0.3'] },
      { allowList, workspace, heartbeatIntervalMs: 20, onHeartbeat: (info) => beats.push(info) },
    );
    assert.equal(result.exitCode, 0);
    assert.ok(beats.length >= 1, 'at least one heartbeat during a 300 ms run at a 20 ms interval');
    assert.equal(beats[0]?.pid, result.pid);
  });

  it('kills the process group when the signal aborts, and starts nothing when already aborted', async () => {
    const controller = new AbortController();
    const startedBefore = childPids();
    const result = await runCommand(
      { command: 'sleep', args: ['30'] },
      { allowList, workspace, signal: controller.signal, heartbeatIntervalMs: 20, onHeartbeat: () => controller.abort() },
    );
    assert.equal(result.cancelled, true);
    assert.equal(result.signal, 'SIGKILL');
    assertGroupGone(result.pid);
    assert.deepEqual(newChildren(startedBefore), []);

    const early = await runCommand({ command: 'sleep', args: ['30'] }, { allowList, workspace, signal: AbortSignal.abort() });
    assert.equal(early.cancelled, true);
    assert.equal(early.pid, undefined);
  });

  it('kills what the command started too, on timeout and when the leader exits first', async () => {
    // A shell is never on the real list; this test-only list uses one to start grandchildren.
    const withShell = createAllowList({ rules: { sh: {} } });
    const startedBefore = childPids();
    const timedOut = await runCommand(
      { command: 'sh', args: ['-c', 'sleep 30 & sleep 30'], timeoutMs: 300 },
      { allowList: withShell, workspace },
    );
    assert.equal(timedOut.timedOut, true);
    assert.equal(timedOut.strayProcesses, false);
    assertGroupGone(timedOut.pid);

    // The background sleep keeps stdout open; without the group kill this would wait 30 s for it.
    const leaderExits = await runCommand(
      { command: 'sh', args: ['-c', 'sleep 30 & echo started'], timeoutMs: 20_000 },
      { allowList: withShell, workspace },
    );
    assert.equal(leaderExits.timedOut, false);
    assert.equal(leaderExits.stdout, 'started\n');
    assert.equal(leaderExits.strayProcesses, false);
    assertGroupGone(leaderExits.pid);
    assert.deepEqual(newChildren(startedBefore), []);
  });

  it('runs read-only git in a plain repository inside the workspace', async () => {
    const repo = await ensureWorkspace(root, 'task-git-ok');
    const git = allowList.commands.get('git')?.binary ?? 'git';
    const env = { PATH: '/usr/bin:/bin', HOME: repo, GIT_CONFIG_NOSYSTEM: '1' };
    execFileSync(git, ['init', '-q', '-b', 'main', repo], { env });
    await writeFile(join(repo, 'a.txt'), 'one\n');
    execFileSync(git, ['-C', repo, 'add', 'a.txt'], { env });
    execFileSync(git, ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'first commit'], { env });
    await writeFile(join(repo, 'a.txt'), 'two\n');

    const log = await runCommand({ command: 'git', args: ['log', '--format=%s'] }, { allowList, workspace: repo });
    assert.equal(log.exitCode, 0, log.stderr);
    assert.equal(log.stdout, 'first commit\n');
    const diff = await runCommand({ command: 'git', args: ['diff'] }, { allowList, workspace: repo });
    assert.match(diff.stdout, /-one\n\+two/);
    const status = await runCommand({ command: 'git', args: ['status', '--short'] }, { allowList, workspace: repo });
    assert.equal(status.stdout, ' M a.txt\n');
  });

  it('refuses a task id that is not a plain name', async () => {
    await assert.rejects(ensureWorkspace(root, '../escape'), (err: unknown) => err instanceof ExecutorRefusal);
    await assert.rejects(ensureWorkspace(root, 'a/b'), (err: unknown) => err instanceof ExecutorRefusal);
  });
});
