// Adversarial inputs for the ReDoS bound (1 MB through every recogniser and signature in < 50 ms) and
// the timer that checks it, shared by test/redos.test.ts and scripts/redos-probe.ts: a fixed set of
// shapes, and per signature the units built from its own needles and pattern words, each repeated to
// 1 MB (a signature is slowest on text dense with the words it starts and reads).
import { SEP } from '../injection/dsl.js';
import { normaliseForInjection } from '../injection/normalise.js';
import type { InjectionSignature } from '../injection/signatures.js';

export const MB = 1 << 20;
/** The bound for one recogniser or signature on 1 MB (on the reference machine: see `slowdown`). */
export const LIMIT_MS = 50;

export const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Shapes the recognisers and the injection rules look for (each unit is repeated to 1 MB by `fixedShapes`). */
const SHAPES: Record<string, string> = {
  'digit run': '1',
  'digits and separators': '1 ',
  'repeated dashes': '12-',
  'dotted quads': '1.1.',
  colons: 'a:',
  'at signs': 'a@',
  'nested quotes': '"\'`',
  'long base64': 'QUJD',
  hex: '4a',
  letters: 'a',
  'spaced letters': 'a ',
  words: 'ignore all previous ',
  'key prefixes': 'sk-AKIAghp_eyJ',
  'url userinfo': 'a://b:c',
  uppercase: 'DE89',
  pem: '-----BEGIN PRIVATE KEY-----',
  cjk: '忽略之前',
  'zero width': 'a\u200b',
  // shapes the indirect-injection, decoding and secret-field rules look for
  'html comments': '<!-- a ',
  'hidden css': 'display:none ',
  'markdown images': '![x](http://a?b=',
  'hyphenated words': 'ig-nore ',
  'percent escapes': '%41',
  'key fields': 'a_b_c_password: ',
  // one long rule line: a pattern that starts at every dash of it backtracks on each
  'dash run': '-',
  'hash run': '#',
  'cli flags': 'mysql -p',
  'role tags': '[admin]: ',
  // internationalised addresses: each "@" scans Unicode letters both ways and checks a Unicode domain
  'unicode addresses': '好@好.好好 ',
  // an address per 13 characters, each next to a context word
  'addresses after context words': 'email a@b.co ',
};

/**
 * Short internationalised addresses ("абв@где.жз ") whose letters run through several scripts without repeating for
 * tens of thousands of characters: nothing cached per character or per domain helps.
 */
function distinctUnicodeAddresses(): string {
  const letters: string[] = [];
  for (const [from, to] of [[0x0430, 0x044f], [0x0905, 0x0939], [0x3041, 0x3096], [0x4e00, 0x9fff], [0xac00, 0xd7a3]] as const) {
    for (let cp = from; cp <= to; cp++) letters.push(String.fromCodePoint(cp));
  }
  let out = '';
  for (let i = 0; out.length < MB; i += 7) {
    const at = (k: number): string => letters[(i + k) % letters.length]!;
    out += `${at(0)}${at(1)}${at(2)}@${at(3)}${at(4)}.${at(5)}${at(6)} `;
  }
  return out.slice(0, MB);
}

/**
 * Distinct phone numbers of every shape PHONE asks libphonenumber about (NANP, international, leading-0 national valid
 * and not, no trunk 0 after a call word): each would cost one or more parses, and no cache of earlier ones helps.
 */
function distinctPhoneNumbers(): string {
  let out = '';
  for (let i = 0; out.length < MB; i++) {
    const n = String(1000 + (i % 9000));
    out += `call me 415-555-${n}, +44 20 7946 ${n}; tel 0123 456 ${n} or 020 7946 ${n}; phone 12 345 ${n.slice(1)}. `;
  }
  return out.slice(0, MB);
}

/** The fixed shapes at 1 MB (plus three that are not periodic: a rot13 hint before filler, distinct Unicode addresses and phone numbers). */
export function fixedShapes(): Record<string, string> {
  const out = Object.fromEntries(Object.entries(SHAPES).map(([name, unit]) => [name, fill(unit)]));
  out['rot13 hint'] = 'rot13 ' + fill('ab ');
  out['distinct unicode addresses'] = distinctUnicodeAddresses();
  out['distinct phone numbers'] = distinctPhoneNumbers();
  return out;
}

