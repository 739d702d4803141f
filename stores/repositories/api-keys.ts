// Tenants' API keys, stored hashed: the plain key is returned once, at creation, and never again.
// Keys are 256 random bits, so SHA-256 (fast, unsalted) is the right hash: there is nothing to brute-force.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PiiPolicy } from '../../contracts/reflex.js';
import type { Queryable } from '../sql/sql-db.js';
import { toIso } from '../ids.js';

const KEY_PREFIX = 'octo_';
const DISPLAY_PREFIX_LENGTH = 12;

export interface CreateApiKeyOptions {
  name?: string;
  /** Rate tier name (free, pro, enterprise, unlimited); default pro. */
  tier?: string;
  /** Overrides the tier's requests per minute. */
  ratePerMinute?: number;
  /** What the reflex layer does with PII in this key's requests; default redact. */
  piiPolicy?: PiiPolicy;
}

export interface CreatedApiKey {
  id: string;
  tenantId: string;
  /** The plain key: show it to the operator once; only its hash is kept. */
  key: string;
  prefix: string;
}

export interface VerifiedApiKey {
  keyId: string;
  tenantId: string;
  tier: string;
  ratePerMinute?: number;
  piiPolicy: PiiPolicy;
}

export interface ApiKeyInfo {
  id: string;
  prefix: string;
  name?: string;
  tier: string;
  piiPolicy: PiiPolicy;
  createdAt: string;
  revokedAt?: string;
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Creates the tenant if needed and a new key for it. */
export async function createApiKey(db: Queryable, tenantId: string, options: CreateApiKeyOptions = {}): Promise<CreatedApiKey> {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(tenantId)) throw new Error('tenant id must be 1-64 letters, digits, _ . -');
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = `key_${randomUUID()}`;
  const prefix = key.slice(0, DISPLAY_PREFIX_LENGTH);
  const tier = options.tier ?? 'pro';
  await db.query('INSERT INTO tenants (id, tier) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [tenantId, tier]);
  await db.query(
    `INSERT INTO api_keys (id, tenant_id, key_hash, prefix, name, tier, rate_per_minute, pii_policy)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, tenantId, hashApiKey(key), prefix, options.name ?? null, tier, options.ratePerMinute ?? null, options.piiPolicy ?? 'redact'],
  );
  return { id, tenantId, key, prefix };
}

/** The tenant a presented key belongs to, or undefined for an unknown or revoked key. */
export async function verifyApiKey(db: Queryable, key: string): Promise<VerifiedApiKey | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const { rows } = await db.query<{ id: string; tenant_id: string; tier: string; rate_per_minute: number | null; pii_policy: PiiPolicy }>(
    'SELECT id, tenant_id, tier, rate_per_minute, pii_policy FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hashApiKey(key)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    keyId: row.id,
    tenantId: row.tenant_id,
    tier: row.tier,
    ...(row.rate_per_minute !== null ? { ratePerMinute: row.rate_per_minute } : {}),
    piiPolicy: row.pii_policy,
  };
}

/** Revokes one of the tenant's keys; false when the tenant has no such active key. */
export async function revokeApiKey(db: Queryable, tenantId: string, keyId: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    'UPDATE api_keys SET revoked_at = now() WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id',
    [tenantId, keyId],
  );
  return rows.length > 0;
}

export async function listApiKeys(db: Queryable, tenantId: string): Promise<ApiKeyInfo[]> {
  const { rows } = await db.query<{
    id: string;
    prefix: string;
    name: string | null;
    tier: string;
    pii_policy: PiiPolicy;
    created_at: Date;
    revoked_at: Date | null;
  }>('SELECT id, prefix, name, tier, pii_policy, created_at, revoked_at FROM api_keys WHERE tenant_id = $1 ORDER BY created_at, id', [
    tenantId,
  ]);
  return rows.map((r) => ({
    id: r.id,
    prefix: r.prefix,
    tier: r.tier,
    piiPolicy: r.pii_policy,
    createdAt: toIso(r.created_at),
    ...(r.name !== null ? { name: r.name } : {}),
    ...(r.revoked_at !== null ? { revokedAt: toIso(r.revoked_at) } : {}),
  }));
}
