// Which words a signature's match can start with, worked out from the regex source once at start-up,
// so a signature runs only at the word starts that could begin a match (a sticky exec per
// candidate) instead of scanning every position of a window. The analysis over-approximates: it
// may list a word start where the pattern then fails, never miss one where it would match, so the
// matches found are exactly those of a full scan.
//
// A word is a maximal run of a–z (the text is lowercased); its key is its first three letters, or
// the whole word when it is shorter (see `wordKey`). A signature is indexable when every top-level
// alternative starts with a lookbehind that rejects a preceding a–z letter (so matches begin at word
// starts) or can only begin with a non-ASCII character, and no match can begin with an ASCII
// non-letter; otherwise `leadKeys` returns undefined and the caller scans windows as before. Matches
// that may begin with a non-ASCII character are run at each one the text has (`leadsAtNonAscii`).
import { codeAt } from '../string-ops.js';

/** Keys: 3-letter prefixes 0..17575, 2-letter words 17576.., 1-letter words 18252.. */
export const LEAD_KEY_COUNT = 17576 + 676 + 26;
export const LEAD_KEY_TWO = 17576;
export const LEAD_KEY_ONE = 17576 + 676;
const TWO = LEAD_KEY_TWO;
const ONE = LEAD_KEY_ONE;

/** Key of the word text[i..i+len) (all a–z). */
export function wordKey(text: string, i: number, len: number): number {
  const a = codeAt(text, i) - 97;
  if (len >= 3) return 676 * a + 26 * (codeAt(text, i + 1) - 97) + (codeAt(text, i + 2) - 97);
  if (len === 2) return TWO + 26 * a + (codeAt(text, i + 1) - 97);
  return ONE + a;
}

// A character set as 28 bits: bits 0–25 the letters a–z, bit 26 any other ASCII character, bit 27
// any non-ASCII character (a match that can begin with one is run at the text's non-ASCII characters).
const LETTERS = (1 << 26) - 1;
const OTHER = 1 << 26;
const NON_ASCII = 1 << 27;
/** Characters that end a word. */
const NOT_LETTER = OTHER | NON_ASCII;
const ANY = LETTERS | NOT_LETTER;
/** Prefix length the analysis tracks: the key length, or LEAD_TAIL for `leadTailMasks`. */
let K = 3;
/** Past this many distinct prefixes a signature is treated as not indexable (it would match almost anywhere). */
const MAX_PREFIXES = 20_000;
const MAX_KEYS = 6_000;

type Node =
  | { kind: 'char'; mask: number }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; child: Node; min: number; max: number }
  | { kind: 'look'; behind: boolean; negative: boolean; child: Node }
  | { kind: 'opaque' };

class Unsupported extends Error {}

function maskOfCode(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : c > 0x7f ? NON_ASCII : OTHER;
}

function maskOfRange(lo: number, hi: number): number {
  let m = 0;
  for (let c = Math.max(lo, 97); c <= Math.min(hi, 122); c++) m |= 1 << (c - 97);
  if (lo < 97 || (hi > 122 && lo <= 0x7f)) m |= OTHER;
  if (hi > 0x7f) m |= NON_ASCII;
  return m;
}

