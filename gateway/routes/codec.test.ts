import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { defaultPayloadConverter } from '@temporalio/common';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ErrorEnvelope } from '../errors.js';
import auth from '../plugins/auth.js';
import errorEnvelope from '../plugins/error-envelope.js';
import { EncryptionCodec } from '../../temporal/codec/encryption-codec.js';
import { parsePayloadKeyring } from '../../temporal/codec/keyring.js';
import codecRoutes from './codec.js';

const UI_ORIGIN = 'http://localhost:8233';
const AUTH = { authorization: 'Bearer test-key-123' };
const codec = new EncryptionCodec(parsePayloadKeyring(`k1:${randomBytes(32).toString('base64')}`));

interface JsonPayloads {
  payloads: { metadata: Record<string, string>; data?: string }[];
}

// The gateway's real root plugins: the auth hook (lets CORS preflights through, sets request.auth) and the
// single error envelope; only the API key list is the test's.
async function buildApp(options: { withAuth: boolean }): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(errorEnvelope);
  if (options.withAuth) {
    await app.register(auth, { apiKeys: [{ tenantId: 'tenant-1', key: 'test-key-123', ratePerMinute: 60, tier: 'pro', piiPolicy: 'redact' }] });
  }
  await app.register(codecRoutes, { codec, allowedOrigins: [`${UI_ORIGIN}/`] });
  return app;
}

const asJson = (value: unknown): JsonPayloads['payloads'][number] => {
  const p = defaultPayloadConverter.toPayload(value);
  return {
    metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    data: Buffer.from(p.data ?? []).toString('base64'),
  };
};

const assertEnvelope = (body: unknown, code: string): void => {
  const env = body as ErrorEnvelope;
  assert.equal(env.error.code, code);
  assert.equal(typeof env.error.message, 'string');
  assert.equal(typeof env.requestId, 'string');
};

