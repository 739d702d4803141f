// CREDIT_CARD: 13–19 digits in card-like groups, confirmed by the Luhn checksum and a known
// issuer (IIN) range for that length. Luhn alone passes one random number in ten.
import type { PiiFinding } from '../../../contracts/reflex.js';
import { contextLookup, withContext, type PiiRecognizer } from './recognizer.js';
import { codeAt } from '../string-ops.js';

// Not preceded by a word char, a dot, or a digit+separator (so we never start mid-number).
// Either 13–19 contiguous digits or 4-digit lead + groups (4-4-4-4, 4-6-5, 4-4-4-4-3) with one separator.
const CANDIDATE = /(?<![\w.]|\d[ -])(?:\d{13,19}|\d{4}([ -])\d{3,6}(?:\1\d{3,5}){1,3}(?!\1\d))(?!\w)/g;
const CONTEXT = ['card', 'visa', 'mastercard', 'amex', 'american express', 'credit', 'debit', 'cc', 'payment', 'discover', 'pay with', 'charge'];

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = codeAt(digits, i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether the number's leading digits and length belong to a card scheme that issues that length. */
export function knownIssuer(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // Amex
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p3 === 309) return n >= 14 && n <= 19; // Diners
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19; // Maestro
  if (p2 === 35 || p4 === 2131 || p4 === 1800) return n === 15 || n === 16; // older JCB
  return false;
}

export const creditCardRecognizer: PiiRecognizer = {
  type: 'CREDIT_CARD',
  analyze(text: string, out: PiiFinding[]): void {
    const near = contextLookup(text, CONTEXT);
    CANDIDATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(text)) !== null) {
      const raw = m[0];
      const digits = m[1] ? raw.replaceAll(m[1], '') : raw;
      if (digits.length < 13 || digits.length > 19) continue;
      if (!luhnValid(digits) || !knownIssuer(digits)) continue;
      const start = m.index;
      const end = start + raw.length;
      out.push({ type: 'CREDIT_CARD', start, end, score: withContext(0.85, near(start, end) !== -1) });
    }
  },
};
