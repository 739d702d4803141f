// Deterministic ids: the same logical record always gets the same id, which is what makes a write
// retried by Temporal land on the row (or vector point) it already wrote.
import { createHash } from 'node:crypto';

/** A UUID (version 8, "custom") built from the SHA-256 of the parts; accepted by PostgreSQL and Qdrant. */
export function stableUuid(...parts: string[]): string {
  const hash = createHash('sha256');
  // Length-prefix each part so ("ab","c") and ("a","bc") differ.
  for (const part of parts) hash.update(`${part.length}:${part}`);
  const b = hash.digest().subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const toIso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
