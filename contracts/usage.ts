// Token usage and provenance carried by every arm result (SPEC §6).
import { z } from 'zod';
import { ARMS } from './names.js';

export const UsageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative(),
});
export type Usage = z.infer<typeof UsageSchema>;

export { addUsage, totalTokens, ZERO_USAGE } from './usage-totals.js';

export const ProvenanceSchema = z.object({
  arm: z.enum(ARMS),
  /** `provider:model` for LLM work, or the tool that did the work (`executor:echo`). */
  model: z.string(),
  promptHash: z.string(),
  inputHash: z.string(),
  /** Hash of what a tool produced (executor output), when the arm ran one. */
  outputHash: z.string().optional(),
  usage: UsageSchema,
  durationMs: z.number().nonnegative(),
  confidence: z.number().min(0).max(1),
  timestamp: z.string(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
