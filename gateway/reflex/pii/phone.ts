// PHONE: a phone-shaped digit run (7–15 digits, at most six groups) passes a cheap shape and
// density gate, then libphonenumber-js decides: a valid number for its country (international
// form, NANP by default, leading-0 national numbers for common regions, and next to a call word
// national numbers of regions that write none). Fictional NANP numbers
// written in a phone format ("(555) 123-4567") still count: people write them as phone numbers.
// A text gets a budget of library parses (PARSE_BUDGET); past it, shapes decide.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { PiiFinding } from '../../../contracts/reflex.js';
import { contextLookup, hasIdLabelBefore, versionSuffixAt, withContext, type PiiRecognizer } from './recognizer.js';
import { codeAt } from '../string-ops.js';

const CANDIDATE =
  /(?<![\w+./#-]|\d[ .-])(?:\+\d{1,3}[ .-]?|00\d{1,3}[ .-])?(?:\(\d{1,4}\)[ .-]?)?\d{1,8}(?:[ .-]\d{1,8}){0,5}(?!\w|[.-]\d|[ ]\d|@|%|:\d)/g;
/**
 * Words that name a phone or a call, also in the languages whose national numbers have no trunk 0 (NO_TRUNK_REGIONS):
 * the stricter context those numbers need.
 */
const CALL_WORDS = [
  'phone', 'call me', 'call us', 'mobile', 'cell', 'whatsapp', 'sms', 'text me', 'telefon', 'teléfono', 'téléphone', 'handy',
  'me liga', 'ligue', 'ligar', 'zadzwoń', 'zadzwon', 'komórk', 'llámame', 'llamar', 'móvil', 'chiamami', 'chiamare', 'celular',
  'cellulare', 'anrufen', 'ruf mich', 'appelle', 'bel me', 'ring mig', 'ring meg', 'ring på', 'tel.', 'tel:', 'tlf', 'τηλ', 'κινητό',
];
/** Words that make a digit run more likely a phone number: the call words first (contextLookup tells them by index), and looser ones that also sit next to ids. */
const CONTEXT = [
  ...CALL_WORDS,
  'call', 'tel', 'fax', 'contact', 'reach', 'dial', 'hotline', 'my number', 'number is', 'ring', 'portable', '电话', 'номер',
];
const NATIONAL_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'IN', 'IE', 'BE', 'CH', 'AT', 'SE', 'BR', 'JP'];
/**
 * Regions whose national numbers are written without a trunk 0 ("600 712 845" in Poland, "(11) 98765-4321" in Brazil,
 * "347 123 4567" for an Italian mobile). Their shapes are those of any group of digits, so they count only written
 * with separators and next to a call word (CALL_WORDS).
 */
const NO_TRUNK_REGIONS: readonly CountryCode[] = ['PL', 'ES', 'PT', 'BR', 'IT', 'GR', 'CZ', 'DK', 'NO'];
/**
 * libphonenumber parses one text may spend (10–40 µs each, up to one per region for a candidate): without a bound,
 * 256 KB of distinct phone numbers held the event loop for 200–480 ms. Past it a candidate is judged by its shape and
 * fails closed, counting as a phone number wherever the library would have been asked (SHAPE_ONLY), so no number goes
 * unredacted because the text was long. The exception is a national number of a region without a trunk 0: its shape is
 * any group of digits, so past the budget it is tried no more.
 */
export const PARSE_BUDGET = 512;
const SHAPE_ONLY = 0.5;
/** What is left of a text's PARSE_BUDGET; `phoneScore` alone (no text) has no bound. */
export interface ParseBudget {
  left: number;
}
const NANP_SHAPE = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}([ .-]))\d{3}[ .-]\d{4}$/;
const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const IPV4_SHAPE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const DIGIT_RUN = /\d\d/;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * False when libphonenumber cannot find `candidate` (digits and separators, no "+") valid with US as
 * the default country, so its parse (10–40 µs each) can be skipped. With that default a number is
 * valid only as a NANP national number — 10 digits starting with 2–9, or 7 starting with 3 (CA) —
 * after at most two leading 1s (the calling code, then the national prefix), or as an international
 * number after the IDD prefix 011. SSN- and date-like digit runs and leading-0 national numbers
 * never reach the parse. A gate only: true means "ask libphonenumber" (phone.test.ts checks the
 * gate against the library).
 */
export function mayBeValidUs(candidate: string): boolean {
  const n = readDigits(candidate);
  const d = digitScratch;
  if (n >= 3 && d[0] === 0 && d[1] === 1 && d[2] === 1) return true;
  for (let s = 0; s <= 2 && s < n; s++) {
    if (s > 0 && d[s - 1] !== 1) break;
    const rest = n - s;
    if ((rest === 10 && d[s]! >= 2) || (rest === 7 && d[s] === 3)) return true;
  }
  return false;
}

/** The digits of the candidate `readDigits` read last, as numbers 0–9. */
let digitScratch = new Uint8Array(32);
/** Writes the digits of `candidate` into digitScratch; returns how many there are. */
function readDigits(candidate: string): number {
  let n = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = codeAt(candidate, i);
    if (c < 48 || c > 57) continue;
    if (n === digitScratch.length) {
      const grown = new Uint8Array(2 * n);
      grown.set(digitScratch);
      digitScratch = grown;
    }
    digitScratch[n++] = c - 48;
  }
  return n;
}

