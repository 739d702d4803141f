// EMAIL: found from each '@' outward (linear, no regex backtracking), then validated as
// local-part@domain with a real-looking TLD. URL userinfo (scheme://user:pass@host) is not an email.
import type { PiiFinding } from '../../../contracts/reflex.js';
import { hasContext, isAsciiLetterCode, isDigitCode, withContext, type PiiRecognizer } from './recognizer.js';
import { codeAt, createCodeUnitReader, indexIn, sliceOf } from '../string-ops.js';

const MAX_LOCAL = 64;
const readCodes = createCodeUnitReader();
const MAX_DOMAIN = 253;
const CONTEXT = ['email', 'e-mail', 'mail', 'contact', 'reach', 'send', 'address'];
/** "icon@2x.png" and friends: a file name, not an address. */
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'ts', 'mjs', 'css', 'json', 'md', 'txt', 'html', 'py', 'rb', 'java', 'go', 'rs', 'yml', 'yaml', 'lock', 'zip', 'tar', 'gz']);

function isLocalChar(c: number): boolean {
  // letters, digits and . _ % + - ' (RFC 5322 atext subset seen in practice)
  return isAsciiLetterCode(c) || isDigitCode(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isDomainChar(c: number): boolean {
  return isAsciiLetterCode(c) || isDigitCode(c) || c === 46 || c === 45;
}

export function validEmailDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (tld.startsWith('xn--')) return true;
  if (tld.length < 2 || tld.length > 24 || !/^[a-z]+$/.test(tld)) return false;
  return !FILE_TLDS.has(tld);
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
      while (s < at && codes[s] === 46) s++; // a leading dot ends a sentence, not a local part
      let e = at + 1;
      let dot = false;
      while (e < n && e - at <= MAX_DOMAIN && isDomainChar(codes[e]!)) {
        if (codes[e] === 46) dot = true;
        e++;
      }
      while (e > at + 1 && (codes[e - 1] === 46 || codes[e - 1] === 45)) e--; // trailing "." ends the sentence
      const next = at;
      at = e > at ? e : at + 1;
      while (at < n && codes[at] !== 64) at++;
      if (at >= n) at = -1;
      if (s === next || e === next + 1 || !dot) continue; // a domain has a dot: most stray "@"s end here, cheaply
      const before = s > 0 ? codeAt(text, s - 1) : 0;
      // scheme://user:pass@host, https://user@host, "@@"
      const mailto = before === 58 && sliceOf(text, Math.max(0, s - 7), s).toLowerCase() === 'mailto:';
      if ((before === 58 && !mailto) || before === 47 || before === 64) continue;
      const local = sliceOf(text, s, next);
      if (local.includes('..') || local.endsWith('.')) continue;
      if (local === 'git' && codeAt(text, e) === 58) continue; // git@github.com:org/repo.git
      if (!validEmailDomain(sliceOf(text, next + 1, e))) continue;
      out.push({ type: 'EMAIL', start: s, end: e, score: withContext(0.85, hasContext(text, s, e, CONTEXT)) });
    }
  },
};