describe('codec routes', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ withAuth: true });
  });
  after(async () => app.close());

  it('encodes and decodes over HTTP in the codec-server wire format', async () => {
    const value = { goal: 'mail alice@example.com' };
    const encodeRes = await app.inject({
      method: 'POST',
      url: '/codec/encode',
      headers: { ...AUTH, 'x-namespace': 'default', origin: UI_ORIGIN },
      payload: { payloads: [asJson(value), asJson(42)] },
    });
    assert.equal(encodeRes.statusCode, 200);
    assert.equal(encodeRes.headers['access-control-allow-origin'], UI_ORIGIN);
    const encoded = encodeRes.json<JsonPayloads>();
    assert.equal(encoded.payloads.length, 2);
    const first = encoded.payloads[0];
    assert.ok(first?.data);
    assert.equal(Buffer.from(first.metadata.encoding ?? '', 'base64').toString(), 'binary/encrypted');
    assert.equal(Buffer.from(first.metadata['encryption-key-id'] ?? '', 'base64').toString(), 'k1');
    assert.ok(!Buffer.from(first.data, 'base64').includes('alice@example.com'));

    const decodeRes = await app.inject({ method: 'POST', url: '/codec/decode', headers: AUTH, payload: encoded });
    assert.equal(decodeRes.statusCode, 200);
    const decoded = decodeRes.json<JsonPayloads>().payloads.map((p) =>
      defaultPayloadConverter.fromPayload({
        metadata: Object.fromEntries(Object.entries(p.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
        data: Buffer.from(p.data ?? '', 'base64'),
      }),
    );
    assert.deepEqual(decoded, [value, 42]);
  });

  it('passes through payloads that are not encrypted', async () => {
    const plain = asJson('plain');
    const res = await app.inject({ method: 'POST', url: '/codec/decode', headers: AUTH, payload: { payloads: [plain] } });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json<JsonPayloads>().payloads, [plain]);
  });

  it('answers 401 in the envelope without a key, with CORS headers so the UI can read it', async () => {
    for (const path of ['/codec/encode', '/codec/decode']) {
      const res = await app.inject({ method: 'POST', url: path, headers: { origin: UI_ORIGIN }, payload: { payloads: [] } });
      assert.equal(res.statusCode, 401);
      assertEnvelope(res.json(), 'unauthorized');
      assert.equal(res.headers['access-control-allow-origin'], UI_ORIGIN);
    }
    const wrong = await app.inject({
      method: 'POST',
      url: '/codec/decode',
      headers: { authorization: 'Bearer nope' },
      payload: { payloads: [] },
    });
    assert.equal(wrong.statusCode, 401);
  });

  it('answers the CORS preflight for the UI origin, allowing the headers the UI sends', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/codec/decode',
      headers: {
        origin: UI_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-namespace,authorization',
      },
    });
    assert.equal(res.statusCode, 204);
    assert.equal(res.headers['access-control-allow-origin'], UI_ORIGIN);
    assert.equal(res.headers['access-control-allow-credentials'], 'true');
    assert.match(String(res.headers['access-control-allow-methods']), /POST/);
    const allowedHeaders = String(res.headers['access-control-allow-headers']).split(/,\s*/);
    for (const h of ['content-type', 'x-namespace', 'authorization']) assert.ok(allowedHeaders.includes(h), h);
    assert.match(String(res.headers.vary), /Origin/);
  });

  it('refuses the preflight and adds no CORS headers for any other origin', async () => {
    for (const origin of ['http://evil.example', 'http://localhost:8234']) {
      const res = await app.inject({
        method: 'OPTIONS',
        url: '/codec/encode',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      assert.equal(res.statusCode, 403);
      assertEnvelope(res.json(), 'cors_origin_not_allowed');
      assert.equal(res.headers['access-control-allow-origin'], undefined);
    }
    const post = await app.inject({
      method: 'POST',
      url: '/codec/encode',
      headers: { ...AUTH, origin: 'http://evil.example' },
      payload: { payloads: [] },
    });
    assert.equal(post.headers['access-control-allow-origin'], undefined);
  });

  it('answers bad input with 400 and the envelope, never 500', async () => {
    const cases: { payload: string | object; code: string }[] = [
      { payload: { nope: true }, code: 'invalid_request' },
      { payload: { payloads: 'x' }, code: 'invalid_request' },
      { payload: { payloads: [{ metadata: { encoding: 'not base64 !' } }] }, code: 'invalid_request' },
      { payload: '{"payloads": [', code: 'invalid_json' },
      {
        payload: {
          payloads: [
            {
              metadata: {
                encoding: Buffer.from('binary/encrypted').toString('base64'),
                'encryption-key-id': Buffer.from('unknown').toString('base64'),
              },
              data: randomBytes(40).toString('base64'),
            },
          ],
        },
        code: 'payload_undecryptable',
      },
    ];
    for (const { payload, code } of cases) {
      const res = await app.inject({
        method: 'POST',
        url: '/codec/decode',
        headers: { ...AUTH, 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      assert.equal(res.statusCode, 400, `${JSON.stringify(payload)} → ${res.body}`);
      assertEnvelope(res.json(), code);
    }
  });

  it('reports tampered ciphertext as 400 payload_undecryptable', async () => {
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload('x')]);
    const data = Buffer.from(sealed?.data ?? []);
    data[15] = (data[15] ?? 0) ^ 0xff;
    const metadata = Object.fromEntries(Object.entries(sealed?.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
    const res = await app.inject({
      method: 'POST',
      url: '/codec/decode',
      headers: AUTH,
      payload: { payloads: [{ metadata, data: data.toString('base64') }] },
    });
    assert.equal(res.statusCode, 400);
    assertEnvelope(res.json(), 'payload_undecryptable');
    assert.match(res.json<ErrorEnvelope>().error.message, /failed authentication/);
  });
});

describe('codec routes without the auth plugin', () => {
  it('fail closed with 401 instead of decrypting for anyone', async () => {
    const app = await buildApp({ withAuth: false });
    const res = await app.inject({ method: 'POST', url: '/codec/decode', headers: AUTH, payload: { payloads: [] } });
    assert.equal(res.statusCode, 401);
    assertEnvelope(res.json(), 'unauthorized');
    await app.close();
  });
});
