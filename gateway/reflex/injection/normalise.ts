// Normalises text for injection matching and keeps a map back to the original text, so a match in
// the normalised text reports UTF-16 offsets of the text the caller sent.
//   1. lowercase; non-ASCII: NFKD, combining marks dropped, homoglyphs folded; invisible characters
//      (zero-width, bidi controls) dropped; Unicode tag characters decoded to the ASCII they hide
//   2. leetspeak digits/symbols touching letters folded to letters ("1gn0r3" → "ignore")
//   3. letter-spaced words joined ("i g n o r e" → "ignore")
//   4. base64 / hex blobs that decode to text appended (each maps back to the whole blob), and rot13,
//      reversed and percent-encoded views when the text asks for them (see decodedViews)
import { transcode } from 'node:buffer';
import { foldCodePoint, isInvisible, tagToAscii } from './fold.js';
import { grownInt32 } from '../int32-growth.js';
import { codeAt, createCodeUnitReader, indexIn, sliceOf } from '../string-ops.js';

export interface NormalisedText {
  /** The folded text signatures run against. */
  readonly text: string;
  /** Original [start, end) covering normalised [start, end). */
  toOriginal(start: number, end: number): [number, number];
}

interface Segment {
  from: number;
  to: number;
  origStart: number;
  origEnd: number;
}

/** Whether `s` holds any non-ASCII character: UTF-8 needs more bytes than characters exactly then (a native count, no regex scan). */
const hasNonAscii = (s: string): boolean => Buffer.byteLength(s, 'utf8') !== s.length;
const LEET_MAP: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;
const isTokenCode = (c: number): boolean => isLowerLetter(c) || (c >= 48 && c <= 57) || c === 64 || c === 36;

/**
 * A leet character where folding has work: after a letter ("a1"), or before one ("1a", "!a"). The
 * match starts at the rare leet character, so the regex engine skips to those at native speed
 * instead of trying a pair at every letter; nextLeetPair recovers where the pair starts.
 */
const LEET_SPOT = /[013457@$!](?:(?<=[a-z][013457@$])|(?=[a-z]))/g;

/** Start of the first pair `[a-z][013457@$]` or `[013457@$!][a-z]` at or after `from`, or -1. */
function nextLeetPair(text: string, from: number): number {
  LEET_SPOT.lastIndex = from;
  for (let m = LEET_SPOT.exec(text); m !== null; m = LEET_SPOT.exec(text)) {
    const r = m.index;
    // the lookbehind may see a letter before `from`; that pair starts too early to count
    if (r > from && codeAt(text, r) !== 33 && isLowerLetter(codeAt(text, r - 1))) return r - 1;
    if (isLowerLetter(codeAt(text, r + 1))) return r;
  }
  return -1;
}

const isVowelish = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 52 || c === 51 || c === 48;

/** Whether text[from …] starts with a domain name ("example.co", "mail.host.io"): letters, digits and hyphens, a dot, two letters. */
function isDomainAfter(text: string, from: number): boolean {
  let i = from;
  let sawDot = false;
  for (; i < text.length && i - from < 80; i++) {
    const c = codeAt(text, i);
    if (c === 46) {
      if (i === from || codeAt(text, i - 1) === 46) return false;
      sawDot = true;
      continue;
    }
    if (!(isLowerLetter(c) || (c >= 48 && c <= 57) || c === 45)) break;
  }
  while (i > from && codeAt(text, i - 1) === 46) i--; // a sentence's full stop is not part of the domain
  return sawDot && i - from >= 4 && isLowerLetter(codeAt(text, i - 1)) && isLowerLetter(codeAt(text, i - 2));
}

/** Code unit of a leet character → code unit of the letter it stands for (0: not a leet character). */
const LEET_CODE = new Uint8Array(128);
for (const [from, to] of Object.entries(LEET_MAP)) LEET_CODE[codeAt(from, 0)] = codeAt(to, 0);
/** Folded token characters, turned into a string a chunk at a time (a long token is not built a character at a time). */
const TOKEN_CHUNK = new Uint16Array(2048);

