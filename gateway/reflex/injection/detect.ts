// Prompt-injection detection: normalise, run the signatures whose needles occur, combine the
// weights of the distinct rules that matched into one score (noisy-OR: independent evidence adds up,
// nothing subtracts — benign words elsewhere in the text can never lower a score).
import type { InjectionResult } from '../../../contracts/reflex.js';
import { normaliseForInjection } from './normalise.js';
import { SIGNATURES, type InjectionSignature } from './signatures.js';

/** At or above: block the request. */
export const INJECTION_BLOCK_THRESHOLD = 0.8;
/** At or above (and below block): flag it for the guardian arm before planning. */
export const INJECTION_FLAG_THRESHOLD = 0.5;
/** Matches reported per response; the score already counts every rule. */
const MAX_MATCHES = 32;
/** Matches looked at per rule; one is enough to score it, a few give useful spans. */
const MAX_MATCHES_PER_RULE = 4;

export type InjectionBand = 'none' | 'flag' | 'block';

export function injectionBand(score: number): InjectionBand {
  if (score >= INJECTION_BLOCK_THRESHOLD) return 'block';
  if (score >= INJECTION_FLAG_THRESHOLD) return 'flag';
  return 'none';
}

export function detectInjection(text: string, signatures: readonly InjectionSignature[] = SIGNATURES): InjectionResult {
  const norm = normaliseForInjection(text);
  const t = norm.text;
  const matches: InjectionResult['matches'] = [];
  const best = new Map<string, number>();
  for (const sig of signatures) {
    let present = false;
    for (const n of sig.needles) {
      if (t.includes(n)) {
        present = true;
        break;
      }
    }
    if (!present) continue;
    sig.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    let found = 0;
    while (found < MAX_MATCHES_PER_RULE && (m = sig.pattern.exec(t)) !== null) {
      if (m[0].length === 0) {
        sig.pattern.lastIndex++;
        continue;
      }
      found++;
      if (matches.length < MAX_MATCHES) {
        const [start, end] = norm.toOriginal(m.index, m.index + m[0].length);
        matches.push({ rule: sig.rule, start, end });
      }
    }
    if (found > 0 && (best.get(sig.rule) ?? 0) < sig.weight) best.set(sig.rule, sig.weight);
  }
  let miss = 1;
  for (const w of best.values()) miss *= 1 - w;
  const score = Math.round((1 - miss) * 1000) / 1000;
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  return { detected: score >= INJECTION_FLAG_THRESHOLD, score, matches };
}
