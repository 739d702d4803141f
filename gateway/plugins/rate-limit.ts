// Per-key rate limiting (SPEC §4) for authenticated routes, with the standard headers on every answer.
// A callback-style hook: when the limiter can answer without I/O (in-process limiter) the request goes
// on in the same tick, with no promise per request; with Redis it waits for the Lua round trip.
import type { FastifyInstance, FastifyReply, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';
import type { RateLimitVerdict } from '../reflex/types.js';

/** Sets the X-RateLimit-* headers; the 429 error when the request is over its limit. */
function apply(reply: FastifyReply, verdict: RateLimitVerdict): ApiError | undefined {
  if (Number.isFinite(verdict.limit)) {
    reply.headers({
      'x-ratelimit-limit': String(verdict.limit),
      'x-ratelimit-remaining': String(Math.max(0, Math.floor(verdict.remaining))),
      'x-ratelimit-reset': String(Math.ceil(verdict.resetSeconds)),
    });
  }
  if (verdict.allowed) return undefined;
  const retryAfter = String(Math.max(1, Math.ceil(verdict.retryAfterSeconds ?? 1)));
  return new ApiError(429, 'rate_limited', `rate limit of ${verdict.limit} requests per minute exceeded; retry after ${retryAfter} s`, undefined, {
    'Retry-After': retryAfter,
  });
}

async function rateLimit(app: FastifyInstance): Promise<void> {
  app.addHook('preHandler', (request, reply, done: HookHandlerDoneFunction) => {
    if (!request.auth) return done();
    const { keyId, ratePerMinute } = request.auth;
    const now = app.reflex.rateLimitNow?.(keyId, ratePerMinute);
    if (now !== undefined) return done(apply(reply, now));
    app.reflex.rateLimit(keyId, ratePerMinute).then(
      (verdict) => done(apply(reply, verdict)),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

export default fp(rateLimit, { name: 'rate-limit', dependencies: ['auth'] });
