// IP_ADDRESS: dotted-quad and colon-hex candidates confirmed by node's own IP parser
// (net.isIPv4 / net.isIPv6), so 999.1.1.1, 1.2.3.4.5 and "std::vector" never count.
import { isIPv4, isIPv6 } from 'node:net';
import type { PiiFinding } from '../../../contracts/reflex.js';
import { contextLookup, hasLabelBefore, versionSuffixAt, withContext, type PiiRecognizer } from './recognizer.js';
import { codeAt, indexIn } from '../string-ops.js';

// Not part of a longer dotted run (OIDs, version strings like 1.2.3.4.5).
const V4 = /(?<![\w.]|\.\d)(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)/g;
// Colon-hex runs; isIPv6 does the real parsing. The optional %zone suffix is kept out of the span.
const V6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}|:)(?:[0-9A-Fa-f:.]){2,44}(?![\w:])/g;
const CONTEXT = ['ip', 'address', 'host', 'server', 'client', 'connect', 'from', 'login', 'ssh', 'ping'];
const isHexOrDot = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;
const isWordColonDot = (c: number): boolean => (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;

/**
 * Where the V6 scan can start: every address we accept holds two colons with only hex digits and
 * dots between them, so before the first such pair no V6 match can be accepted, and V6 matches never
 * cross the start of the [\w:.] run holding it. -1 when the text has no such pair.
 */
function v6ScanStart(text: string): number {
  for (let at = indexIn(text, ':'); at !== -1; at = indexIn(text, ':', at + 1)) {
    let j = at + 1;
    while (j < text.length && j - at <= 45 && isHexOrDot(codeAt(text, j))) j++;
    if (j - at > 45 || codeAt(text, j) !== 58) continue;
    let s = at;
    while (s > 0 && isWordColonDot(codeAt(text, s - 1))) s--;
    return s;
  }
  return -1;
}

/** "v1.2.3.4", "version 10.0.19041.1", "section 3.2.1.4": dotted version and outline numbers, not addresses. */
const VERSION_LABELS = ['version', 'ver.', 'release', 'build', 'firmware', 'os ', 'section', 'clause', 'chapter', 'paragraph', 'para.', '§', 'article',
  'art.', 'figure', 'fig.', 'table', 'appendix', 'annex', 'oid', 'requirement', 'req.', 'room', 'floor', 'building'];

export const ipAddressRecognizer: PiiRecognizer = {
  type: 'IP_ADDRESS',
  analyze(text: string, out: PiiFinding[]): void {
    const near = contextLookup(text, CONTEXT);
    let m: RegExpExecArray | null;
    V4.lastIndex = 0;
    while ((m = V4.exec(text)) !== null) {
      if (!isIPv4(m[0]) || m[0] === '0.0.0.0') continue; // the unspecified address is configuration, not a host
      const start = m.index;
      const end = start + m[0].length;
      const prev = codeAt(text, start - 1);
      if (prev === 118 || prev === 86) continue; // "v1.2.3.4"
      if (versionSuffixAt(text, end)) continue; // "10.11.12.13-beta"
      const context = near(start, end) !== -1;
      if (hasLabelBefore(text, start, VERSION_LABELS, 12) && !context) continue;
      out.push({ type: 'IP_ADDRESS', start, end, score: withContext(0.8, context) });
    }
    const v6From = v6ScanStart(text);
    if (v6From < 0) return;
    V6.lastIndex = v6From;
    while ((m = V6.exec(text)) !== null) {
      let s = m[0];
      while (s.endsWith('.')) s = s.slice(0, -1); // sentence end
      let colons = 0;
      let digit = false;
      for (let i = 0; i < s.length; i++) {
        const c = codeAt(s, i);
        if (c === 58) colons++;
        else if (c >= 48 && c <= 57) digit = true;
      }
      // "a::b" or "dead:beef" in code is rarely an address; require a digit and either "::" or 3+ colons.
      if (colons < 2 || !digit || (!s.includes('::') && colons < 3)) continue;
      if (!isIPv6(s)) continue;
      const start = m.index;
      const end = start + s.length;
      out.push({ type: 'IP_ADDRESS', start, end, score: withContext(0.8, near(start, end) !== -1) });
    }
  },
};
