// Liveness and readiness (SPEC §3): readiness asks each dependency, and says which one is down.
import type { FastifyPluginAsync } from 'fastify';

export interface HealthRoutesOptions {
  /** Each named check resolves when its dependency answers, and rejects otherwise. */
  checks: Record<string, () => Promise<unknown>>;
}

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (app, { checks }) => {
  app.get('/healthz', { config: { public: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { config: { public: true } }, async (_request, reply) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          const detail = await withTimeout(check(), CHECK_TIMEOUT_MS);
          return [name, { status: 'up', ...(typeof detail === 'string' ? { mode: detail } : {}) }] as const;
        } catch (err) {
          return [name, { status: 'down', message: (err as Error).message }] as const;
        }
      }),
    );
    const dependencies = Object.fromEntries(results);
    const ready = results.every(([, r]) => r.status === 'up');
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', dependencies });
  });
};

export default healthRoutes;