/** Code unit of the letter the token character text[k] stands for (the token starts at `tokenStart`). */
function leetLetter(text: string, k: number, tokenStart: number): number {
  const c = codeAt(text, k);
  // "@name" starting a token is a mention or handle, and "x@host.tld" an email address, not "a"
  if (c === 64 && (k === tokenStart || isDomainAfter(text, k + 1))) return c;
  // "1" is "l" between vowels ("ru1es") and in a doubled "11" after a letter ("a11", "wi11"); otherwise "i"
  if (c === 49) {
    const prev = k > tokenStart ? codeAt(text, k - 1) : 0;
    const next = codeAt(text, k + 1);
    if (isVowelish(prev) && isVowelish(next)) return 108;
    if ((next === 49 && isLowerLetter(prev)) || (prev === 49 && k - 2 >= tokenStart && isLowerLetter(codeAt(text, k - 2)))) return 108;
  }
  return (c < 128 && LEET_CODE[c]) || c;
}

/**
 * Folds leetspeak in lowercase text: in every token (letters, digits, @, $) where a letter touches a
 * leet character ("pr3v10us", "5ay", "7he"), each leet character becomes its letter; "!" before a
 * letter becomes "i". The search jumps from one such spot to the next, so clean text costs one native
 * scan; the length never changes, so offsets stay valid.
 */
export function foldLeet(text: string): string {
  let q = nextLeetPair(text, 0);
  if (q === -1) return text;
  const n = text.length;
  let out = '';
  let copied = 0;
  while (q !== -1) {
    if (codeAt(text, q) === 33) {
      out += sliceOf(text, copied, q) + 'i';
      copied = q + 1;
    } else {
      // the pair lies inside one token (both are token characters): fold the whole token
      let s = q;
      while (s > copied && isTokenCode(codeAt(text, s - 1))) s--;
      let e = q + 2;
      while (e < n && isTokenCode(codeAt(text, e))) e++;
      let token = '';
      if (e - s <= 16) for (let k = s; k < e; k++) token += String.fromCharCode(leetLetter(text, k, s));
      else for (let from = s; from < e; from += TOKEN_CHUNK.length) {
        const to = Math.min(e, from + TOKEN_CHUNK.length);
        for (let k = from; k < to; k++) TOKEN_CHUNK[k - from] = leetLetter(text, k, s);
        token += String.fromCharCode.apply(null, TOKEN_CHUNK.subarray(0, to - from) as unknown as number[]);
      }
      out += sliceOf(text, copied, s) + token;
      copied = e;
    }
    q = nextLeetPair(text, copied);
  }
  return out + sliceOf(text, copied);
}
/** Five or more single letters separated by one or two spacers: "i g n o r e", "i.g.n.o.r.e". */
const SPACED = /(?<![a-z])[a-z](?:[ ._*~-]{1,3}[a-z](?![a-z])){4,200}/g;
/**
 * Every SPACED match holds this (its second letter, spaced on both sides, then the third): a scan for
 * it skips most text fast, and no match can begin more than 3 characters before its first hit. (The
 * first spacer after the letter is written on its own: the same strings as `{1,3}`, a faster scan.)
 */
const SPACED_HINT = /[ ._*~-][a-z][ ._*~-][ ._*~-]{0,2}[a-z][ ._*~-]/;
const MIN_BLOB = 16;
const MAX_BLOB = 8192;
const readCodes = createCodeUnitReader();
const B64 = new Uint8Array(65536);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') B64[codeAt(ch, 0)] = 1;

/** Base64 characters a run needs before its (at most two) '=' can bring it to MIN_BLOB. */
const MIN_CORE = MIN_BLOB - 2;

