// Runs every recogniser over the original text and merges their findings: sorted by start, and where
// two findings overlap the more confident one wins (ties: the longer span), as Presidio's registry does.
// Adding an entity type is adding a recogniser file and listing it here.
import type { PiiFinding } from '../../../contracts/reflex.js';
import { creditCardRecognizer } from './credit-card.js';
import { emailRecognizer } from './email.js';
import { foldFullwidth } from './fullwidth.js';
import { ibanRecognizer } from './iban.js';
import { ipAddressRecognizer } from './ip-address.js';
import { phoneRecognizer } from './phone.js';
import type { PiiRecognizer } from './recognizer.js';
import { secretRecognizer } from './secret.js';
import { ssnRecognizer } from './ssn.js';

/** Every built-in recogniser, most specific first (order only matters for exact score ties). */
export const DEFAULT_RECOGNIZERS: readonly PiiRecognizer[] = [
  secretRecognizer,
  emailRecognizer,
  ibanRecognizer,
  creditCardRecognizer,
  ssnRecognizer,
  ipAddressRecognizer,
  phoneRecognizer,
];

const byStart = (a: PiiFinding, b: PiiFinding): number => a.start - b.start || b.end - a.end;

/** Keeps, among overlapping findings, the one with the higher score (then the longer one). Input sorted by start. */
export function mergeOverlaps(sorted: PiiFinding[]): PiiFinding[] {
  if (sorted.length < 2) return sorted;
  const kept: PiiFinding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || f.start >= last.end) {
      kept.push(f);
      continue;
    }
    const better = f.score > last.score || (f.score === last.score && f.end - f.start > last.end - last.start);
    if (better) {
      kept.pop();
      // the winner may also overlap findings kept before the loser
      while (kept.length > 0 && kept[kept.length - 1]!.end > f.start) {
        const prev = kept[kept.length - 1]!;
        if (prev.score > f.score) break;
        kept.pop();
      }
      const prev = kept[kept.length - 1];
      if (prev === undefined || prev.end <= f.start) kept.push(f);
    }
  }
  return kept;
}

/** All PII findings in `text`, sorted by start, overlaps merged; fullwidth forms read as ASCII (./fullwidth.ts). */
export function findPii(text: string, recognizers: readonly PiiRecognizer[] = DEFAULT_RECOGNIZERS): PiiFinding[] {
  const found: PiiFinding[] = [];
  const ascii = foldFullwidth(text);
  for (const r of recognizers) r.analyze(ascii, found);
  if (found.length > 1) found.sort(byStart);
  return mergeOverlaps(found);
}
