// Task ids: `task-<uuid v7>` (time-ordered); with an Idempotency-Key, a name-based UUID (v8 layout) derived from
// tenant + key, so a retried POST maps to the same workflow id without any lookup table.
import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';

export const newTaskId = (): string => `task-${uuidv7()}`;

export function idempotentTaskId(tenantId: string, idempotencyKey: string): string {
  const bytes = createHash('sha256').update(`${tenantId}\u0000${idempotencyKey}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8: custom, name-based
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `task-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
