// Usage arithmetic: pure, zod-free code the workflow imports (see plan-problems.ts for why).
import type { Usage } from './usage.js';

export const ZERO_USAGE: Usage = { inputTokens: 0, outputTokens: 0, costUsd: 0 };

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    costUsd: a.costUsd + b.costUsd,
  };
}

export const totalTokens = (u: Usage): number => u.inputTokens + u.outputTokens;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * `value` as Usage when it is one (non-negative finite numbers), else undefined: for usage carried in a failure's
 * details, which arrive untyped.
 */
export function usageFrom(value: unknown): Usage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { inputTokens, outputTokens, costUsd } = value as Record<string, unknown>;
  return isCount(inputTokens) && isCount(outputTokens) && isCount(costUsd) ? { inputTokens, outputTokens, costUsd } : undefined;
}