/** Parser for the regex syntax the signatures use (no `u`/`v` flag); anything else throws Unsupported. */
class Parser {
  private i = 0;
  /** Capturing groups by number - 1, for the backreferences of dsl.ts's atomic runs. */
  private readonly groups: (Node | undefined)[] = [];
  /** The group a lookahead `(?=(X))` just captured (-1: the last atom was something else). */
  private lookGroup = -1;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    this.lookGroup = -1;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal "{" was already consumed by atom(); here it is not a quantifier
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: same language
    if (atom.kind === 'look') return atom; // a quantified assertion is still zero-width
    return this.quantified({ kind: 'repeat', child: atom, min, max });
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.i]!;
    const lookGroup = this.lookGroup;
    this.lookGroup = -1;
    if (c === '(') {
      const lookCapture = s.startsWith('(?=(', this.i) ? this.groups.length : -1;
      this.i++;
      let look: { behind: boolean; negative: boolean } | undefined;
      let group = -1;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        look = { behind: false, negative: s[this.i + 1] === '!' };
        this.i += 2;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        look = { behind: true, negative: s[this.i + 2] === '!' };
        this.i += 3;
      } else if (s.startsWith('?<', this.i)) {
        const close = s.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
        group = this.groups.push(undefined) - 1;
      } else if (s[this.i] === '?') throw new Unsupported('group kind');
      else group = this.groups.push(undefined) - 1;
      const child = this.alternation();
      if (s[this.i] !== ')') throw new Unsupported('unclosed group');
      this.i++;
      if (group >= 0) this.groups[group] = child;
      const only = child.kind === 'seq' && child.items.length === 1 ? child.items[0] : undefined;
      this.lookGroup = lookCapture >= 0 && only !== undefined && only === this.groups[lookCapture] ? lookCapture : -1;
      return look ? { kind: 'look', ...look, child } : child;
    }
    if (c === '[') return { kind: 'char', mask: this.charClass() };
    this.i++;
    if (c === '.') return { kind: 'char', mask: ANY };
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '\\') return this.escape(lookGroup);
    return { kind: 'char', mask: maskOfCode(codeAt(c, 0)) };
  }

  /** After a backslash outside a class; `lookGroup` as `this.lookGroup` was before this atom. */
  private escape(lookGroup: number): Node {
    const c = this.src[this.i]!;
    if (c === 'b' || c === 'B') {
      this.i++;
      return { kind: 'empty' };
    }
    if (c >= '1' && c <= '9') {
      const ref = /^\d+/.exec(this.src.slice(this.i))![0];
      const group = this.groups[Number(ref) - 1];
      // only `(?=(X))\N`, which matches what X just matched (elsewhere a group may not have matched: the reference is then empty)
      if (group === undefined || Number(ref) - 1 !== lookGroup) throw new Unsupported('backreference');
      this.i += ref.length;
      return group;
    }
    return { kind: 'char', mask: this.escapeMask() };
  }

  /** The character set of an escape (after the backslash), inside or outside a class. */
  private escapeMask(): number {
    const s = this.src;
    const c = s[this.i++]!;
    switch (c) {
      case 'd':
        return OTHER;
      case 's':
      case 'W':
        return NOT_LETTER;
      case 'D':
      case 'S':
      case 'w':
        return ANY;
      case 'u': {
        const hex = /^[0-9a-fA-F]{4}/.exec(s.slice(this.i));
        if (!hex) return maskOfCode(117);
        this.i += 4;
        return maskOfCode(parseInt(hex[0], 16));
      }
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(s.slice(this.i));
        if (!hex) return maskOfCode(120);
        this.i += 2;
        return maskOfCode(parseInt(hex[0], 16));
      }
      case 'c':
        this.i++;
        return OTHER;
      case 'n':
      case 'r':
      case 't':
      case 'v':
      case 'f':
      case '0':
        return OTHER;
      default:
        return maskOfCode(codeAt(c, 0));
    }
  }

  /** A single code (for range ends) after a backslash inside a class, or undefined for a set escape. */
  private classEscapeCode(): number | undefined {
    const s = this.src;
    const c = s[this.i]!;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0, b: 8 };
    if (c in simple) {
      this.i++;
      return simple[c];
    }
    if (c === 'u' && /^u[0-9a-fA-F]{4}/.test(s.slice(this.i))) {
      this.i += 5;
      return parseInt(s.slice(this.i - 4, this.i), 16);
    }
    if (c === 'x' && /^x[0-9a-fA-F]{2}/.test(s.slice(this.i))) {
      this.i += 3;
      return parseInt(s.slice(this.i - 2, this.i), 16);
    }
    if ('dDsSwW'.includes(c)) return undefined;
    this.i++;
    return codeAt(c, 0);
  }

  private charClass(): number {
    const s = this.src;
    this.i++; // [
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    let mask = 0;
    while (this.i < s.length && s[this.i] !== ']') {
      let lo: number;
      if (s[this.i] === '\\') {
        this.i++;
        const code = this.classEscapeCode();
        if (code === undefined) {
          this.i--; // re-read the set escape
          mask |= this.escapeMask();
          continue;
        }
        lo = code;
      } else lo = codeAt(s, this.i++);
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let hi: number | undefined;
        if (s[this.i] === '\\') {
          this.i++;
          hi = this.classEscapeCode();
          if (hi === undefined) throw new Unsupported('range to a set escape');
        } else hi = codeAt(s, this.i++);
        if (hi < lo) throw new Unsupported('bad range');
        mask |= maskOfRange(lo, hi);
      } else mask |= maskOfCode(lo);
    }
    if (s[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    // a negated class keeps every letter it does not list, and (conservatively) other characters
    return negated ? (~mask & LETTERS) | NOT_LETTER : mask;
  }
}

/** A prefix: the character sets of the first characters of a match; `open` when the match can end after them. */
interface Prefix {
  sets: number[];
  open: boolean;
}

