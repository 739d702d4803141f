// POST /v1/reflex/check (SPEC §3): the reflex checks on `{text}` alone — findings, redacted text and
// decision — without starting a task. Auth and rate limiting run in the gateway's hooks first.
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { ReflexCheckRequestSchema, ReflexCheckResponseSchema, type ReflexCheckResponse } from '../../contracts/reflex.js';
import type {} from '../plugins/auth.js';
import { createScanBatcher } from '../reflex/scan-batch.js';
import type {} from '../reflex/types.js';

/**
 * The zod serializer encodes every response through the schema before stringifying it, which on this
 * hot route cost more than the checks themselves. `reflex.scan()` builds the response in the
 * contract's shape and key order (the route test holds it to the zod encoding), so plain
 * JSON.stringify writes the same bytes; the schema still documents the response in OpenAPI.
 */
const stringifyResponse = () => (data: unknown) => JSON.stringify(data as ReflexCheckResponse);

const MAX_TEXT = ReflexCheckRequestSchema.shape.text.maxLength ?? Number.POSITIVE_INFINITY;

/**
 * The request body as the schema accepts it — `{text}` and nothing else, text within the limit —
 * recognised directly; anything else goes through zod, which produces the 400 envelope's issues.
 * The same outcome as zod alone for every body, without a zod parse per valid request.
 */
const validateBody: FastifySchemaCompiler<unknown> = (route) => {
  const zod = (validatorCompiler as FastifySchemaCompiler<unknown>)(route);
  return (data) => {
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      let keys = 0;
      for (const _ in data) keys++;
      const text = (data as { text?: unknown }).text;
      if (keys === 1 && typeof text === 'string' && text.length <= MAX_TEXT && Object.getPrototypeOf(data) === Object.prototype) return { value: data };
    }
    return zod(data);
  };
};

export default async function reflexCheckRoutes(app: FastifyInstance): Promise<void> {
  const scans = createScanBatcher((text, policy) => app.reflex.scan(text, policy));
  // Set here too so the route is self-contained; this plugin is encapsulated, so nothing else changes.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.withTypeProvider<ZodTypeProvider>().post(
    '/v1/reflex/check',
    {
      schema: {
        description: 'Run the reflex checks (PII, prompt injection) on a text; no task is started.',
        tags: ['reflex'],
        body: ReflexCheckRequestSchema,
        response: { 200: ReflexCheckResponseSchema },
      },
      validatorCompiler: validateBody,
      serializerCompiler: stringifyResponse,
    },
    // the scans of requests that arrive together run back to back (../reflex/scan-batch.ts)
    (request) => scans.submit(request.body.text, request.auth.piiPolicy),
  );
}