const VERBS = ['send', 'post', 'upload', 'forward', 'run', 'delete', 'ignore', 'disregard', 'reveal', 'print'];
/** Shapes no one rule asks for but many rules read (normalised once: signatures run on normalised text). */
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
  // shapes found over the bound that no one word makes: a Hindi role, then a near miss of an order ("ईमेल" without "कर") or
  // an order's first letter alone, before the next "म" (#388: 1 MB took 80 and 58 ms at reference scale before expectEndWithin),
  // and AI names before a modal verb that no order follows (#136: about 70 ms, listed in OVER_BOUND)
  'hindi role then near orders': 'मालिक ईमेल ',
  'hindi role then a first letter': 'मालिक दे ',
  'ai names then a modal': 'agents '.repeat(7) + 'must ',
};
let generalNormalised: [string, string][] | undefined;

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

/**
 * Repeating units shaped by one signature: its needles followed by separators, needle pairs, each of
 * its words, its words run together, and the general shapes. Each is meant to be repeated with `fill`.
 */
export function signatureUnits(sig: InjectionSignature): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, unit: string): void => {
    if (unit.trim() !== '' && !out.has(name)) out.set(name, unit);
  };
  const needles = sig.needles.slice(0, 12);
  const words = patternWords(sig.pattern.source);
  for (const n of needles) for (const s of [' ', '\n', '. ', '"']) add(`needle ${JSON.stringify(n + s)}`, n + s);
  for (let i = 0; i + 1 < Math.min(needles.length, 8); i++) add(`needles ${needles[i]}/${needles[i + 1]}`, `${needles[i]} ${needles[i + 1]} `);
  for (const w of words) add(`word ${w}`, w + ' ');
  if (words.length > 0) {
    add('its words', words.join(' ') + ' ');
    add('its words unspaced', words.join(''));
  }
  generalNormalised ??= Object.entries(GENERAL).map(([name, unit]) => [name, normaliseForInjection(unit).text]);
  for (const [name, unit] of generalNormalised) add(name, unit);
  return out;
}

/**
 * Runs fn until one run finishes under limitMs (at most `tries` runs; a limit of 0 runs them all) and
 * returns the best time: a GC pause or a busy neighbour process slows one run, while super-linear
 * backtracking is slow every time.
 */
