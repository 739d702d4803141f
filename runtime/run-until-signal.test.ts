// A second SIGINT while the stack is stopping (Ctrl-C arrives from the terminal and relayed by npm/tsx) lets the
// stop finish instead of killing the process half-way, which would orphan the embedded Temporal server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const ENTRY = fileURLToPath(new URL('../test/support/slow-stop-entry.ts', import.meta.url));

test('a second SIGINT during shutdown does not cut the stop short', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'octollm-signal-'));
  const marker = join(dir, 'stopped');
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], { env: { ...process.env, STOPPED_MARKER: marker }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', () => reject(new Error('the entry point exited before it was ready')));
    });
    child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGINT');
    assert.deepEqual(await exited, { code: 0, signal: null });
    assert.ok(existsSync(marker), 'the stack finished stopping');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
