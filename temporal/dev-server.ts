// The embedded Temporal dev server (SPEC §2): `temporal server start-dev` with a SQLite file, our search
// attributes registered, started and awaited until it answers, stopped cleanly on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { devServerSearchAttributeFlags } from './search-attribute-registration.js';

/**
 * The dev server throttles its history transfer-queue reader to 20 polls/s; every activity needs about two
 * transfer tasks, so a chain of activities settles at ~100 ms per step once the limiter's burst is spent.
 * Lifting the limit brings it to ~15 ms per step here (measured with bench:orchestration).
 */
const DEV_SERVER_DYNAMIC_CONFIG: Record<string, unknown> = { 'history.transferProcessorMaxPollRPS': 1_000 };

export interface DevServerOptions {
  cliPath: string;
  /** SQLite file for persistence; omitted = in-memory (tests). */
  dbFile?: string;
  ip?: string;
  /** gRPC port; 0 picks a free one. */
  port?: number;
  /** Web UI port; omitted with headless. */
  uiPort?: number;
  headless?: boolean;
  namespace?: string;
  /** URL of our codec endpoint, so the UI can decode encrypted payloads. */
  uiCodecEndpoint?: string;
  /** `--dynamic-config-value KEY=JSON` pairs. */
  dynamicConfig?: Record<string, unknown>;
  /** How long to wait for the server to answer. */
  startTimeoutMs?: number;
  onLog?: (line: string) => void;
}

export interface DevServer {
  address: string;
  uiUrl?: string;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const ip = options.ip ?? '127.0.0.1';
  const port = options.port || (await freePort(ip));
  const args = ['server', 'start-dev', '--ip', ip, '--port', String(port), '--log-level', 'warn'];
  // Random free ports for the side listeners, so two servers (e.g. tests beside `npm start`) never collide.
  args.push('--http-port', String(await freePort(ip)), '--metrics-port', String(await freePort(ip)));
  if (options.dbFile) {
    mkdirSync(dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile, '--sqlite-pragma', 'journal_mode=WAL', '--sqlite-pragma', 'synchronous=NORMAL');
  }
  if (options.headless) args.push('--headless');
  else if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  if (options.uiCodecEndpoint) args.push('--ui-codec-endpoint', options.uiCodecEndpoint);
  if (options.namespace && options.namespace !== 'default') args.push('--namespace', options.namespace);
  args.push(...devServerSearchAttributeFlags());
  for (const [key, value] of Object.entries({ ...DEV_SERVER_DYNAMIC_CONFIG, ...options.dynamicConfig })) args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);

  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      options.onLog?.(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const address = `${ip}:${port}`;
  try {
    await waitUntilAnswering(address, child, options.startTimeoutMs ?? 60_000);
  } catch (err) {
    child.kill('SIGKILL');
    const tail = recent.length ? `\nLast server output:\n${recent.join('\n')}` : '';
    throw new Error(`${(err as Error).message}${tail}`, { cause: err });
  }
  // An owner that exits without stop() (a crashed bench, a script's process.exit) must not leave the server
  // running. 'exit' handlers can only do synchronous work; kill() is. (A signal that kills the owner outright
  // runs no handler: long-running owners stop the server on SIGINT/SIGTERM themselves, runtime/run-until-signal.ts.)
  const killOnExit = (): void => void child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const uiUrl = options.headless ? undefined : `http://${ip === '0.0.0.0' ? 'localhost' : ip}:${options.uiPort ?? port + 1000}`;
  return {
    address,
    uiUrl,
    pid: child.pid ?? -1,
    stop: () => {
      process.off('exit', killOnExit);
      return stopChild(child);
    },
  };
}

/**
 * For scripts with no signal handling of their own (benches, recorders): exit normally on SIGINT or SIGTERM
 * (Ctrl-C, `timeout`), which a signal's default action does not, so the exit hook above stops their server.
 */
export function exitOnInterrupt(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));
}

async function waitUntilAnswering(address: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = `the Temporal dev server exited during start-up (code ${code ?? 'none'}, signal ${signal ?? 'none'})`;
  });
  for (;;) {
    if (exited) throw new Error(exited);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return;
      } finally {
        await connection.close();
      }
    } catch {
      if (Date.now() > deadline) throw new Error(`the Temporal dev server at ${address} did not answer within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
