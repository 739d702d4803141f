// Provenance every arm result carries (SPEC §6): who did it, with what, on which input, at what cost.
import type { Arm } from '../contracts/names.js';
import type { Provenance, Usage } from '../contracts/usage.js';
import { ZERO_USAGE } from '../contracts/usage.js';
import { sha256 } from './hashing.js';

export function provenanceOf(args: {
  arm: Arm;
  model: string;
  promptHash?: string;
  input: unknown;
  usage?: Usage;
  startedAt: number;
  confidence: number;
}): Provenance {
  return {
    arm: args.arm,
    model: args.model,
    promptHash: args.promptHash ?? '',
    inputHash: sha256(JSON.stringify(args.input)),
    usage: args.usage ?? ZERO_USAGE,
    durationMs: Date.now() - args.startedAt,
    confidence: args.confidence,
    timestamp: new Date().toISOString(),
  };
}
