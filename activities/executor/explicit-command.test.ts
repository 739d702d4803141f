// `$ command args` in a step's action: the command the executor runs without asking a model.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explicitCommand } from './activities.js';

test('the first `$ ` line is the command, split into words with quotes kept together', () => {
  assert.deepEqual(explicitCommand('List the sources\n$ ls -la src'), { command: 'ls', args: ['-la', 'src'] });
  assert.deepEqual(explicitCommand('  $ grep -n "hello world" notes.txt'), { command: 'grep', args: ['-n', 'hello world', 'notes.txt'] });
  assert.deepEqual(explicitCommand("$ echo 'a  b' c"), { command: 'echo', args: ['a  b', 'c'] });
  assert.deepEqual(explicitCommand('$ echo first\n$ echo second'), { command: 'echo', args: ['first'] });
});

test('no `$ ` line → undefined (the model chooses); a bare `$` is not a command', () => {
  assert.equal(explicitCommand('List the sources'), undefined);
  assert.equal(explicitCommand('costs $5 to run'), undefined);
  assert.equal(explicitCommand('$ '), undefined);
});

test('shell syntax is not interpreted: it stays in the arguments, where the sandbox refuses it', () => {
  assert.deepEqual(explicitCommand('$ echo hi ; cat /etc/passwd'), { command: 'echo', args: ['hi', ';', 'cat', '/etc/passwd'] });
  assert.deepEqual(explicitCommand('$ ls $(whoami)'), { command: 'ls', args: ['$(whoami)'] });
});
