// EMAIL: found from each '@' outward (linear, no regex backtracking), then validated as
// local-part@domain with a real-looking TLD. URL userinfo (scheme://user:pass@host) is not an email.
// Internationalised addresses (RFC 6531 local parts, IDN domains: "müller@bücher.de", "用户@例子.广告") are
// found whole: the ASCII scans stay as they are, and only a non-ASCII code unit where they stop costs
// Unicode lookups (email-script.ts, which also says where such an address ends in unspaced text).
import type { PiiFinding } from '../../../contracts/reflex.js';
import { extendDomain, extendLocal } from './email-script.js';
import { hasContext, isAsciiLetterCode, isDigitCode, withContext, type PiiRecognizer } from './recognizer.js';
import { codeAt, createCodeUnitReader, indexIn, sliceOf } from '../string-ops.js';

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

const NON_ASCII = /[^\0-\x7f]/;
const ASCII = /[\0-\x7f]/;

function validLabels(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-')) return false;
  }
  return true;
}

function validAsciiTld(tld: string): boolean {
  if (tld.startsWith('xn--')) return true;
  if (tld.length < 2 || tld.length > 24 || !/^[a-z]+$/.test(tld)) return false;
  return !FILE_TLDS.has(tld);
}

/**
 * A domain with a real-looking TLD. Internationalised ones were admitted by the scan only as letters, marks,
 * digits, "." and "-", so the labels' shape and the TLD are what is left to check. Not converted to punycode
 * (url.domainToASCII): at about a microsecond a candidate, a text of many short Unicode addresses would cost it
 * hundreds of ms per MB.
 */
export function validEmailDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (!validLabels(labels)) return false;
  const tld = labels[labels.length - 1]!;
  if (!NON_ASCII.test(tld)) return validAsciiTld(tld.toLowerCase());
  // a Unicode TLD is letters of one kind — never ASCII mixed in ("example.comé" is a word run on to
  // the address), at least two of them and one a letter
  return !ASCII.test(tld) && [...tld].length >= 2 && /\p{L}/u.test(tld);
}

/** The checks on a candidate local@domain [s, e), "@" at `at`, other than the domain's. */
function plausible(text: string, s: number, at: number, e: number): boolean {
  const before = s > 0 ? codeAt(text, s - 1) : 0;
  // scheme://user:pass@host, https://user@host, "@@"
  const mailto = before === 58 && sliceOf(text, Math.max(0, s - 7), s).toLowerCase() === 'mailto:';
  if ((before === 58 && !mailto) || before === 47 || before === 64) return false;
  const local = sliceOf(text, s, at);
  if (local.includes('..') || local.endsWith('.')) return false;
  return !(local === 'git' && codeAt(text, e) === 58); // git@github.com:org/repo.git
}

const finding = (text: string, s: number, e: number): PiiFinding => ({ type: 'EMAIL', start: s, end: e, score: withContext(0.85, hasContext(text, s, e, CONTEXT)) });

/**
 * The recogniser's loop from the "@" at `at` on, for a text with a non-ASCII character next to an
 * address: each scan that stops at one goes on over Unicode (email-script.ts). A function of its own so
 * the ASCII loop's compiled code stays as small as it was.
 */
function analyzeUnicode(text: string, codes: Uint16Array, at: number, out: PiiFinding[]): void {
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
    if (!validEmailDomain(sliceOf(text, next + 1, e))) {
      // "support@example.comé": the address is the ASCII part before the word run on to it
      if (asciiEnd === -1 || asciiEnd >= e) continue;
      e = asciiEnd;
      while (e > next + 1 && (codes[e - 1] === 46 || codes[e - 1] === 45)) e--;
      if (!validEmailDomain(sliceOf(text, next + 1, e))) continue;
    }
    if (plausible(text, s, next, e)) out.push(finding(text, s, e));
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
        analyzeUnicode(text, codes, at, out);
        return;
      }
      while (s < at && codes[s] === 46) s++; // a leading dot ends a sentence, not a local part
      while (e > at + 1 && (codes[e - 1] === 46 || codes[e - 1] === 45)) e--; // trailing "." ends the sentence
      const next = at;
      at = e > at ? e : at + 1;
      while (at < n && codes[at] !== 64) at++;
      if (at >= n) at = -1;
      if (s === next || e === next + 1 || !dot) continue; // a domain has a dot: most stray "@"s end here, cheaply
      if (plausible(text, s, next, e) && validEmailDomain(sliceOf(text, next + 1, e))) out.push(finding(text, s, e));
    }
  },
};
