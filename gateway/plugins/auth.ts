// API-key authentication (SPEC §3): `Authorization: Bearer <key>` or `X-API-Key`, resolved to a tenant.
// Keys are looked up by their SHA-256 so comparison time does not depend on how much of a key matches.
// A callback-style hook: configured keys (and cached database keys) resolve in the same tick, with no
// promise per request; only a database lookup waits.
import { createHash, hash as oneShotHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import type { ApiKeyEntry } from '../../config/config.js';
import type { PiiPolicy } from '../../contracts/reflex.js';
import { ApiError } from '../errors.js';

export interface AuthContext {
  tenantId: string;
  /** A stable, non-secret id for the key (hash prefix): rate-limit bucket and log field. */
  keyId: string;
  ratePerMinute: number;
  piiPolicy: PiiPolicy;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext;
  }
  interface FastifyContextConfig {
    /** Routes that answer without an API key (health, metrics, docs). */
    public?: boolean;
  }
}

/** SHA-256 of a key, hex. crypto.hash (Node ≥ 20.12) hashes in one call, twice as fast as a Hash object. */
export const hashApiKey: (key: string) => string =
  typeof oneShotHash === 'function' ? (key) => oneShotHash('sha256', key, 'hex') : (key) => createHash('sha256').update(key).digest('hex');

export interface AuthOptions {
  /** Keys from configuration (OCTOLLM_API_KEYS), checked first. */
  apiKeys: ApiKeyEntry[];
  /** Keys kept in the database (`octollm keys create --store`), checked when configuration does not know a key. */
  lookupKey?: (key: string) => Promise<AuthContext | undefined>;
}

/** Positive database lookups are kept briefly so the reflex path does not pay a query per request. */
const LOOKUP_TTL_MS = 30_000;
const LOOKUP_CACHE_MAX = 10_000;

function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
  }
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey.trim() ? apiKey.trim() : undefined;
}

async function auth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  const byHash = new Map<string, AuthContext>();
  for (const entry of options.apiKeys) {
    const hash = hashApiKey(entry.key);
    byHash.set(hash, { tenantId: entry.tenantId, keyId: hash.slice(0, 12), ratePerMinute: entry.ratePerMinute, piiPolicy: entry.piiPolicy });
  }
  const looked = new Map<string, { context: AuthContext; expires: number }>();
  const cachedFromStore = (hash: string): AuthContext | undefined => {
    const hit = looked.get(hash);
    return hit && hit.expires > Date.now() ? hit.context : undefined;
  };
  const fromStore = async (key: string, hash: string): Promise<AuthContext | undefined> => {
    if (!options.lookupKey) return undefined;
    const context = await options.lookupKey(key);
    if (!context) return undefined;
    if (looked.size >= LOOKUP_CACHE_MAX) looked.clear();
    looked.set(hash, { context, expires: Date.now() + LOOKUP_TTL_MS });
    return context;
  };
  app.decorateRequest('auth', null as unknown as AuthContext);
  const unknownKey = (): ApiError => new ApiError(401, 'unauthorized', 'unknown API key');
  app.addHook('onRequest', (request, _reply, done: HookHandlerDoneFunction) => {
    if (request.routeOptions.config?.public || request.method === 'OPTIONS') return done();
    const key = presentedKey(request);
    if (!key) return done(new ApiError(401, 'unauthorized', 'missing API key: send Authorization: Bearer <key> or X-API-Key'));
    const hash = hashApiKey(key);
    const context = byHash.get(hash) ?? cachedFromStore(hash);
    if (context) {
      request.auth = context;
      return done();
    }
    fromStore(key, hash).then(
      (found) => {
        if (!found) return done(unknownKey());
        request.auth = found;
        done();
      },
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

export default fp(auth, { name: 'auth' });
