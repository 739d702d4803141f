// Recognising Temporal failures that mean "the service is down" (→ 503) or "no such workflow" (→ 404).
import { WorkflowNotFoundError } from '@temporalio/client';

// gRPC status codes (stable across every gRPC implementation).
const GrpcStatus = { DEADLINE_EXCEEDED: 4, NOT_FOUND: 5, UNAVAILABLE: 14 } as const;
const UNAVAILABLE_CODES = new Set<number>([GrpcStatus.UNAVAILABLE, GrpcStatus.DEADLINE_EXCEEDED]);

export function isTemporalUnavailable(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: number }; code?: number };
  if (e?.name === 'ServiceError' && (UNAVAILABLE_CODES.has(e.cause?.code ?? -1) || UNAVAILABLE_CODES.has(e.code ?? -1))) return true;
  return e?.name === 'TransportError';
}

export function isWorkflowNotFound(err: unknown): boolean {
  if (err instanceof WorkflowNotFoundError) return true;
  const e = err as { name?: string; cause?: { code?: number } };
  return e?.name === 'ServiceError' && e.cause?.code === GrpcStatus.NOT_FOUND;
}
