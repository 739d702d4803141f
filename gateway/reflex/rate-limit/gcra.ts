// GCRA (the generic cell rate algorithm): a token bucket stored as one number per key, the
// "theoretical arrival time" (TAT). Capacity = the per-minute rate, refilled smoothly, so a key may
// burst up to its whole minute and then gets one request every 60/rate seconds. The same arithmetic
// runs in-process here and in Redis (./redis-limiter.ts).
import type { RateLimitVerdict } from '../types.js';

export interface GcraStep {
  verdict: RateLimitVerdict;
  /** The key's new TAT in ms; undefined when the request was rejected (state unchanged). */
  tat?: number;
}

/** Emission interval in ms for a per-minute rate, rounded so TATs stay whole milliseconds. */
export const intervalMs = (ratePerMinute: number): number => Math.max(1, Math.round(60_000 / ratePerMinute));

/** A verdict for keys whose tier has no limit. */
export function unlimitedVerdict(): RateLimitVerdict {
  return { allowed: true, limit: Number.MAX_SAFE_INTEGER, remaining: Number.MAX_SAFE_INTEGER, resetSeconds: 0 };
}

/** Verdict from the raw numbers both implementations produce. */
export function toVerdict(allowed: boolean, limit: number, remaining: number, retryAfterMs: number, resetMs: number): RateLimitVerdict {
  const verdict: RateLimitVerdict = { allowed, limit, remaining: Math.max(0, remaining), resetSeconds: Math.max(0, Math.ceil(resetMs / 1000)) };
  if (!allowed) verdict.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return verdict;
}

export function gcraStep(storedTat: number | undefined, nowMs: number, ratePerMinute: number): GcraStep {
  const capacity = Math.max(1, Math.floor(ratePerMinute));
  const interval = intervalMs(ratePerMinute);
  const burst = interval * capacity;
  const tat = storedTat === undefined || storedTat < nowMs ? nowMs : storedTat;
  const newTat = tat + interval;
  if (newTat - nowMs > burst) {
    return { verdict: toVerdict(false, capacity, 0, newTat - burst - nowMs, tat - nowMs) };
  }
  const remaining = Math.floor((burst - (newTat - nowMs)) / interval);
  return { verdict: toVerdict(true, capacity, remaining, 0, newTat - nowMs), tat: newTat };
}
