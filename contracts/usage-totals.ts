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
