// `npm test`: starts one Temporal dev server (unless TEMPORAL_ADDRESS points at one), bundles the workflows once,
// then runs every *.test.ts with Node's test runner, one file at a time (they share task queues).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTemporalCli } from '../temporal/cli-path.js';
import { startDevServer, type DevServer } from '../temporal/dev-server.js';
import { bundleWorkflows } from '../workers/workflow-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SKIP_DIRS = new Set(['node_modules', '.octollm', '.git']);

function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findTests(path, out);
    else if (entry.name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out.sort();
}

async function main(): Promise<number> {
  const filter = process.argv.slice(2);
  const files = findTests(root).filter((f) => filter.length === 0 || filter.some((pattern) => f.includes(pattern)));
  if (files.length === 0) {
    console.error('no test files matched');
    return 1;
  }

  let server: DevServer | undefined;
  let address = process.env.TEMPORAL_ADDRESS;
  if (!address) {
    const started = Date.now();
    server = await startDevServer({ cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH), headless: true });
    address = server.address;
    console.log(`# Temporal dev server at ${address} (started in ${Date.now() - started} ms)`);
  }

  const bundleDir = join(root, '.octollm', 'test');
  mkdirSync(bundleDir, { recursive: true });
  const bundlePath = join(bundleDir, 'workflow-bundle.js');
  const bundle = await bundleWorkflows();
  writeFileSync(bundlePath, bundle.code);

  const env = { ...process.env, TEMPORAL_ADDRESS: address, OCTOLLM_TEST_WORKFLOW_BUNDLE: bundlePath };
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { cwd: root, env, stdio: 'inherit' });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await server?.stop();
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
