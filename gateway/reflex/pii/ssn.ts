// SSN: AAA-GG-SSSS (dashes, spaces or dots, used consistently) checked against the SSA's rules:
// area not 000, 666 or 9xx; group not 00; serial not 0000. Nine bare digits count only next to
// SSN context words, because a bare 9-digit number is far more often an id.
import type { PiiFinding } from '../../../contracts/reflex.js';
import { contextLookup, hasIdLabelBefore, withContext, type PiiRecognizer } from './recognizer.js';

const SEPARATED = /(?<![\w.-]|\d[ ])(\d{3})([- .])(\d{2})\2(\d{4})(?![\w]|[-.]\d|[ ]\d)/g;
const BARE = /(?<![\w.-])(\d{3})(\d{2})(\d{4})(?![\w]|[-.]\d)/g;
const CONTEXT = ['ssn', 'my social', 'social security', 'social-security', 'soc sec', 'tax id', 'taxpayer', 'itin', 'ss#', 'ss #', 'sozialversicherung'];
/** Numbers the SSA voided after they were published (e.g. on a wallet insert). */
const VOIDED = new Set(['078051120', '219099999']);

export function ssnValid(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  const all = area + group + serial;
  if (VOIDED.has(all)) return false;
  if (/^(\d)\1{8}$/.test(all)) return false; // 111-11-1111 and friends are placeholders
  return true;
}

export const ssnRecognizer: PiiRecognizer = {
  type: 'SSN',
  analyze(text: string, out: PiiFinding[]): void {
    const near = contextLookup(text, CONTEXT);
    let m: RegExpExecArray | null;
    SEPARATED.lastIndex = 0;
    while ((m = SEPARATED.exec(text)) !== null) {
      if (!ssnValid(m[1]!, m[3]!, m[4]!)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const context = near(start, end) !== -1;
      // "123 45 6789" or "123.45.6789" is an SSN only when something says so; dashes are the SSN's own
      // format, unless a label makes the number an identifier ("Lot 482-19-5531")
      if ((m[2] !== '-' || hasIdLabelBefore(text, start)) && !context) continue;
      out.push({ type: 'SSN', start, end, score: withContext(0.75, context) });
    }
    BARE.lastIndex = 0;
    while ((m = BARE.exec(text)) !== null) {
      const start = m.index;
      const end = start + 9;
      if (!ssnValid(m[1]!, m[2]!, m[3]!) || near(start, end) === -1) continue;
      out.push({ type: 'SSN', start, end, score: 0.7 });
    }
  },
};