function addAll(into: Map<string, Prefix>, list: Iterable<Prefix>): void {
  for (const p of list) {
    // each set (28 bits) as two 14-bit code units: an exact key, built faster than joining decimal numbers
    let key = p.open ? '|' : '';
    for (const m of p.sets) key += String.fromCharCode(m & 0x3fff, m >>> 14);
    if (!into.has(key)) into.set(key, p);
  }
  if (into.size > MAX_PREFIXES) throw new Unsupported('too many prefixes');
}

function concat(a: readonly Prefix[], b: readonly Prefix[]): Prefix[] {
  const out = new Map<string, Prefix>();
  for (const x of a) {
    if (!x.open) {
      addAll(out, [x]);
      continue;
    }
    for (const y of b) {
      const sets = x.sets.concat(y.sets);
      addAll(out, [sets.length >= K ? { sets: sets.slice(0, K), open: false } : { sets, open: y.open }]);
    }
  }
  return [...out.values()];
}

const EMPTY: readonly Prefix[] = [{ sets: [], open: true }];

/** Every way the first K characters of a match of `node` can look (zero-width assertions are ignored: a superset). */
function prefixes(node: Node): readonly Prefix[] {
  switch (node.kind) {
    case 'char':
      return [{ sets: [node.mask], open: true }];
    case 'empty':
    case 'look':
      return EMPTY;
    case 'opaque':
      throw new Unsupported('opaque');
    case 'seq': {
      let acc: readonly Prefix[] = EMPTY;
      for (const item of node.items) {
        if (!acc.some((p) => p.open)) break;
        acc = concat(acc, prefixes(item));
      }
      return acc;
    }
    case 'alt': {
      const out = new Map<string, Prefix>();
      for (const o of node.options) addAll(out, prefixes(o));
      return [...out.values()];
    }
    case 'repeat': {
      // past K+1 iterations nothing new can appear in a K-character prefix
      const child = prefixes(node.child);
      let acc: readonly Prefix[] = EMPTY;
      for (let i = 0; i < Math.min(node.min, K + 1); i++) acc = concat(acc, child);
      const all = new Map<string, Prefix>();
      addAll(all, acc);
      let cur = acc;
      for (let j = 0; j < Math.min(node.max - node.min, K + 1); j++) {
        cur = concat(cur.filter((p) => p.open), child);
        addAll(all, cur);
      }
      return [...all.values()];
    }
  }
}

/** True when the node starts with a negative lookbehind that rejects every a–z letter before the match. */
function startsAtWord(node: Node): boolean {
  const first = node.kind === 'seq' ? node.items[0] : node;
  if (!first || first.kind !== 'look' || !first.behind || !first.negative) return false;
  const inner = first.child.kind === 'seq' && first.child.items.length === 1 ? first.child.items[0]! : first.child;
  return inner.kind === 'char' && (inner.mask & LETTERS) === LETTERS;
}

function lettersOf(mask: number): number[] {
  const out: number[] = [];
  for (let b = 0; b < 26; b++) if (mask & (1 << b)) out.push(b);
  return out;
}

/**
 * Every way the first `k` characters of a match of an indexable `pattern` can look, each padded to `k`
 * with ANY where the match may already have ended (any text can follow). Undefined when the pattern is
 * not indexable or the analysis at length `k` is too large.
 */
function paddedPrefixes(pattern: RegExp, k: number): number[][] | undefined {
  if (leadKeys(pattern) === undefined) return undefined;
  K = k;
  try {
    return prefixes(new Parser(pattern.source).parse()).map((p) => {
      const sets = p.sets.slice();
      while (sets.length < k) sets.push(ANY);
      return sets;
    });
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  } finally {
    K = 3;
  }
}

/** Characters at the start of a match that leadTailMasks describes (the key's three, then the tail). */
export const LEAD_TAIL = 6;
/** The character classes of the tail masks: bits 0–25 a–z, 26 any other ASCII character, 27 any non-ASCII one. */
export const TAIL_OTHER = OTHER;
export const TAIL_NON_ASCII = NON_ASCII;

/**
 * A 3-letter key's fourth-character mask, read off its tail masks (the first of them): 27 bits, 0–25 a–z and
 * 26 anything else (the word ends), the classes the caller sorts a word's fourth character into, so it can skip
 * word starts that share the first three letters only ("reports" for a rule that starts with "repeat").
 */
export const fourthMaskOf = (tail: Int32Array): number => {
  const m = tail[0]!;
  return m & NOT_LETTER ? (m & LETTERS) | OTHER : m;
};

