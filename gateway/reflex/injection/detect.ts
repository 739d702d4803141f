// Prompt-injection detection: normalise, run the signatures whose needles occur, combine the
// weights of the distinct rules that matched into one score (noisy-OR: independent evidence adds up,
// nothing subtracts — benign words elsewhere in the text can never lower a score).
import type { InjectionResult } from '../../../contracts/reflex.js';
import { normaliseForInjection } from './normalise.js';
import { SIGNATURES, type InjectionSignature } from './signatures.js';
import { buildTriggerIndex, windowsAround, type TriggerIndex } from './triggers.js';

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

const DEFAULT_INDEX = buildTriggerIndex(SIGNATURES);
const indexes = new WeakMap<readonly InjectionSignature[], TriggerIndex>([[SIGNATURES, DEFAULT_INDEX]]);

export function detectInjection(text: string, signatures: readonly InjectionSignature[] = SIGNATURES): InjectionResult {
  const norm = normaliseForInjection(text);
  const t = norm.text;
  let index = indexes.get(signatures);
  if (!index) indexes.set(signatures, (index = buildTriggerIndex(signatures)));
  const triggered = index.triggered(t);
  const matches: InjectionResult['matches'] = [];
  // evidence is combined per signature, so distinct weak signals add up even when they share a rule name
  let miss = 1;
  for (let i = 0; i < signatures.length; i++) {
    const positions = triggered[i];
    if (!positions) continue;
    const sig = signatures[i]!;
    let found = 0;
    for (const [ws, we] of windowsAround(t, positions)) {
      const win = ws === 0 && we === t.length ? t : t.slice(ws, we);
      sig.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (found < MAX_MATCHES_PER_RULE && (m = sig.pattern.exec(win)) !== null) {
        if (m[0].length === 0) {
          sig.pattern.lastIndex++;
          continue;
        }
        if (sig.verify && !sig.verify.test(m[0])) continue;
        found++;
        if (matches.length < MAX_MATCHES) {
          const [start, end] = norm.toOriginal(ws + m.index, ws + m.index + m[0].length);
          matches.push({ rule: sig.rule, start, end });
        }
      }
      if (found >= MAX_MATCHES_PER_RULE) break;
    }
    if (found > 0) miss *= 1 - sig.weight;
  }
  const score = Math.round((1 - miss) * 1000) / 1000;
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  return { detected: score >= INJECTION_FLAG_THRESHOLD, score, matches };
}
