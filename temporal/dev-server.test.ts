// The embedded dev server never outlives the process that started it, even when that process crashes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const OWNER = fileURLToPath(new URL('../test/support/crashing-dev-server-owner.ts', import.meta.url));

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('a dev server whose owner crashes before stop() is stopped with it', async () => {
  const owner = spawn(process.execPath, ['--import', 'tsx', OWNER], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  owner.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  owner.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => owner.once('exit', (c) => resolve(c)));
  const pid = Number(/server (\d+)/.exec(output)?.[1]);
  assert.ok(pid > 0, `the owner never reported its server: ${output}`);
  assert.notEqual(code, 0, 'the owner crashed');
  assert.match(output, /the owner crashed/);
  const deadline = Date.now() + 15_000;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const left = isRunning(pid);
  if (left) process.kill(pid, 'SIGKILL');
  assert.equal(left, false, `dev server ${pid} outlived its owner`);
});
