// Probes every injection signature with adversarial inputs built from its own needles and pattern words
// (and some general shapes), and lists each signature that takes 50 ms or more on 1 MB of one of them:
// the ReDoS bound. gateway/reflex/test/redos.test.ts checks a fixed set of shapes in CI; this
// looks further, for the cases a fixed list misses (it found the exponential `\S+ ` splitting that WORD
// in dsl.ts now prevents). Some linear but heavy rules still exceed 50 ms here; the script exits 1
// while any does, so it can become a test once they are fixed.
// Usage: npx tsx scripts/redos-probe.ts [--limit-ms 50]
import { SEP } from '../gateway/reflex/injection/dsl.js';
import { SIGNATURES, type InjectionSignature } from '../gateway/reflex/injection/signatures.js';
import { normaliseForInjection } from '../gateway/reflex/injection/normalise.js';

const MB = 1 << 20;
const args = process.argv.slice(2);
const LIMIT_MS = Number(args[args.indexOf('--limit-ms') + 1] ?? 50) || 50;
/** Screening size: a periodic input costs about size × per-unit cost, so 1/16 MB predicts the MB run. */
const SCREEN = MB / 16;
const SCREEN_MS = LIMIT_MS / 16 / 2;

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const VERBS = ['send', 'post', 'upload', 'forward', 'run', 'delete', 'ignore', 'disregard', 'reveal', 'print'];
/** Shapes no one rule asks for but many rules read. */
const GENERAL: Record<string, string> = {
  ...Object.fromEntries(VERBS.map((v) => [`verb ${v}`, `${v} `])),
  'all verbs': VERBS.join(' ') + ' ',
  'verbs, dotted': VERBS.join('. ') + '. ',
  'verb to the': 'send it to the ',
  urls: 'https://a.example/x?d= ',
  'urls unspaced': 'http://a.co/',
  emails: 'a@b.example ',
  quotes: '"a" \'b\' `c` ',
  brackets: '([{<',
  'long word': 'abcdefghij',
  'mixed scripts unspaced': 'aяb漢cعd한eअ',
  'colon lines': 'note: a\n',
};

/** The literal words a pattern spells out (alternatives, optional groups), once each. */
function patternWords(source: string): string[] {
  const plain = source
    .split(SEP)
    .join(' ')
    .replace(/\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|\\./gi, ' ')
    .replace(/\[(?:\\.|[^\]\\])*\]/g, ' ')
    .replace(/\{\d*,?\d*\}/g, ' ')
    .replace(/\(\?(?:<?[=!]|:)/g, ' ');
  return [...new Set(plain.match(/[\p{L}\p{M}'-]{2,}/gu) ?? [])].filter((w) => /\p{L}/u.test(w));
}

/** Repeating units shaped by one signature: needles with separators, needle pairs, its words, its words run together. */
function unitsFor(sig: InjectionSignature): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, unit: string): void => {
    if (unit.trim() !== '' && !out.has(name)) out.set(name, unit);
  };
  const needles = sig.needles.slice(0, 12);
  const words = patternWords(sig.pattern.source);
  for (const n of needles) for (const s of [' ', '\n', '. ', '"']) add(`needle ${JSON.stringify(n + s)}`, n + s);
  for (let i = 0; i + 1 < Math.min(needles.length, 8); i++) add(`needles ${needles[i]}/${needles[i + 1]}`, `${needles[i]} ${needles[i + 1]} `);
  for (const w of words.slice(0, 24)) add(`word ${w}`, w + ' ');
  if (words.length > 0) {
    add('its words', words.join(' ') + ' ');
    add('its words unspaced', words.join(''));
  }
  for (const [name, unit] of Object.entries(GENERAL)) add(name, normaliseForInjection(unit).text);
  return out;
}

/** Best of up to five runs: a GC pause slows one run, super-linear backtracking slows every run. */
function bestMs(pattern: RegExp, text: string, limit: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5 && best >= limit; i++) {
    pattern.lastIndex = 0;
    const start = performance.now();
    let n = 0;
    while (n++ < 1000 && pattern.exec(text) !== null);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

let slow = 0;
const started = performance.now();
SIGNATURES.forEach((sig, i) => {
  if (i % 50 === 0) process.stderr.write(`  ${i}/${SIGNATURES.length} signatures probed\n`);
  for (const [name, unit] of unitsFor(sig)) {
    // 4 KB first: an exponential pattern could take minutes at the screening size
    if (bestMs(sig.pattern, fill(unit, 4096), SCREEN_MS) >= SCREEN_MS) {
      console.log(`#${i} ${sig.rule} on ${name}: over ${SCREEN_MS.toFixed(2)} ms on 4 KB already (super-linear or very heavy)`);
      slow++;
      return;
    }
    if (bestMs(sig.pattern, fill(unit, SCREEN), SCREEN_MS) < SCREEN_MS) continue;
    const ms = bestMs(sig.pattern, fill(unit, MB), LIMIT_MS);
    if (ms >= LIMIT_MS) {
      console.log(`#${i} ${sig.rule} on ${name}: ${ms.toFixed(1)} ms on 1 MB`);
      slow++;
      return; // one case per signature
    }
  }
});
console.log(`${slow} of ${SIGNATURES.length} signatures at or over ${LIMIT_MS} ms on 1 MB of a probe (${((performance.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = slow > 0 ? 1 : 0;