/**
 * Runs of 16+ base64/base64url/hex characters (plus '=' padding) in the ORIGINAL text, where case
 * matters. Skips like a Boyer-Moore search: when the character MIN_CORE - 1 ahead is not base64, no
 * long enough run can cover the characters in between, so they are never read — prose, whose words
 * are short, is crossed reading a few characters in every fourteen.
 */
export function blobRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  const codes = readCodes(text);
  const n = codes.length;
  let i = 0; // no run of MIN_CORE characters starts before i
  while (i + MIN_CORE <= n) {
    let probe = i + MIN_CORE - 1;
    if (B64[codes[probe]!] === 0) {
      i = probe + 1;
      continue;
    }
    // back to the start of the base64 run that holds the probe
    while (probe > i && B64[codes[probe - 1]!] === 1) probe--;
    if (probe > i) {
      i = probe; // the run starts after i: look again from its start
      continue;
    }
    const start = i;
    let end = start + MIN_CORE;
    while (end < n && B64[codes[end]!] === 1) end++;
    const core = end;
    while (end < n && end - core < 2 && codes[end] === 61) end++; // '=' padding
    const len = end - start;
    if (len >= MIN_BLOB && len <= MAX_BLOB) runs.push([start, end]);
    i = end;
  }
  return runs;
}
const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const MAX_BLOBS = 16;
const BLOB_SEPARATOR = '\n\n\n\n\n\n';

/** Decoded text if `blob` is base64 or hex that decodes to readable text, else undefined. */
export function decodeBlob(blob: string): string | undefined {
  let bytes: Buffer;
  if (HEX.test(blob)) bytes = Buffer.from(blob, 'hex');
  else {
    // a plain word or identifier is not base64: real payloads mix case or digits
    if (!/[A-Z]/.test(blob) || !/[a-z0-9]/.test(blob)) return undefined;
    bytes = Buffer.from(blob.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  }
  if (bytes.length < 8) return undefined;
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return undefined;
  let readable = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(text, i);
    if (c >= 0x20 || c === 10 || c === 13 || c === 9) readable++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c > 0x2e80) letters++;
  }
  return readable / text.length >= 0.95 && letters / text.length >= 0.6 ? text : undefined;
}

class Normalised implements NormalisedText {
  constructor(
    readonly text: string,
    private readonly mainLength: number,
    private readonly starts: Int32Array | undefined,
    private readonly ends: Int32Array | undefined,
    private readonly segments: readonly Segment[],
    private readonly originalLength: number,
  ) {}

  private startOf(i: number): number {
    if (i < this.mainLength) return this.starts ? this.starts[i]! : i;
    for (const s of this.segments) if (i < s.to) return s.origStart;
    return this.originalLength;
  }

  private endOf(i: number): number {
    if (i < this.mainLength) return this.ends ? this.ends[i]! : i + 1;
    for (const s of this.segments) if (i < s.to) return s.origEnd;
    return this.originalLength;
  }

  toOriginal(start: number, end: number): [number, number] {
    const s = this.startOf(start);
    const e = end > start ? this.endOf(end - 1) : s;
    return s <= e ? [s, e] : [e, s];
  }
}

/** Folds ASCII-only text: lowercase and leetspeak keep the length, so offsets map one to one. */
function foldAscii(text: string): string {
  return foldLeet(text.toLowerCase());
}

export interface Folded {
  text: string;
  starts?: Int32Array;
  ends?: Int32Array;
}

/**
 * Per UTF-16 code unit, what folding makes of it (filled on first sight): the one code unit it folds
 * to (ASCII lowercased; CJK, kana and hangul unchanged; other characters as foldCodePoint folds
 * them), DROP when it folds to nothing (invisible characters, lone combining marks), MANY when it
 * folds to several units or is half of a surrogate pair (those take the slow path).
 */
const FOLDED_UNIT = new Int32Array(65536).fill(-3);
const UNKNOWN = -3;
const DROP = -1;
const MANY = -2;

