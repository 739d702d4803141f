// Replaces each PII finding with its type in brackets ("[EMAIL]"). Findings must be sorted and
// non-overlapping (findPii guarantees both).
import type { PiiFinding } from '../../contracts/reflex.js';
import { sliceOf } from './string-ops.js';

export function redactPii(text: string, findings: readonly PiiFinding[]): string {
  if (findings.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue; // defensive: never emit overlapping replacements
    out += sliceOf(text, at, f.start) + '[' + f.type + ']';
    at = f.end;
  }
  return out + sliceOf(text, at);
}
