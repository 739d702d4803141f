// Test helpers: the shared Redis (skip when absent) and a dedicated, killable redis-server on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export const SHARED_REDIS_URL = process.env.OCTOLLM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Resolves to why Redis is unusable, or undefined when it answers PING. */
export async function redisUnavailable(url: string): Promise<string | undefined> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    return `Redis at ${url} is not reachable (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    client.disconnect();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface DedicatedRedis {
  url: string;
  kill(): Promise<void>;
}

/** Starts `redis-server` on a free port (no persistence). Undefined when the binary is missing. */
export async function startDedicatedRedis(): Promise<DedicatedRedis | undefined> {
  const port = await freePort();
  let child: ChildProcess;
  try {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false));
    child.once('spawn', () => resolve(true));
  });
  if (!spawned) return undefined;
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if ((await redisUnavailable(url)) === undefined) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** A pino-compatible logger that records what it is told. */
export function recordingLogger(): { warn: (o: object, m?: string) => void; info: (o: object, m?: string) => void; error: (o: object, m?: string) => void; lines: { level: string; msg?: string }[] } {
  const lines: { level: string; msg?: string }[] = [];
  return {
    lines,
    warn: (_o, msg) => void lines.push({ level: 'warn', msg }),
    info: (_o, msg) => void lines.push({ level: 'info', msg }),
    error: (_o, msg) => void lines.push({ level: 'error', msg }),
  };
}
