// One error handler for the whole API: every failure leaves as the SPEC §3 envelope, never a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, type ErrorEnvelope } from '../errors.js';
import { isTemporalUnavailable } from '../tasks/temporal-errors.js';

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: string, message: string, details?: unknown): FastifyReply {
  const body: ErrorEnvelope = { error: { code, message, ...(details === undefined ? {} : { details }) }, requestId: String(request.id) };
  return reply.status(status).send(body);
}

const fieldOf = (instancePath: string): string => instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body';

async function errorEnvelope(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof ApiError) {
      reply.headers(err.headers);
      return send(reply, request, err.statusCode, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({ field: fieldOf(v.instancePath), message: v.message ?? 'invalid' }));
      const where = err.validationContext ?? 'body';
      const first = issues[0];
      const message = first ? `invalid ${where}: ${first.field}: ${first.message}` : `invalid ${where}`;
      return send(reply, request, 400, 'invalid_request', message, issues);
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, request, 413, 'payload_too_large', `the request body is larger than ${app.initialConfig.bodyLimit} bytes`);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, request, 415, 'unsupported_media_type', 'send the body as application/json');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, request, 400, 'invalid_request', 'the request body is empty; send a JSON object');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(reply, request, 400, 'invalid_json', 'the request body is not valid JSON');
    }
    if (err.statusCode === 400 && (err as { type?: string }).type === 'entity.parse.failed') {
      return send(reply, request, 400, 'invalid_json', 'the request body is not valid JSON');
    }
    if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
      return send(reply, request, 400, 'invalid_json', 'the request body is not valid JSON');
    }
    if (isTemporalUnavailable(err)) {
      request.log.error({ err: { message: err.message } }, 'Temporal unavailable');
      return send(reply, request, 503, 'dependency_unavailable', 'the workflow service is unavailable; retry shortly', { dependency: 'temporal' });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, request, err.statusCode, 'bad_request', err.message);
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, request, 500, 'internal_error', 'an unexpected error occurred; quote the request id when reporting it');
  });

  app.setNotFoundHandler((request, reply) => send(reply, request, 404, 'not_found', `no route for ${request.method} ${request.url.split('?')[0]}`));

  // A callback hook, not an async one: it runs on every response, and an async hook costs a promise each time.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('X-Request-Id', String(request.id));
    done(null, payload);
  });
}

export default fp(errorEnvelope, { name: 'error-envelope' });
