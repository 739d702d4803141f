// The bench, eval and maintenance scripts and npm start answer --help with their usage (exit 0, without doing the work) and a bad
// flag or value with one line naming it and the usage (exit 2), never a stack trace.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCRIPTS = [
  'bench/memory.ts',
  'bench/orchestration.ts',
  'bench/reflex.ts',
  'bench/workflow-replay.ts',
  'scripts/eval-reflex.ts',
  'scripts/record-history.ts',
  'scripts/redos-probe.ts',
  'scripts/start.ts',
  'scripts/train-injection-model.ts',
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const run = (script: string, args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });

/** Runs `cases` two at a time (each is a Node process importing a good part of the project). */
async function inPairs<T>(cases: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < cases.length; i += 2) out.push(...(await Promise.all(cases.slice(i, i + 2).map((c) => c()))));
  return out;
}

test('every script prints its usage on --help and exits 0', async () => {
  const runs = await inPairs(SCRIPTS.map((s) => () => run(s, ['--help'])));
  runs.forEach((r, i) => {
    assert.equal(r.code, 0, `${SCRIPTS[i]}: ${r.stderr}`);
    assert.match(r.stdout, /^Usage: /, SCRIPTS[i]);
    assert.match(r.stdout, /-h, --help/, SCRIPTS[i]);
  });
});

// the flags go through one parser (parseScriptArgs), so two scripts stand for all
test('an unknown flag is rejected with exit 2, naming it, without a stack trace', async () => {
  const scripts = ['scripts/eval-reflex.ts', 'bench/workflow-replay.ts'];
  const runs = await inPairs(scripts.map((s) => () => run(s, ['--no-such-flag'])));
  runs.forEach((r, i) => {
    assert.equal(r.code, 2, scripts[i]);
    assert.match(r.stderr, /Unknown option '--no-such-flag'[\s\S]*Usage: /, scripts[i]);
    assert.doesNotMatch(r.stderr, /\n\s+at /, `${scripts[i]} printed a stack trace`);
  });
});

test('bad values and unknown names are usage errors too', async () => {
  const [limit, steps, scenario] = await inPairs([
    () => run('scripts/redos-probe.ts', ['--limit-ms', 'fast']),
    () => run('bench/orchestration.ts', ['--steps', '0']),
    () => run('scripts/record-history.ts', ['no-such-scenario']),
  ]);
  assert.equal(limit!.code, 2);
  assert.match(limit!.stderr, /--limit-ms must be a whole number from 1 to 60000, got "fast"/);
  assert.equal(steps!.code, 2);
  assert.match(steps!.stderr, /--steps must be a whole number from 1 to 20, got "0"/);
  assert.equal(scenario!.code, 2);
  assert.match(scenario!.stderr, /unknown scenario\(s\): no-such-scenario/);
});
