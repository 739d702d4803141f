// Provider failures mapped to Temporal's retry semantics (SPEC §5): the SDKs never retry, Temporal does.
import { ApplicationFailure } from '@temporalio/common';
import { TaskErrorCodes } from '../../contracts/errors.js';

export const LlmFailureTypes = {
  rateLimited: 'llm_rate_limited',
  providerError: 'llm_provider_error',
  rejected: TaskErrorCodes.llmRequestRejected,
  invalidOutput: TaskErrorCodes.llmInvalidOutput,
  notConfigured: TaskErrorCodes.llmNotConfigured,
} as const;

interface ProviderErrorShape {
  status?: number;
  headers?: { get(name: string): string | null } | Record<string, string>;
  message?: string;
}

function header(err: ProviderErrorShape, name: string): string | undefined {
  const h = err.headers;
  if (!h) return undefined;
  if (typeof (h as { get?: unknown }).get === 'function') return (h as { get(n: string): string | null }).get(name) ?? undefined;
  return (h as Record<string, string>)[name];
}

/**
 * `Retry-After` (milliseconds, seconds or an HTTP date) in milliseconds, when the provider asked for a positive
 * wait; otherwise undefined, and the retry policy's own backoff applies.
 */
export function retryAfterMs(err: ProviderErrorShape, now = Date.now()): number | undefined {
  const positive = (ms: number): number | undefined => (Number.isFinite(ms) && ms > 0 ? ms : undefined);
  const ms = header(err, 'retry-after-ms');
  if (ms) return positive(Number(ms));
  const value = header(err, 'retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (!Number.isNaN(seconds)) return positive(seconds * 1000);
  return positive(Date.parse(value) - now);
}

/** Whether trying the other provider could help (the provider, not our request, is at fault). */
export function isProviderFault(err: unknown): boolean {
  // Our own verdicts (an invalid reply, a missing configuration) carry no status but are not the provider's fault.
  if (err instanceof ApplicationFailure) return false;
  const status = (err as ProviderErrorShape).status;
  return status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
}

export function toActivityFailure(err: unknown, provider: string): ApplicationFailure {
  if (err instanceof ApplicationFailure) return err;
  const e = err as ProviderErrorShape;
  const status = e.status;
  if (status === 429) {
    return ApplicationFailure.create({
      type: LlmFailureTypes.rateLimited,
      message: `${provider} rate-limited the request (HTTP 429)`,
      nextRetryDelay: retryAfterMs(e),
    });
  }
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 409) {
    return ApplicationFailure.create({
      type: LlmFailureTypes.rejected,
      message: `${provider} rejected the request (HTTP ${status}); fix the request or the provider configuration, then retry the task`,
      nonRetryable: true,
    });
  }
  return ApplicationFailure.create({
    type: LlmFailureTypes.providerError,
    message: `${provider} failed (${status ? `HTTP ${status}` : 'no response'})`,
    nextRetryDelay: retryAfterMs(e),
  });
}
