// EMAIL: found from each '@' outward (linear, no regex backtracking), then validated as
// local-part@domain with a real-looking TLD. URL userinfo (scheme://user:pass@host) is not an email.
// Internationalised addresses (RFC 6531 local parts, IDN domains: "müller@bücher.de", "用户@例子.广告") are
// found whole: the ASCII scans stay as they are, and only a non-ASCII code unit where they stop costs
// Unicode lookups (email-script.ts, which also says where such an address ends in unspaced text).
import type { PiiFinding } from '../../../contracts/reflex.js';
import { extendDomain, extendLocal } from './email-script.js';
import { contextLookup, isAsciiLetterCode, isDigitCode, withContext, type PiiRecognizer } from './recognizer.js';
import { codeAt, createCodeUnitReader, indexIn, sliceOf, startsWithAt } from '../string-ops.js';

const MAX_LOCAL = 64;
const readCodes = createCodeUnitReader();
const MAX_DOMAIN = 253;
const CONTEXT = ['email', 'e-mail', 'mail', 'contact', 'reach', 'send', 'address'];
/** "icon@2x.png" and friends: a file name, not an address. */
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'ts', 'mjs', 'css', 'json', 'md', 'txt', 'html', 'py', 'rb', 'java', 'go', 'rs', 'yml', 'yaml', 'lock', 'zip', 'tar', 'gz']);

function isLocalChar(c: number): boolean {
  // letters, digits and . _ % + - (RFC 5322 atext subset seen in practice)
  return isAsciiLetterCode(c) || isDigitCode(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isDomainChar(c: number): boolean {
  return isAsciiLetterCode(c) || isDigitCode(c) || c === 46 || c === 45;
}

const LETTER = /\p{L}/u;
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Whether codes[from, to) of `text` is a domain with a real-looking TLD: two or more labels of 1–63 code units,
 * none starting or ending with "-". Internationalised ones were admitted by the scan only as letters, marks, digits,
 * "." and "-", so the labels' shape and the TLD are what is left to check. Read in place, without splitting: a
 * megabyte of short Unicode addresses is 150,000 candidates. Not converted to punycode (url.domainToASCII): at about
 * a microsecond a candidate, that alone would cost 150 ms.
 */
function validDomainAt(text: string, codes: Uint16Array, from: number, to: number): boolean {
  let labels = 0;
  let label = from;
  for (let i = from; i <= to; i++) {
    if (i < to && codes[i] !== 46) continue;
    if (i === label || i - label > 63 || codes[label] === 45 || codes[i - 1] === 45) return false;
    labels++;
    if (i < to) label = i + 1;
  }
  if (labels < 2) return false;
  // the TLD, [label, to): all ASCII, or (internationalised) none of it
  let ascii = 0;
  let codePoints = 0;
  for (let i = label; i < to; i++) {
    const c = codes[i]!;
    if (c < 128) ascii++;
    if (c < 0xdc00 || c > 0xdfff || i === label || codes[i - 1]! < 0xd800 || codes[i - 1]! > 0xdbff) codePoints++;
  }
  const length = to - label;
  if (ascii === length) {
    if (length >= 4 && lowerAscii(codes[label]!) === 120 && lowerAscii(codes[label + 1]!) === 110 && codes[label + 2] === 45 && codes[label + 3] === 45) return true; // xn--
    if (length < 2 || length > 24) return false;
    for (let i = label; i < to; i++) if (lowerAscii(codes[i]!) < 97 || lowerAscii(codes[i]!) > 122) return false;
    return !FILE_TLDS.has(sliceOf(text, label, to).toLowerCase());
  }
  // a Unicode TLD is letters of one kind — never ASCII mixed in ("example.comé" is a word run on to
  // the address), at least two of them and one a letter
  return ascii === 0 && codePoints >= 2 && LETTER.test(sliceOf(text, label, to));
}

const readDomainCodes = createCodeUnitReader();
/** `validDomainAt` for a domain on its own. */
export function validEmailDomain(domain: string): boolean {
  return validDomainAt(domain, readDomainCodes(domain), 0, domain.length);
}

/** The checks on a candidate local@domain [s, e), "@" at `at`, other than the domain's. */
function plausible(text: string, s: number, at: number, e: number): boolean {
  const before = s > 0 ? codeAt(text, s - 1) : 0;
  // scheme://user:pass@host, https://user@host, "@@"
  const mailto = before === 58 && sliceOf(text, Math.max(0, s - 7), s).toLowerCase() === 'mailto:';
  if ((before === 58 && !mailto) || before === 47 || before === 64) return false;
  // no ".." in the local part, and no "." at its end (read in place: a text can hold 150,000 candidates a megabyte)
  for (let i = s + 1; i <= at; i++) if (codeAt(text, i - 1) === 46 && (i === at || codeAt(text, i) === 46)) return false;
  return !(at - s === 3 && codeAt(text, e) === 58 && startsWithAt(text, 'git', s)); // git@github.com:org/repo.git
}

/** Which context word is near [start, end), or -1 (contextLookup). */
type Near = (start: number, end: number) => number;
const finding = (near: Near, s: number, e: number): PiiFinding => ({ type: 'EMAIL', start: s, end: e, score: withContext(0.85, near(s, e) !== -1) });

/**
 * The recogniser's loop from the "@" at `at` on, for a text with a non-ASCII character next to an
 * address: each scan that stops at one goes on over Unicode (email-script.ts). A function of its own so
 * the ASCII loop's compiled code stays as small as it was.
 */
function analyzeUnicode(text: string, codes: Uint16Array, at: number, near: Near, out: PiiFinding[]): void {
  const n = codes.length;
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < MAX_LOCAL && isLocalChar(codes[s - 1]!)) s--;
    if (s > 0 && at - s < MAX_LOCAL && codes[s - 1]! >= 128) s = extendLocal(codes, s, at, at - MAX_LOCAL);
    while (s < at && codes[s] === 46) s++;
    let e = at + 1;
    let dot = false;
    while (e < n && e - at <= MAX_DOMAIN && isDomainChar(codes[e]!)) {
      if (codes[e] === 46) dot = true;
      e++;
    }
    // where the domain's first non-ASCII character is: the fallback when the Unicode domain is not valid
    let asciiEnd = -1;
    if (e < n && e - at <= MAX_DOMAIN && codes[e]! >= 128) {
      asciiEnd = e;
      e = extendDomain(codes, e, at, at + MAX_DOMAIN + 1);
      for (let i = asciiEnd; i < e && !dot; i++) dot = codes[i] === 46;
    }
    while (e > at + 1 && (codes[e - 1] === 46 || codes[e - 1] === 45)) e--;
    const next = at;
    at = e > at ? e : at + 1;
    while (at < n && codes[at] !== 64) at++;
    if (at >= n) at = -1;
    if (s === next || e === next + 1 || !dot) continue;
    if (!validDomainAt(text, codes, next + 1, e)) {
      // "support@example.comé": the address is the ASCII part before the word run on to it
      if (asciiEnd === -1 || asciiEnd >= e) continue;
      e = asciiEnd;
      while (e > next + 1 && (codes[e - 1] === 46 || codes[e - 1] === 45)) e--;
      if (!validDomainAt(text, codes, next + 1, e)) continue;
    }
    if (plausible(text, s, next, e)) out.push(finding(near, s, e));
  }
}