export function bestMs(limitMs: number, fn: () => void, tries = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries && best >= limitMs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * The reference workload: a bounded window read lazily from every start of a dense repeat (1/8 MB of "ai "),
 * the shape that costs the slowest signatures most. REFERENCE_MS is its best time on the machine the bounds
 * were set on (the CI VM of 2026-11-26, where `bench:reflex`'s typical 4 KB median was 0.15 ms), estimated:
 * never run there. The VM of 2026-11-27 ran the same code three times slower (0.43–0.47 ms), this workload
 * in 36 ms (so 36 / 3), and the signatures' probes about as much slower, failing fixed bounds by up to 2.3×
 * with nothing super-linear. Re-measure it on a known quiet machine when one is at hand.
 */
const REFERENCE_PATTERN = /(?<![a-z])ai\b[^.!?\n]{0,200}?\b(?:must|shall)\b/g;
export const REFERENCE_MS = 12;
/** The most the bounds are scaled: a slower machine fails them, whatever the code. */
export const MAX_SLOWDOWN = 4;

/**
 * How much slower this machine runs the reference workload than the one the bounds were set on (1 when
 * faster, at most MAX_SLOWDOWN): the tests and the probe scale every bound by it, so they check the patterns
 * and not the VM they happen to run on. Super-linear backtracking is still caught: it costs orders of
 * magnitude on 1 MB, not a constant factor. Warm-up runs first (V8 compiles a regex to native code only
 * after it has run), then the best of seven.
 */
export function slowdown(): number {
  const text = fill('ai ', MB / 8);
  for (let i = 0; i < 2; i++) scanAll(REFERENCE_PATTERN, text);
  const best = bestMs(0, () => scanAll(REFERENCE_PATTERN, text), 7);
  return Math.min(MAX_SLOWDOWN, Math.max(1, best / REFERENCE_MS));
}

/** This process's slowdown readings: the first, and the slowest since (see overBound). */
let firstReading: number | undefined;
let slowest = 1;

/** This process's first `slowdown` reading (taken on first use). */
export function firstSlowdown(): number {
  if (firstReading === undefined) slowest = firstReading = slowdown();
  return firstReading;
}

/**
 * How far over its bound a call may go before the tests fail it. Catastrophic backtracking on 1 MB costs
 * seconds to hours, so twice the bound still catches every one; what lies between one and two times the bound
 * is linear work that a busy moment or another VM's caches pushed over (CI of 2026-11-27 failed a pattern at
 * 86 ms against 78, and the same 2-core VM type reads 50–80 ms for some forty signatures). The issue's exact
 * bound is `scripts/redos-probe.ts`'s to check: it applies no headroom and exits 1 while any signature is over.
 */
export const TEST_HEADROOM = 2;

/**
 * The time `measure(limit)` reports against the bound `ms` (on the reference machine) scaled to this one and
 * given TEST_HEADROOM, or undefined when under it. Over it, the machine's speed is measured again and the run
 * repeated once with the slower of the readings: timings here are bimodal (the reference itself reads 2.9–4.0×
 * from one call to the next on a quiet 2-core VM), and one slow moment must not fail a linear pattern.
 */
export function overBound(ms: number, measure: (limit: number) => number): { ms: number; limit: number } | undefined {
  firstSlowdown();
  const bound = ms * TEST_HEADROOM;
  if (measure(bound * slowest) < bound * slowest) return undefined;
  slowest = Math.max(slowest, slowdown());
  const limit = bound * slowest;
  const took = measure(limit);
  return took < limit ? undefined : { ms: took, limit };
}

/** `overBound`'s finding as a list of at most one message naming `what`, for `assert.deepEqual(list, [])`. */
export const overMessage = (what: string, found: { ms: number; limit: number } | undefined): string[] =>
  found ? [`${what}: ${found.ms.toFixed(1)} ms (limit ${found.limit.toFixed(0)} ms)`] : [];

/** `fn`'s best time (bestMs) against the bound `ms` scaled to this machine (overBound), as overMessage's list. */
export const slowCall = (what: string, ms: number, fn: () => void): string[] => overMessage(what, overBound(ms, (limit) => bestMs(limit, fn)));

/** A signature's pattern over the whole text, needles aside, up to 1000 matches (as a scan of one window). */
export function scanAll(pattern: RegExp, text: string): void {
  pattern.lastIndex = 0;
  let n = 0;
  while (n++ < 1000 && pattern.exec(text) !== null);
}

/**
 * Signatures that take 30 ms or more on 1 MB of one of their own inputs on the reference machine (best of
 * five; `npx tsx scripts/redos-probe.ts --limit-ms 30`, which scales the limit by `slowdown`): linear, but
 * each start of a dense repeat reads a long window (a run of up to 200 characters to a "|", eight words to
 * a modal verb, …), so a busy moment pushes them past 50 ms. They are held to the cap given here instead
 * (about twice their time, scaled like every bound), so they cannot get worse unnoticed and CI stays
 * deterministic; the ones at 50 ms or more are the issue's open ReDoS gap. Keyed "#index rule"; the list
 * may only shrink, and a cap only fall. 2026-11-27: #418 now tests its orders before its three lookbehinds
 * (about 3× faster), #78 and #159 make a run atomic and look ahead for the "?"/"&" (about 2×), #426 and #428
 * test their lookbehinds last (1.2–1.3×); then two scaled probes at 30 ms (slowdown 3.04 and 2.98) found 13
 * of the 26 listed under 30 ms (#78, #158, #159, #221, #239, #293, #340, #364, #383, #389, #418, #426, #428),
 * and they left the list. #161, over in an earlier run that day, stays. Later: #5 reads "system" once for its four
 * "system …" objects (OBJ_EN, about 2× on "system " repeated) and left the list; #420 checks for the "/" or "-" before
 * its optional path (about 1.3× on "wipe\""), still over 30 ms. The five fake_consent cues (signatures-family.ts) came
 * in at #413–#417, so #420 and #429 are #425 and #434 since. Later: #53, #161 (alt text), #343 (curl) and #434 (bcc) fail a run too
 * long for their terminator in one read, a negative lookahead, before taking it twice (1.3–2× on their worst units); two scaled
 * probes at 30 ms (slowdown 2.37 and 1.38) had #53 and #161 under 30 ms and #434 at 32 ms at most, and they left the list;
 * #343 (31–55 ms in three probes) stays. Later: #343 reads that lookahead as 201 classes in a row (expectWithin, which V8 runs as
 * straight-line code: 53 -> 14 ms on "curl wget …"), #261 and #388 fail a start in such a read where no verb, role or address
 * begins within their clauses' reach (67 -> 15 and 62 -> 14 ms; #383, not listed, where no "v", "w", "x" or "b" of a way to say
 * "verbatim" does: 59 -> 47 ms), #425 asks for "… backups" with the words walked once (wordsThen:
 * 75 -> 47 ms) and #339 tries its objects grouped by first letter (byFirstLetter: 77 -> 61 ms); worst inputs, 1 MB, best of 7,
 * old and new alternating, slowdown 1.73. Two scaled probes at 30 ms (slowdown 1.70 and 1.71) had #261, #343, #388 and #425
 * under 30 ms, and they left the list. 2026-11-27, later: #136 fails a start at once where no modal verb can begin within its
 * eight words (expectWordWithin; "ai ai …" 44 -> 25 ms), #138 reads its addressee once (AI_REF_ONCE, 42 -> 19), #372 looks
 * ahead for the words after a role before its lookbehinds (38 -> 4), #391 asks 40 characters into its run whether a sink is
 * still in reach (51 -> 18); two scaled probes at 30 ms (slowdown 1.73 and 1.75) had all four under 30 ms, and they left the
 * list. Then expectWordWithin also walks words of up to 40 characters, last: #136 on "agents " or "models " repeated, inputs
 * these units do not make (only a pattern's first 24 words become units), 65 -> 42-45 ms; on "agents agents agents agents
 * agents agents agents must " repeated it still takes about 70 ms, over the bound. A screen of every signature on its pattern
 * words past the first 24 (1/16 MB, then 1 MB) found #388's Hindi claim at 215-311 ms on folded role words ("मलक " repeated):
 * it now makes sure of a role and an order within reach before its walk (16 ms; "मलक ईमल " 183 -> 80, over the bound still).
 * Since then every pattern word is a unit (signatureUnits), and two scaled probes at 30 ms (slowdown 1.71 and 1.74) had #136
 * (word "models"), #239 ("its words") and #389 ("its words unspaced") at 30-42 ms, under the bound: listed at 100. Later: #388's
 * Hindi claim reads for a whole order ending within its reach (expectEndWithin) before its lazy read for one: "मलक ईमल " 80 -> 14 ms,
 * "मलक द " 58 -> 26 ms, and those two and #136's "agents … must" are GENERAL units now; a scaled probe at 30 ms (slowdown 1.73)
 * had no #388 unit over 30 ms, the four listed here at 31-41 ms and #425 and #433 at 30-31 (unchanged; under 30 in the probe
 * before). #136 on "agents … must" is about 70 ms still: an addressee can end inside a word ("agent|s", "model|s", tried before
 * the whole word) and each such end walks the eight words again (about 3× the work), but the walk from inside the word can end
 * at another modal verb than the whole word's ("agents a b c d e f g willignore must ignore"), so it stays.
 */
export const OVER_BOUND: ReadonlyMap<string, number> = new Map([
  ['#136 addressed_instruction', 100],
  ['#239 exfiltration', 100],
  ['#339 exfiltration', 100],
  ['#389 exfiltration', 100],
]);

export interface SlowCase {
  input: string;
  ms: number;
  /** Bytes the time was measured on: 1 MB, or 4 KB when already that was slow (super-linear, not run bigger). */
  size: number;
}

/**
 * The first of a signature's units on which its pattern takes limitMs or more on 1 MB, or undefined.
 * A periodic input costs about size × cost per unit, so each unit is screened at 1/16 MB against half
 * the proportional share and only the suspects run at 1 MB (4 KB comes first: an exponential pattern
 * could take minutes at the screening size). Misses: a cost that grows faster than the size only past
 * 1/16 MB, and any input shape these units do not make.
 */
export function slowUnit(sig: InjectionSignature, limitMs = LIMIT_MS): SlowCase | undefined {
  const screenMs = limitMs / 16 / 2;
  for (const [input, unit] of signatureUnits(sig)) {
    const small = fill(unit, 4096);
    const ms4k = bestMs(screenMs, () => scanAll(sig.pattern, small));
    if (ms4k >= screenMs) return { input, ms: ms4k, size: 4096 };
    const screen = fill(unit, MB / 16);
    if (bestMs(screenMs, () => scanAll(sig.pattern, screen)) < screenMs) continue;
    const text = fill(unit);
    const ms = bestMs(limitMs, () => scanAll(sig.pattern, text));
    if (ms >= limitMs) return { input, ms, size: MB };
  }
  return undefined;
}
