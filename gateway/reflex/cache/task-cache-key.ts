// The result-cache key of a task: SHA-256 over the tenant and the normalised, redacted task, so equal
// tasks of one tenant share an entry and no two tenants ever do.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values always serialise the same way. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** Hex SHA-256 of tenant + task JSON (pass `stableJson` of the redacted task). */
export function taskCacheKey(tenantId: string, normalisedRedactedTaskJson: string): string {
  return createHash('sha256').update(tenantId).update('\u0000').update(normalisedRedactedTaskJson).digest('hex');
}