export const emailRecognizer: PiiRecognizer = {
  type: 'EMAIL',
  analyze(text: string, out: PiiFinding[]): void {
    let at = indexIn(text, '@');
    if (at === -1) return;
    // the scans around each "@" read code units from a typed array: a text of "a@a@a@…" has one per two characters
    const codes = readCodes(text);
    const n = codes.length;
    const near = contextLookup(text, CONTEXT);
    while (at !== -1) {
      let s = at;
      while (s > 0 && at - s < MAX_LOCAL && isLocalChar(codes[s - 1]!)) s--;
      let e = at + 1;
      let dot = false;
      while (e < n && e - at <= MAX_DOMAIN && isDomainChar(codes[e]!)) {
        if (codes[e] === 46) dot = true;
        e++;
      }
      if ((s > 0 && at - s < MAX_LOCAL && codes[s - 1]! >= 128) || (e < n && e - at <= MAX_DOMAIN && codes[e]! >= 128)) {
        analyzeUnicode(text, codes, at, near, out);
        return;
      }
      while (s < at && codes[s] === 46) s++; // a leading dot ends a sentence, not a local part
      while (e > at + 1 && (codes[e - 1] === 46 || codes[e - 1] === 45)) e--; // trailing "." ends the sentence
      const next = at;
      at = e > at ? e : at + 1;
      while (at < n && codes[at] !== 64) at++;
      if (at >= n) at = -1;
      if (s === next || e === next + 1 || !dot) continue; // a domain has a dot: most stray "@"s end here, cheaply
      if (plausible(text, s, next, e) && validDomainAt(text, codes, next + 1, e)) out.push(finding(near, s, e));
    }
  },
};
