// Normalises text for injection matching and keeps a map back to the original text, so a match in
// the normalised text reports UTF-16 offsets of the text the caller sent.
//   1. lowercase; non-ASCII: NFKD, combining marks dropped, homoglyphs folded; invisible characters
//      (zero-width, bidi controls) dropped; Unicode tag characters decoded to the ASCII they hide
//   2. leetspeak digits/symbols touching letters folded to letters ("1gn0r3" → "ignore")
//   3. letter-spaced words joined ("i g n o r e" → "ignore")
//   4. base64 / hex blobs that decode to text appended (each maps back to the whole blob)
import { foldCodePoint, isInvisible, tagToAscii } from './fold.js';
import { grownInt32 } from './int32-growth.js';
import { codeAt, createCodeUnitReader, sliceOf } from '../string-ops.js';

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

/** A letter touching a leet character, or "!" before a letter: where folding has work to do. */
const LEET_PAIR = /[a-z][013457@$]|[013457@$!][a-z]/g;

/**
 * Folds leetspeak in lowercase text: in every token (letters, digits, @, $) where a letter touches a
 * leet character ("pr3v10us", "5ay", "7he"), each leet character becomes its letter; "!" before a
 * letter becomes "i". The regex jumps from one such spot to the next, so clean text costs one native
 * scan; the length never changes, so offsets stay valid.
 */
export function foldLeet(text: string): string {
  LEET_PAIR.lastIndex = 0;
  let m = LEET_PAIR.exec(text);
  if (m === null) return text;
  const n = text.length;
  let out = '';
  let copied = 0;
  while (m !== null) {
    const q = m.index;
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
      for (let k = s; k < e; k++) token += LEET_MAP[text[k]!] ?? text[k];
      out += sliceOf(text, copied, s) + token;
      copied = e;
    }
    LEET_PAIR.lastIndex = copied;
    m = LEET_PAIR.exec(text);
  }
  return out + sliceOf(text, copied);
}
/** Five or more single letters separated by one or two spacers: "i g n o r e", "i.g.n.o.r.e". */
const SPACED = /(?<![a-z])[a-z](?:[ ._*~-]{1,3}[a-z](?![a-z])){4,200}/g;
/**
 * Every SPACED match holds this (its second letter, spaced on both sides, then the third): a scan for
 * it skips most text fast, and no match can begin more than 3 characters before its first hit.
 */
const SPACED_HINT = /[ ._*~-][a-z][ ._*~-]{1,3}[a-z][ ._*~-]/;
const MIN_BLOB = 16;
const MAX_BLOB = 8192;
const readCodes = createCodeUnitReader();
const B64 = new Uint8Array(65536);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') B64[codeAt(ch, 0)] = 1;

/** Runs of 16+ base64/base64url/hex characters (plus '=' padding) in the ORIGINAL text, where case matters; one pass. */
export function blobRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  const codes = readCodes(text);
  const n = codes.length;
  let i = 0;
  while (i < n) {
    if (B64[codes[i]!] === 0) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && B64[codes[i]!] === 1) i++;
    let end = i;
    while (end < n && end - i < 2 && codes[end] === 61) end++; // '=' padding
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

interface Folded {
  text: string;
  starts?: Int32Array;
  ends?: Int32Array;
}

/** Characters that fold to something else: non-ASCII outside CJK, kana and hangul (ASCII only needs lowercasing). */
const NEEDS_FOLD = /[\u0080-\u303f\u3100-\u4dff\ua000-\uabff\ud7a4-\uffff]/g;

function foldUnicode(text: string): Folded {
  const parts: string[] = [];
  let starts = new Int32Array(text.length + 16);
  let ends = new Int32Array(text.length + 16);
  let n = 0;
  const grow = (need: number): void => {
    if (n + need <= starts.length) return;
    starts = grownInt32(starts, n + need);
    ends = grownInt32(ends, n + need);
  };
  const length = text.length;
  for (let i = 0; i < length; ) {
    const c = codeAt(text, i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3)) {
      // a run that folds one to one: ASCII (lowercased) and CJK, kana, hangul (no case) — up to the next character that needs folding
      NEEDS_FOLD.lastIndex = i;
      const stop = NEEDS_FOLD.test(text) ? NEEDS_FOLD.lastIndex - 1 : length;
      parts.push(sliceOf(text, i, stop).toLowerCase());
      grow(stop - i);
      for (let k = i; k < stop; k++) {
        starts[n] = k;
        ends[n] = k + 1;
        n++;
      }
      i = stop;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const rep = isInvisible(cp) ? '' : (tagToAscii(cp)?.toLowerCase() ?? foldCodePoint(cp));
    if (rep !== '') parts.push(rep);
    grow(rep.length);
    for (let k = 0; k < rep.length; k++) {
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width;
  }
  const out = foldLeet(parts.join(''));
  return { text: out, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

const isSpacer = (c: number): boolean => c === 32 || c === 46 || c === 95 || c === 42 || c === 126 || c === 45;

/** Joins letter-spaced words, carrying the offset map through the removed spacers. */
function joinSpacedLetters(f: Folded): Folded {
  const hint = SPACED_HINT.exec(f.text);
  if (hint === null) return f;
  const t = f.text;
  const n = t.length;
  // [start, end) ranges of spacers to drop, ascending: "i g n o r e   a l l": single spacers join
  // letters; a longer run is the gap between words and stays one space
  const drop: number[] = [];
  SPACED.lastIndex = Math.max(0, hint.index - 3);
  let m: RegExpExecArray | null;
  while ((m = SPACED.exec(t)) !== null) {
    const end = m.index + m[0].length;
    for (let i = m.index; i < end; i++) {
      if (!isSpacer(codeAt(t, i))) continue;
      let j = i;
      while (j < end && isSpacer(codeAt(t, j))) j++;
      const from = j - i === 1 ? i : i + 1;
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
  return new Normalised(text, mainLength, folded.starts, folded.ends, segments, original.length);
}
