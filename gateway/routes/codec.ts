// The codec endpoint (SPEC §5 "Secret-safe"): POST /codec/encode and /codec/decode in Temporal's codec-server
// wire format, so the Temporal Web UI (started with --ui-codec-endpoint <gateway>/codec) and the CLI
// (--codec-endpoint) can show decrypted payloads to an authorised user. See temporal/codec/README.md.
//
// Auth is the root app's onRequest hook; this plugin only refuses to run without it (it is a decryption
// oracle). CORS is handled here, scoped to these two paths, because the UI calls from its own origin.
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../errors.js';
import { PayloadDecryptionError } from '../../temporal/codec/encryption-codec.js';

export interface CodecRoutesOptions {
  codec: PayloadCodec;
  /** Origins of the Temporal UI, e.g. `http://localhost:8233`. */
  allowedOrigins: string[];
  /** Histories carry payloads up to Temporal's 2 MB blob limit, more than our API's usual body limit. */
  bodyLimit?: number;
}

const PATHS = { encode: '/codec/encode', decode: '/codec/decode' } as const;
// The UI sends Content-Type and X-Namespace always, Authorization when configured to pass a token.
const ALLOWED_HEADERS = 'content-type, x-namespace, authorization';

// Temporal's Payloads message as protobuf JSON: bytes are base64 (standard or URL-safe, padding optional).
// This is Temporal's protocol, not one of our contracts, so it lives with its only consumer.
const base64 = z.string().regex(/^[A-Za-z0-9+/_-]*={0,2}$/, 'must be base64');
const PayloadsJson = z.object({
  payloads: z.array(
    z.object({
      metadata: z.record(z.string(), base64).nullish(),
      data: base64.nullish(),
    }),
  ),
});
type PayloadJson = z.infer<typeof PayloadsJson>['payloads'][number];

const fromJson = ({ metadata, data }: PayloadJson): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(data ?? '', 'base64'),
});

const toJson = ({ metadata, data }: Payload): PayloadJson => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
  ...(data && data.length > 0 ? { data: Buffer.from(data).toString('base64') } : {}),
});

export default async function codecRoutes(app: FastifyInstance, opts: CodecRoutesOptions): Promise<void> {
  const allowed = new Set(opts.allowedOrigins.map((o) => new URL(o).origin));
  const allowedOrigin = (request: FastifyRequest): string | undefined => {
    const origin = request.headers.origin;
    return origin && allowed.has(origin) ? origin : undefined;
  };

  // onSend, not onRequest: it also decorates replies that the root auth hook ends early (a 401), so the
  // UI can read why it was refused instead of seeing an opaque CORS failure.
  app.addHook('onSend', async (request, reply) => {
    const origin = allowedOrigin(request);
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, Origin` : 'Origin');
    if (!origin) return;
    reply.header('access-control-allow-origin', origin);
    // The UI's "include cross-origin credentials" mode needs this; it is harmless otherwise.
    reply.header('access-control-allow-credentials', 'true');
  });

  // Preflights carry no credentials (Fetch spec), so the root auth hook must let OPTIONS through.
  const preflight = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!allowedOrigin(request)) {
      throw new ApiError(403, 'cors_origin_not_allowed', 'this origin may not call the codec endpoint');
    }
    reply
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', '600')
      .code(204)
      .send();
  };

  const requireAuth = async (request: FastifyRequest): Promise<void> => {
    // Fail closed: mounted without the auth plugin, this endpoint would decrypt anything for anyone.
    if ((request as { auth?: unknown }).auth == null) {
      throw new ApiError(401, 'unauthorized', 'the codec endpoint requires an API key');
    }
  };

  const convert = (direction: 'encode' | 'decode') => async (request: FastifyRequest) => {
    const parsed = PayloadsJson.safeParse(request.body);
    if (!parsed.success) {
      throw new ApiError(400, 'invalid_request', 'body must be {"payloads": [{"metadata": {...}, "data": "<base64>"}]}', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const payloads = parsed.data.payloads.map(fromJson);
    try {
      const converted = direction === 'encode' ? await opts.codec.encode(payloads) : await opts.codec.decode(payloads);
      return { payloads: converted.map(toJson) };
    } catch (err) {
      if (err instanceof PayloadDecryptionError) throw new ApiError(400, 'payload_undecryptable', err.message);
      throw err;
    }
  };

  const routeOptions = { bodyLimit: opts.bodyLimit ?? 4 * 1024 * 1024, preHandler: requireAuth };
  for (const direction of ['encode', 'decode'] as const) {
    app.options(PATHS[direction], preflight);
    app.post(PATHS[direction], routeOptions, convert(direction));
  }
}
