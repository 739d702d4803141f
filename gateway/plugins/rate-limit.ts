// Per-key rate limiting (SPEC §4) for authenticated routes, with the standard headers on every answer.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';

async function rateLimit(app: FastifyInstance): Promise<void> {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.auth) return;
    const verdict = await app.reflex.rateLimit(request.auth.keyId, request.auth.ratePerMinute);
    if (Number.isFinite(verdict.limit)) {
      reply.header('X-RateLimit-Limit', verdict.limit);
      reply.header('X-RateLimit-Remaining', Math.max(0, Math.floor(verdict.remaining)));
      reply.header('X-RateLimit-Reset', Math.ceil(verdict.resetSeconds));
    }
    if (!verdict.allowed) {
      const retryAfter = String(Math.max(1, Math.ceil(verdict.retryAfterSeconds ?? 1)));
      throw new ApiError(429, 'rate_limited', `rate limit of ${verdict.limit} requests per minute exceeded; retry after ${retryAfter} s`, undefined, {
        'Retry-After': retryAfter,
      });
    }
  });
}

export default fp(rateLimit, { name: 'rate-limit', dependencies: ['auth'] });
