// The reflex layer as the rest of the gateway sees it. Routes call these; gateway/reflex/ implements them.
import type { PiiPolicy, ReflexCheckResponse } from '../../contracts/reflex.js';

export interface RateLimitVerdict {
  allowed: boolean;
  /** Requests allowed per window (X-RateLimit-Limit). */
  limit: number;
  /** Requests left right now (X-RateLimit-Remaining). */
  remaining: number;
  /** Seconds until the bucket is full again (X-RateLimit-Reset). */
  resetSeconds: number;
  /** Seconds to wait before retrying; set when not allowed. */
  retryAfterSeconds?: number;
}

/** What a cached, completed task returns on an exact-match hit. */
export interface CachedTaskResult {
  taskId: string;
  output: string;
  completedAt: string;
}

export interface Reflex {
  /** PII and injection findings, the redacted text and the decision, for one text under a key's PII policy. */
  scan(text: string, policy: PiiPolicy): ReflexCheckResponse;
  /** Takes one request from the caller's bucket. */
  rateLimit(bucketKey: string, ratePerMinute: number): Promise<RateLimitVerdict>;
  /**
   * The same, answered synchronously when no I/O is needed (in-process limiter: embedded mode, or
   * Redis down); undefined when the answer has to come from Redis — then call `rateLimit`. Lets the
   * gateway's hook skip a promise per request.
   */
  rateLimitNow?(bucketKey: string, ratePerMinute: number): RateLimitVerdict | undefined;
  cache: {
    get(tenantId: string, taskHash: string): Promise<CachedTaskResult | undefined>;
    set(tenantId: string, taskHash: string, value: CachedTaskResult): Promise<void>;
  };
  /** Whether the shared stores (Redis) are reachable; `degraded` when running on the in-process fallback after a failure. */
  health(): Promise<{ redis: 'up' | 'down' | 'degraded' | 'embedded' }>;
  close(): Promise<void>;
}

// The gateway decorates its Fastify instance with the reflex layer (`app.decorate('reflex', ...)`).
// `request.auth` is declared by the auth plugin (gateway/plugins/auth.ts).
declare module 'fastify' {
  interface FastifyInstance {
    reflex: Reflex;
  }
}
