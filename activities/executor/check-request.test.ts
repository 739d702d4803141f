// Unit tests of the request checks: what is refused, with which code, and the argv that is built.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createAllowList } from './allow-list.js';
import { planCommand } from './check-request.js';
import { ExecutorRefusal } from './errors.js';

const allowList = createAllowList();

function refusedWith(code: string, command: string, args: string[]): void {
  assert.throws(
    () => planCommand(allowList, { command, args }),
    (err: unknown) => err instanceof ExecutorRefusal && err.code === code && err.type === 'command_not_allowed',
    `${command} ${JSON.stringify(args)} should be refused with ${code}`,
  );
}

describe('allow-list', () => {
  it('pins every command to an absolute binary path', () => {
    for (const [name, cmd] of allowList.commands) {
      assert.match(cmd.binary, /^\/(usr\/)?bin\//, name);
    }
    assert.ok(allowList.commands.has('echo'));
  });

  it('never lists interpreters, shells or destructive tools', () => {
    for (const name of ['bash', 'sh', 'node', 'python', 'python3', 'env', 'printenv', 'xargs', 'sudo', 'rm', 'nc', 'curl', 'tee', 'dd']) {
      assert.equal(allowList.commands.has(name), false, name);
    }
  });

  it('drops listed commands whose binary is absent', () => {
    const list = createAllowList({ rules: { echo: {}, 'no-such-tool-xyz': {} } });
    assert.deepEqual([...list.commands.keys()], ['echo']);
    assert.deepEqual(list.missing, ['no-such-tool-xyz']);
  });
});

describe('planCommand', () => {
  it('refuses unknown commands, paths as commands and shell syntax in the name', () => {
    refusedWith('command_not_allowed', 'rm', ['-rf', '/']);
    refusedWith('command_not_allowed', '/bin/ls', []);
    refusedWith('shell_syntax', 'ls; id', []);
    refusedWith('shell_syntax', 'ls && id', []);
    refusedWith('shell_syntax', '$(id)', []);
    refusedWith('shell_syntax', '`id`', []);
    refusedWith('shell_syntax', ':(){ :|:& };:', []);
  });

  it('refuses standalone shell operators and NUL bytes in arguments', () => {
    for (const op of [';', '&&', '||', '|', '>', '<', '2>&1', '`']) refusedWith('shell_syntax', 'ls', ['.', op, 'id']);
    refusedWith('invalid_argument', 'cat', ['a\0b']);
  });

  it('refuses forbidden flags in clusters and as long-option abbreviations', () => {
    refusedWith('flag_not_allowed', 'ls', ['-laL']);
    refusedWith('flag_not_allowed', 'grep', ['-R', 'x', '.']);
    refusedWith('flag_not_allowed', 'sort', ['-o', 'out', 'in']);
    refusedWith('flag_not_allowed', 'sort', ['--outp=out', 'in']);
    refusedWith('flag_not_allowed', 'sort', ['--compress-program=sh', 'in']);
    refusedWith('flag_not_allowed', 'tail', ['-f', 'log']);
    refusedWith('flag_not_allowed', 'wc', ['--files0-from=list']);
    for (const word of ['-exec', '-execdir', '-ok', '-okdir', '-delete', '-fprint', '-fprintf', '-fls', '-L', '-follow']) {
      refusedWith('flag_not_allowed', 'find', ['.', word, 'x']);
    }
  });

  it('allows git read-only subcommands only, with no global options', () => {
    refusedWith('subcommand_not_allowed', 'git', ['push']);
    refusedWith('subcommand_not_allowed', 'git', ['-c', 'core.pager=sh', 'log']);
    refusedWith('subcommand_not_allowed', 'git', ['--exec-path=/tmp', 'status']);
    refusedWith('subcommand_not_allowed', 'git', []);
    refusedWith('flag_not_allowed', 'git', ['diff', '--no-index', 'a', 'b']);
    refusedWith('flag_not_allowed', 'git', ['diff', '--output=x']);
    refusedWith('flag_not_allowed', 'git', ['log', '--ext-diff']);
    refusedWith('flag_not_allowed', 'git', ['log', '--upload-pack=x']);
    refusedWith('flag_not_allowed', 'git', ['log', '-C', '..']);
  });

  it('refuses paths glued onto short options', () => {
    refusedWith('path_escape', 'grep', ['-f/etc/passwd', '.']);
    refusedWith('path_escape', 'grep', ['-f../x', '.']);
  });

  it("refuses uniq's output operand and jq's module loading", () => {
    refusedWith('invalid_argument', 'uniq', ['in', 'out']);
    refusedWith('invalid_argument', 'jq', ['-n', 'import "x" as y; 1']);
    refusedWith('flag_not_allowed', 'jq', ['-L', 'lib', '.']);
  });

  it('builds argv with the fixed safety arguments and collects path candidates', () => {
    const git = planCommand(allowList, { command: 'git', args: ['log', '--oneline', '--', 'src'] });
    assert.equal(git.argv[0], '--no-pager');
    assert.ok(git.argv.includes('core.fsmonitor=false'));
    const at = git.argv.indexOf('log');
    assert.deepEqual(git.argv.slice(at), ['log', '--no-ext-diff', '--no-textconv', '--oneline', '--', 'src']);
    assert.deepEqual(git.pathCandidates, [{ index: 3, value: 'src' }]);

    const diff = planCommand(allowList, { command: 'diff', args: ['a', 'b'] });
    assert.deepEqual(diff.argv, ['--no-dereference', 'a', 'b']);

    const grep = planCommand(allowList, { command: 'grep', args: ['--file=pats', '-n', 'x', 'dir/f'] });
    assert.deepEqual(grep.pathCandidates.map((c) => c.value), ['pats', 'x', 'dir/f']);

    const echo = planCommand(allowList, { command: 'echo', args: ['../../etc/passwd'] });
    assert.deepEqual(echo.pathCandidates, [], 'echo operands are text, never opened');
  });

  it('names the problem without echoing the argument', () => {
    try {
      planCommand(allowList, { command: 'grep', args: ['-fsk-live-SECRET/x'] });
      assert.fail('should refuse');
    } catch (err) {
      assert.ok(err instanceof ExecutorRefusal);
      assert.doesNotMatch(err.message, /SECRET/);
    }
    try {
      planCommand(allowList, { command: 'curl https://x/?token=SECRET', args: [] });
      assert.fail('should refuse');
    } catch (err) {
      assert.ok(err instanceof ExecutorRefusal);
      assert.doesNotMatch(err.message, /SECRET/);
    }
  });
});