function learnUnit(c: number): number {
  let f: number;
  if (c < 0x80) f = c >= 65 && c <= 90 ? c + 32 : c;
  else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3)) f = c;
  else if (c >= 0xd800 && c <= 0xdfff) f = MANY;
  else {
    const rep = isInvisible(c) ? '' : foldCodePoint(c);
    f = rep.length === 0 ? DROP : rep.length === 1 ? codeAt(rep, 0) : MANY;
  }
  FOLDED_UNIT[c] = f;
  return f;
}

const readUnits = createCodeUnitReader();
/** The folded text's code units, kept between calls (up to KEEP_UNITS). */
let foldedUnits = new Uint16Array(8192);
const KEEP_UNITS = 1 << 17;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Folds text that holds non-ASCII characters, one code unit at a time through FOLDED_UNIT, keeping
 * for each folded unit the original [start, end) it came from. The folded units are decoded into a
 * string in one native call, a one-byte string when they are all Latin-1: joining slices of the
 * original instead (a two-byte string as soon as it holds one such character, and so are its
 * slices) handed every later regex a two-byte text even when the fold left only ASCII — dense
 * prompts with a stray homoglyph or emoji ran their signatures ~10% slower for it.
 */
export function foldUnicode(text: string): Folded {
  const codes = readUnits(text);
  const length = codes.length;
  let starts = new Int32Array(length + 16);
  let ends = new Int32Array(length + 16);
  let out = foldedUnits.length >= length + 16 ? foldedUnits : new Uint16Array(length + 16);
  let n = 0;
  let wide = 0; // the bits of every unit written: below 256 when all are Latin-1
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    let f = FOLDED_UNIT[c]!;
    if (f === UNKNOWN) f = learnUnit(c);
    if (f >= 0) {
      wide |= f;
      out[n] = f;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      continue;
    }
    if (f === DROP) continue;
    // several units, or a surrogate: the code point, folded as a whole
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const rep = isInvisible(cp) ? '' : (tagToAscii(cp)?.toLowerCase() ?? foldCodePoint(cp));
    // room for this fold and for every later unit folding to one (the fast path does not check)
    const need = n + rep.length + (length - i - width);
    if (need > starts.length) {
      starts = grownInt32(starts, need);
      ends = grownInt32(ends, need);
      const more = new Uint16Array(starts.length);
      more.set(out.subarray(0, n));
      out = more;
    }
    for (let k = 0; k < rep.length; k++) {
      out[n] = codeAt(rep, k);
      wide |= out[n]!;
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width - 1;
  }
  if (out.length <= KEEP_UNITS) foldedUnits = out;
  // Latin-1 text (the usual result: homoglyphs and accents fold to ASCII) becomes a one-byte string,
  // which the regexes downstream scan faster than a two-byte one
  let folded = '';
  if (LITTLE_ENDIAN) {
    const bytes = Buffer.from(out.buffer, out.byteOffset, n * 2);
    folded = wide < 256 ? transcode(bytes, 'ucs2', 'latin1').toString('latin1') : bytes.toString('utf16le');
  } else for (let k = 0; k < n; k += 8192) folded += String.fromCharCode(...out.subarray(k, Math.min(n, k + 8192)));
  return { text: foldLeet(folded), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

const isSpacer = (c: number): boolean => c === 32 || c === 46 || c === 95 || c === 42 || c === 126 || c === 45;

/** The spacer character that most often stands alone between two letters in t[from, to). */
function commonSingleSpacer(t: string, from: number, to: number): number {
  const counts = new Map<number, number>();
  for (let i = from + 1; i < to - 1; i++) {
    const c = codeAt(t, i);
    if (isSpacer(c) && !isSpacer(codeAt(t, i - 1)) && !isSpacer(codeAt(t, i + 1))) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = 32;
  let most = 0;
  for (const [c, k] of counts) if (k > most) [best, most] = [c, k];
  return best;
}

/** Joins letter-spaced words, carrying the offset map through the removed spacers. */
function joinSpacedLetters(f: Folded): Folded {
  const hint = SPACED_HINT.exec(f.text);
  if (hint === null) return f;
  const t = f.text;
  const n = t.length;
  // [start, end) ranges of spacers to drop, ascending: "i g n o r e   a l l": single spacers join
  // letters; a longer run is the gap between words and stays one space. When letters are joined by
  // one spacer and words by another ("i.g.n.o.r.e y.o.u.r"), the less common single spacer is the gap.
  const drop: number[] = [];
  SPACED.lastIndex = Math.max(0, hint.index - 3);
  let m: RegExpExecArray | null;
  while ((m = SPACED.exec(t)) !== null) {
    const end = m.index + m[0].length;
    const joiner = commonSingleSpacer(t, m.index, end);
    for (let i = m.index; i < end; i++) {
      if (!isSpacer(codeAt(t, i))) continue;
      let j = i;
      while (j < end && isSpacer(codeAt(t, j))) j++;
      const from = j - i === 1 ? (codeAt(t, i) === joiner ? i : j) : i + 1;
      if (from < j) drop.push(from, j);
      i = j - 1;
    }
  }
  if (drop.length === 0) return f;
  let dropped = 0;
  for (let k = 0; k < drop.length; k += 2) dropped += drop[k + 1]! - drop[k]!;
  const parts: string[] = [];
  const starts = new Int32Array(n - dropped);
  const ends = new Int32Array(n - dropped);
  let w = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(sliceOf(t, from, to));
    if (f.starts && f.ends) {
      starts.set(f.starts.subarray(from, to), w);
      ends.set(f.ends.subarray(from, to), w);
      w += to - from;
    } else {
      for (let k = from; k < to; k++, w++) {
        starts[w] = k;
        ends[w] = k + 1;
      }
    }
  };
  let at = 0;
  for (let k = 0; k < drop.length; k += 2) {
    keep(at, drop[k]!);
    at = drop[k + 1]!;
  }
  keep(at, n);
  return { text: parts.join(''), starts, ends };
}

/** A cheap first look for DECODE_HINT's words (one pass, no captures; "rot" only before 13/ie, not in "protocol"). */
const HINT_WORD = /rot[ -]?(?:13|ie)|caesar|backward|revers|right to left|each letter/;
/** The text says how to decode it: rot13 (in folded text "rot13" reads "rotie"), or backwards. */
const DECODE_HINT = /rot[ -]?(?:13|ie)(?![a-z0-9])|caesar|rotate each letter|shift each letter|(backwards?|reversed|in reverse|right to left|reverse (?:the )?(?:order|text|string|letters))/g;
const SPLIT_TARGETS = new Set(['ignore', 'disregard', 'forget', 'previous', 'prior', 'instructions', 'instruction', 'system', 'prompt', 'reveal',
  'override', 'bypass', 'jailbreak', 'restrictions', 'guidelines', 'developer', 'unfiltered', 'uncensored', 'pretend', 'password', 'confidential']);
/** First two letters of each split target (as code pairs). */
const SPLIT_PREFIXES = new Set([...SPLIT_TARGETS].map((w) => w.charCodeAt(0) * 128 + w.charCodeAt(1)));
const PERCENT_RUN = /(?:[A-Za-z0-9._~!*'()+-]|%[0-9A-Fa-f]{2}){8,2048}/g;

const rot13 = (s: string): string => s.replace(/[a-z]/g, (c) => String.fromCharCode(((codeAt(c, 0) - 97 + 13) % 26) + 97));

/** Whether a hyphen splits one of SPLIT_TARGETS ("ig-nore"); looks only around each hyphen between letters. */
function splitsAttackWord(t: string): boolean {
  for (let at = indexIn(t, '-'); at !== -1; at = indexIn(t, '-', at + 1)) {
    if (at === 0 || !isLowerLetter(codeAt(t, at - 1)) || !isLowerLetter(codeAt(t, at + 1))) continue;
    let s = at;
    while (s > 0 && at - s < 40 && (isLowerLetter(codeAt(t, s - 1)) || codeAt(t, s - 1) === 45)) s--;
    let e = at + 1;
    while (e < t.length && e - at < 40 && (isLowerLetter(codeAt(t, e)) || codeAt(t, e) === 45)) e++;
    // only words that begin like a target are joined and looked up
    const second = codeAt(t, s + 1) === 45 ? codeAt(t, s + 2) : codeAt(t, s + 1);
    if (SPLIT_PREFIXES.has(codeAt(t, s) * 128 + second) && SPLIT_TARGETS.has(sliceOf(t, s, e).replaceAll('-', ''))) return true;
    at = e;
  }
  return false;
}

/**
 * Views of the text an attacker asks the model to decode, added when the text says how: rot13 when
 * it mentions rot13, the reversed text when it says to read backwards, hyphens dropped when they
 * split an attack word ("ig-nore"), and percent-encoded runs (three escapes or more) decoded. Each
 * maps back to the span it came from.
 */
function decodedViews(original: string, folded: string): { text: string; start: number; end: number }[] {
  const views: { text: string; start: number; end: number }[] = [];
  if (folded.length <= MAX_BLOB * 4 && HINT_WORD.test(folded)) {
    let rot = false;
    let reversed = false;
    DECODE_HINT.lastIndex = 0;
    for (let m = DECODE_HINT.exec(folded); m !== null && !(rot && reversed); m = DECODE_HINT.exec(folded)) {
      if (m[1] !== undefined) reversed = true;
      else rot = true;
    }
    if (rot) views.push({ text: rot13(folded), start: 0, end: original.length });
    if (reversed) views.push({ text: [...folded].reverse().join(''), start: 0, end: original.length });
  }
  if (splitsAttackWord(folded)) views.push({ text: folded.replace(/(?<=[a-z])-(?=[a-z])/g, ''), start: 0, end: original.length });
  if (indexIn(original, '%') !== -1) {
    PERCENT_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PERCENT_RUN.exec(original)) !== null && views.length < MAX_BLOBS) {
      let escapes = 0;
      for (let at = indexIn(m[0], '%'); at !== -1 && escapes < 3; at = indexIn(m[0], '%', at + 1)) escapes++;
      if (escapes < 3) continue;
      try {
        views.push({ text: foldAscii(decodeURIComponent(m[0].replace(/\+/g, ' '))), start: m.index, end: m.index + m[0].length });
      } catch {
        // not valid percent-encoding: nothing to add
      }
    }
  }
  return views;
}

export function normaliseForInjection(original: string): NormalisedText {
  let folded: Folded = hasNonAscii(original) ? foldUnicode(original) : { text: foldAscii(original) };
  folded = joinSpacedLetters(folded);
  let text = folded.text;
  const mainLength = text.length;
  const segments: Segment[] = [];
  for (const [bs, be] of blobRuns(original)) {
    if (segments.length >= MAX_BLOBS) break;
    const decoded = decodeBlob(original.slice(bs, be));
    if (decoded === undefined) continue;
    const inner = hasNonAscii(decoded) ? foldUnicode(decoded).text : foldAscii(decoded);
    text += BLOB_SEPARATOR;
    const from = text.length;
    text += inner;
    segments.push({ from, to: text.length, origStart: bs, origEnd: be });
  }
  for (const view of decodedViews(original, sliceOf(text, 0, mainLength))) {
    text += BLOB_SEPARATOR;
    const from = text.length;
    text += view.text;
    segments.push({ from, to: text.length, origStart: view.start, origEnd: view.end });
  }
  return new Normalised(text, mainLength, folded.starts, folded.ends, segments, original.length);
}
