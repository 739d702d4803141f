// IBAN: two-letter country, two check digits, then the BBAN (print format with spaces or compact),
// trimmed to the country's fixed length and confirmed by the ISO 13616 mod-97 checksum.
import type { PiiFinding } from '../../../contracts/reflex.js';
import { contextLookup, withContext, type PiiRecognizer } from './recognizer.js';
import { codeAt } from '../string-ops.js';

/** IBAN length per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

// Country + check digits, then up to 30 alphanumerics optionally grouped by single spaces.
const CANDIDATE = /(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,30})/g;
const CONTEXT = ['iban', 'bank', 'account', 'transfer', 'wire', 'sepa', 'konto', 'cuenta', 'compte', 'bic', 'swift'];

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed in chunks so no bigint is needed. */
export function ibanChecksumValid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = codeAt(rearranged, i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

export function ibanValid(compact: string): boolean {
  const len = IBAN_LENGTHS[compact.slice(0, 2)];
  return len !== undefined && compact.length === len && ibanChecksumValid(compact);
}

export const ibanRecognizer: PiiRecognizer = {
  type: 'IBAN',
  analyze(text: string, out: PiiFinding[]): void {
    const near = contextLookup(text, CONTEXT);
    CANDIDATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(text)) !== null) {
      const len = IBAN_LENGTHS[m[1]!];
      if (len === undefined) {
        CANDIDATE.lastIndex = m.index + 1;
        continue;
      }
      // The greedy body may run into a following word: take exactly `len` alphanumerics.
      const start = m.index;
      let end = start;
      let compact = '';
      while (end < text.length && compact.length < len) {
        const ch = text[end]!;
        if (ch !== ' ') compact += ch;
        else if (text[end + 1] === ' ') break;
        end++;
      }
      const after = codeAt(text, end);
      const runsOn = (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122);
      if (compact.length !== len || runsOn || !ibanValid(compact)) {
        CANDIDATE.lastIndex = start + 1;
        continue;
      }
      CANDIDATE.lastIndex = end;
      out.push({ type: 'IBAN', start, end, score: withContext(0.9, near(start, end) !== -1) });
    }
  },
};