/**
 * For each word key a match of `pattern` can start at (see leadKeys), the characters each of the
 * match's characters 3 … LEAD_TAIL - 1 can be, one mask per character (all bits where the match
 * may already have ended), so the caller can skip a word start whose next characters no match can
 * begin with ("this" followed by anything but "is" for a rule that starts "this is"). Like the keys,
 * an over-approximation. Undefined when the pattern is not indexable or the analysis is too large.
 */
export function leadTailMasks(pattern: RegExp): Map<number, Int32Array> | undefined {
  const all = paddedPrefixes(pattern, LEAD_TAIL);
  if (!all) return undefined;
  // the tails of the prefixes that share their first three sets, joined before the keys are listed
  const byHead = new Map<string, number[]>();
  for (const sets of all) {
    const head = sets.slice(0, 3).join(',');
    const joined = byHead.get(head);
    if (joined) for (let k = 3; k < LEAD_TAIL; k++) joined[k] = joined[k]! | sets[k]!;
    else byHead.set(head, sets);
  }
  const tails = new Map<number, Int32Array>();
  const addTail = (key: number, sets: readonly number[]): void => {
    let tail = tails.get(key);
    if (!tail) tails.set(key, (tail = new Int32Array(LEAD_TAIL - 3)));
    for (let k = 3; k < LEAD_TAIL; k++) tail[k - 3] = tail[k - 3]! | sets[k]!;
  };
  // the keys of each head as analyseSource lists them
  for (const sets of byHead.values()) {
    const [m0, m1, m2] = sets as [number, number, number];
    for (const a of lettersOf(m0)) {
      if (m1 & NOT_LETTER) addTail(ONE + a, sets);
      for (const b of lettersOf(m1)) {
        if (m2 & NOT_LETTER) addTail(TWO + 26 * a + b, sets);
        for (const c of lettersOf(m2)) addTail(676 * a + 26 * b + c, sets);
      }
    }
  }
  return tails;
}

/**
 * The word keys (see `wordKey`) a match of `pattern` can start at, or undefined when the pattern
 * cannot be indexed by word starts (it may start mid-word, with an ASCII non-letter, or is too loose).
 * A match may also begin with a non-ASCII character when the pattern allows it (see leadsAtNonAscii).
 */
export function leadKeys(pattern: RegExp): Uint16Array | undefined {
  return analyse(pattern)?.keys;
}

/**
 * Whether a match of an indexable pattern (leadKeys defined) can also begin with a non-ASCII
 * character ("会話…", or a Cyrillic word after the word-start lookbehind): the caller then also runs
 * it at the text's non-ASCII characters.
 */
export function leadsAtNonAscii(pattern: RegExp): boolean {
  return analyse(pattern)?.nonAscii ?? false;
}

interface Analysis {
  keys: Uint16Array;
  nonAscii: boolean;
}
/** Per pattern, its analysis (the index asks for keys, non-ASCII starts and fourth masks of each). */
const analysed = new WeakMap<RegExp, Analysis | undefined>();

function analyse(pattern: RegExp): Analysis | undefined {
  if (!analysed.has(pattern)) analysed.set(pattern, analyseSource(pattern));
  return analysed.get(pattern);
}

function analyseSource(pattern: RegExp): Analysis | undefined {
  if (/[iuv]/.test(pattern.flags)) return undefined;
  try {
    const root = new Parser(pattern.source).parse();
    const alternatives = root.kind === 'alt' ? root.options : [root];
    // an alternative without the word-start lookbehind could begin mid-word, unless it begins with a non-ASCII character
    const beginsNonAscii = (node: Node): boolean => prefixes(node).every((p) => p.sets[0] === NON_ASCII);
    if (!alternatives.every((a) => startsAtWord(a) || beginsNonAscii(a))) return undefined;
    const keys = new Set<number>();
    let nonAscii = false;
    for (const p of prefixes(root)) {
      const sets = p.sets.slice();
      while (sets.length < K) sets.push(ANY); // the match may end here: any text can follow
      const [m0, m1, m2] = sets as [number, number, number];
      if (m0 & OTHER || m0 === 0) return undefined; // could start with an ASCII non-letter (or match empty)
      if (m0 & NON_ASCII) nonAscii = true;
      for (const a of lettersOf(m0)) {
        if (m1 & NOT_LETTER) keys.add(ONE + a);
        for (const b of lettersOf(m1)) {
          if (m2 & NOT_LETTER) keys.add(TWO + 26 * a + b);
          for (const c of lettersOf(m2)) keys.add(676 * a + 26 * b + c);
        }
      }
      if (keys.size > MAX_KEYS) return undefined;
    }
    return { keys: Uint16Array.from([...keys].sort((x, y) => x - y)), nonAscii };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
