// Runs reflex operations against Redis when it is usable and on the in-process fallback when it is
// not: unset (embedded), disconnected, or failing. A failure opens a short circuit (no Redis calls
// for a cooldown) so a hung server costs one timeout, not one per request. The switch to the
// fallback is logged once per outage and counted per operation; recovery is logged too.
import type { Redis } from 'ioredis';
import type { ReflexMetrics } from './metrics.js';

export interface ReflexLogger {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type FallbackComponent = 'rate_limit' | 'cache';

export interface RedisFallback {
  run<T>(component: FallbackComponent, primary: (client: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T>;
  /**
   * Runs `fallback` right away when Redis cannot be used now (unset, disconnected, cooling down after
   * a failure — degrading as `run` would) and returns its result; undefined when Redis is usable.
   */
  runLocally<T>(component: FallbackComponent, fallback: () => T): T | undefined;
  /** `embedded` without Redis; `degraded` while serving from the fallback after a failure; else `up`. */
  mode(): 'up' | 'degraded' | 'embedded';
}

export interface RedisFallbackOptions {
  client?: Redis;
  logger: ReflexLogger;
  metrics: ReflexMetrics;
  /** How long after a failure Redis is left alone before it is tried again; default 1000 ms. */
  cooldownMs?: number;
  now?: () => number;
}

export function createRedisFallback(options: RedisFallbackOptions): RedisFallback {
  const { client, logger, metrics } = options;
  const cooldownMs = options.cooldownMs ?? 1_000;
  const now = options.now ?? Date.now;
  let degraded = false;
  let retryAt = 0;

  const degrade = (component: FallbackComponent, reason: string): void => {
    metrics.redisFallbacks.inc({ component });
    if (degraded) return;
    degraded = true;
    metrics.redisDegraded.set(1);
    // the reason is an ioredis status or error message: no keys, no credentials
    logger.warn({ component, reason }, 'reflex: redis unavailable, rate limits and cache fall back to in-process');
  };

  /** Whether Redis can't be used now; degrades (logged once, counted) when it is configured but unusable. */
  const unusable = (component: FallbackComponent): boolean => {
    if (!client) return true;
    if (client.status !== 'ready' || now() < retryAt) {
      degrade(component, client.status === 'ready' ? 'cooling down after a failure' : `connection ${client.status}`);
      return true;
    }
    return false;
  };

  return {
    runLocally(component, fallback) {
      return unusable(component) ? fallback() : undefined;
    },
    async run(component, primary, fallback) {
      if (!client || unusable(component)) return fallback();
      try {
        const result = await primary(client);
        if (degraded) {
          degraded = false;
          metrics.redisDegraded.set(0);
          logger.info({ component }, 'reflex: redis is back, rate limits and cache use it again');
        }
        return result;
      } catch (error) {
        retryAt = now() + cooldownMs;
        degrade(component, error instanceof Error ? error.message : 'unknown error');
        return fallback();
      }
    },
    mode: () => (!client ? 'embedded' : degraded || client.status !== 'ready' ? 'degraded' : 'up'),
  };
}