/** The digit groups of a candidate (its runs between separators " .()-"), as `phoneScore` reads them. */
const groups = { count: 0, firstLength: 0, lastLength: 0, firstDigit: -1, allThree: true, dots: 0 };
/** Reads `candidate`'s groups into `groups` in one pass (what split(/[ .()-]+/) without empty strings would give). */
function readGroups(candidate: string): void {
  groups.count = 0;
  groups.firstLength = 0;
  groups.lastLength = 0;
  groups.firstDigit = -1;
  groups.allThree = true;
  groups.dots = 0;
  let length = 0;
  for (let i = 0; i <= candidate.length; i++) {
    const c = i < candidate.length ? codeAt(candidate, i) : 32;
    const separator = c === 32 || c === 46 || c === 40 || c === 41 || c === 45;
    if (c === 46) groups.dots++;
    if (!separator) {
      if (length === 0 && groups.count === 0) groups.firstDigit = c;
      length++;
      continue;
    }
    if (length === 0) continue;
    if (groups.count === 0) groups.firstLength = length;
    groups.count++;
    groups.lastLength = length;
    if (length !== 3) groups.allThree = false;
    length = 0;
  }
}

/** `candidate` parsed for `region` (undefined: not a number), or false once `budget` is spent. */
function parse(candidate: string, region: CountryCode | undefined, budget: ParseBudget): PhoneNumber | undefined | false {
  if (budget.left <= 0) return false;
  budget.left--;
  return parsePhoneNumberFromString(candidate, region);
}

/**
 * Score for a phone-shaped candidate, or 0 when it is not a phone number. `context`: a phone word is near (CONTEXT);
 * `callWord`: one of the stricter CALL_WORDS is; `budget`: the parses its text has left (PARSE_BUDGET).
 */
export function phoneScore(candidate: string, context: boolean, callWord = false, budget: ParseBudget = { left: Infinity }): number {
  const digits = countDigits(candidate);
  if (digits < 7 || digits > 15) return 0;
  // density gate: separators and parentheses are fine, but not a mostly-punctuation run
  if (digits / candidate.length < 0.6) return 0;
  if (DATE_SHAPE.test(candidate) || IPV4_SHAPE.test(candidate)) return 0;
  const bare = digits === candidate.length;
  if (bare && !context) return 0; // an unformatted digit run is an id unless someone calls it a phone
  readGroups(candidate);
  if (groups.dots === 1 && !candidate.includes(' ') && !candidate.includes('-')) return 0; // a decimal number
  if (candidate.startsWith('+') || candidate.startsWith('00')) {
    // an explicit country code is strong evidence; fictional ranges (UK 07700 900xxx) are only "possible"
    const p = parse(candidate.startsWith('+') ? candidate : `+${candidate.slice(2)}`, undefined, budget);
    return p === false ? SHAPE_ONLY : p?.isValid() ? 0.75 : p?.isPossible() ? 0.6 : 0;
  }
  // no national or NANP format has more than five groups ("07 12 23 34 41 45" is a list of numbers)
  if (groups.count > 5) return 0;
  // ISBN-like "0-306-40615-2" (a lone digit at either end, other than NANP's leading 1) and
  // thousands-grouped "123 456 789" are not how phone numbers are written
  if (groups.count > 1 && (groups.lastLength === 1 || (groups.firstLength === 1 && groups.firstDigit !== 49))) return 0;
  const trunk = groups.firstDigit === 48;
  if (groups.count > 2 && groups.allThree) return callWord && !trunk ? noTrunkScore(candidate, budget) : 0;
  if (mayBeValidUs(candidate)) {
    const us = parse(candidate, 'US', budget);
    if (us === false) return SHAPE_ONLY;
    if (us?.isValid()) return bare ? 0.55 : 0.7;
  }
  if (NANP_SHAPE.test(candidate)) return 0.5;
  // leading-0 national numbers, also with the area code in parentheses: "(02) 9374 4000"
  if (trunk && (!bare || context)) {
    for (const region of NATIONAL_REGIONS) {
      const p = parse(candidate, region, budget);
      if (p === false) return SHAPE_ONLY;
      if (p?.isValid()) return 0.6;
    }
  }
  return callWord && !bare && !trunk ? noTrunkScore(candidate, budget) : 0;
}

/** A valid national number of a region without a trunk 0 (NO_TRUNK_REGIONS): 0.5, else 0. Only asked next to a call word. */
function noTrunkScore(candidate: string, budget: ParseBudget): number {
  for (const region of NO_TRUNK_REGIONS) {
    const p = parse(candidate, region, budget);
    if (p === false) return 0;
    if (p?.isValid()) return 0.5;
  }
  return 0;
}

export const phoneRecognizer: PiiRecognizer = {
  type: 'PHONE',
  analyze(text: string, out: PiiFinding[]): void {
    if (!DIGIT_RUN.test(text)) return;
    CANDIDATE.lastIndex = 0;
    const budget: ParseBudget = { left: PARSE_BUDGET };
    const near = contextLookup(text, CONTEXT);
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(text)) !== null) {
      const candidate = m[0];
      if (candidate.length < 7) continue;
      const start = m.index;
      const end = start + candidate.length;
      // a label right before ("order #", "dial-in code") makes it an id, whatever phone word is near
      if (versionSuffixAt(text, end) || hasIdLabelBefore(text, start)) continue;
      const word = near(start, end);
      const context = word !== -1;
      const callWord = word !== -1 && word < CALL_WORDS.length;
      const score = phoneScore(candidate, context, callWord, budget);
      if (score > 0) out.push({ type: 'PHONE', start, end, score: withContext(score, context) });
    }
  },
};
