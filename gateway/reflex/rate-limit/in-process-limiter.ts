// The rate limiter without Redis (embedded mode, or while Redis is down): GCRA state in a bounded Map.
// Limits are per process — with several gateway replicas each one enforces the full rate.
import type { RateLimitVerdict } from '../types.js';
import { gcraStep } from './gcra.js';

export interface InProcessLimiter {
  take(bucketKey: string, ratePerMinute: number, nowMs?: number): RateLimitVerdict;
}

export function createInProcessLimiter(options: { maxKeys?: number } = {}): InProcessLimiter {
  const maxKeys = options.maxKeys ?? 100_000;
  const tats = new Map<string, number>();
  /** The key inserted last (the most recent in Map order), which needs no re-insertion. */
  let newest: string | undefined;
  return {
    take(bucketKey, ratePerMinute, nowMs = Date.now()) {
      const step = gcraStep(tats.get(bucketKey), nowMs, ratePerMinute);
      if (step.tat !== undefined) {
        // re-insert so Map order approximates recency; evict the stalest key when full. The key
        // already last stays put (a delete and set costs four times a set: V8 keeps the deleted
        // entry until it rebuilds the table)
        if (bucketKey !== newest) {
          tats.delete(bucketKey);
          newest = bucketKey;
        }
        tats.set(bucketKey, step.tat);
        if (tats.size > maxKeys) {
          const oldest = tats.keys().next().value;
          if (oldest !== undefined) tats.delete(oldest);
        }
      }
      return step.verdict;
    },
  };
}
