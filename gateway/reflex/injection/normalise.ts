// Normalises text for injection matching and keeps a map back to the original text, so a match in
// the normalised text reports UTF-16 offsets of the text the caller sent.
//   1. lowercase; non-ASCII: NFKD, combining marks dropped, homoglyphs folded; invisible characters
//      (zero-width, bidi controls) dropped; Unicode tag characters decoded to the ASCII they hide
//   2. leetspeak digits/symbols touching letters folded to letters ("1gn0r3" → "ignore")
//   3. letter-spaced words joined ("i g n o r e" → "ignore")
//   4. base64 / hex blobs that decode to text appended (each maps back to the whole blob)
import { foldCodePoint, isInvisible, tagToAscii } from './fold.js';

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

const NON_ASCII = /[^\x00-\x7f]/;
const LEET_MAP: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
/** Cheap test for a letter touching a leet character; only then is the token regex worth running. */
const LEET_PROBE = /[a-z][013457@$]|[013457@$!][a-z]/;
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;
const isLeetCode = (c: number): boolean => c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55 || c === 64 || c === 36;
const isTokenCode = (c: number): boolean => isLowerLetter(c) || (c >= 48 && c <= 57) || c === 64 || c === 36;

/**
 * Folds leetspeak in lowercase text: in every token (letters, digits, @, $) where a letter touches a
 * leet character ("pr3v10us", "5ay", "7he"), each leet character becomes its letter; "!" before a
 * letter becomes "i". One linear pass; the length never changes, so offsets stay valid.
 */
export function foldLeet(text: string): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c === 33 && i + 1 < n && isLowerLetter(text.charCodeAt(i + 1))) {
      out += text.slice(copied, i) + 'i';
      copied = ++i;
      continue;
    }
    if (!isTokenCode(c)) {
      i++;
      continue;
    }
    let j = i;
    let mixed = false;
    let prev = -1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (!isTokenCode(d)) break;
      if (prev >= 0 && ((isLowerLetter(prev) && isLeetCode(d)) || (isLeetCode(prev) && isLowerLetter(d)))) mixed = true;
      prev = d;
      j++;
    }
    if (mixed) {
      let token = '';
      for (let k = i; k < j; k++) token += LEET_MAP[text[k]!] ?? text[k];
      out += text.slice(copied, i) + token;
      copied = j;
    }
    i = j;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
/** Five or more single letters separated by one or two spacers: "i g n o r e", "i.g.n.o.r.e". */
const SPACED = /(?<![a-z])[a-z](?:[ ._*~-]{1,3}[a-z](?![a-z])){4,200}/g;
const MIN_BLOB = 16;
const MAX_BLOB = 8192;
const B64 = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') B64[ch.charCodeAt(0)] = 1;

/** Runs of 16+ base64/base64url/hex characters (plus '=' padding) in the ORIGINAL text, where case matters; one pass. */
export function blobRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c < 128 && B64[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      let end = i;
      while (end < text.length && text.charCodeAt(end) === 61 && end - i < 2) end++; // '=' padding
      const len = end - start;
      if (len >= MIN_BLOB && len <= MAX_BLOB) runs.push([start, end]);
      start = -1;
      i = end > i ? end - 1 : i;
    }
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
    const c = text.charCodeAt(i);
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
  const lower = text.toLowerCase();
  return LEET_PROBE.test(lower) ? foldLeet(lower) : lower;
}

interface Folded {
  text: string;
  starts?: Int32Array;
  ends?: Int32Array;
}

function foldUnicode(text: string): Folded {
  const parts: string[] = [];
  let starts = new Int32Array(text.length + 16);
  let ends = new Int32Array(text.length + 16);
  let n = 0;
  let runStart = -1; // start of a run of characters that fold to themselves
  const flush = (upTo: number): void => {
    if (runStart >= 0) {
      parts.push(text.slice(runStart, upTo));
      runStart = -1;
    }
  };
  const grow = (need: number): void => {
    if (n + need <= starts.length) return;
    const size = Math.max(starts.length * 2, n + need);
    const s2 = new Int32Array(size);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(size);
    e2.set(ends);
    ends = e2;
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !(c >= 65 && c <= 90)) {
      // ASCII that lowercasing leaves alone: keep as is
      if (runStart < 0) runStart = i;
      grow(1);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7a3)) {
      // CJK and kana/hangul fold to themselves
      if (runStart < 0) runStart = i;
      grow(1);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let rep: string;
    if (cp < 0x80) rep = String.fromCharCode(cp + 32);
    else if (isInvisible(cp)) rep = '';
    else rep = tagToAscii(cp)?.toLowerCase() ?? foldCodePoint(cp);
    if (width === 1 && rep.length === 1 && rep.charCodeAt(0) === c) {
      if (runStart < 0) runStart = i;
    } else {
      flush(i);
      if (rep !== '') parts.push(rep);
    }
    grow(rep.length);
    for (let k = 0; k < rep.length; k++) {
      starts[n] = i;
      ends[n] = i + width;
      n++;
    }
    i += width;
  }
  flush(text.length);
  let out = parts.join('');
  if (LEET_PROBE.test(out)) out = foldLeet(out);
  return { text: out, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

const isSpacer = (c: number): boolean => c === 32 || c === 46 || c === 95 || c === 42 || c === 126 || c === 45;

/** Joins letter-spaced words, carrying the offset map through the removed spacers. */
function joinSpacedLetters(f: Folded): Folded {
  SPACED.lastIndex = 0;
  if (!SPACED.test(f.text)) return f;
  const t = f.text;
  const n = t.length;
  const keep = new Uint8Array(n).fill(1);
  SPACED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACED.exec(t)) !== null) {
    // "i g n o r e   a l l": single spacers join letters; a longer run is the gap between words and stays one space
    const end = m.index + m[0].length;
    for (let i = m.index; i < end; i++) {
      if (!isSpacer(t.charCodeAt(i))) continue;
      let j = i;
      while (j < end && isSpacer(t.charCodeAt(j))) j++;
      for (let k = j - i === 1 ? i : i + 1; k < j; k++) keep[k] = 0;
      i = j - 1;
    }
  }
  const parts: string[] = [];
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let w = 0;
  let runStart = -1;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) {
      if (runStart >= 0) parts.push(t.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    starts[w] = f.starts ? f.starts[i]! : i;
    ends[w] = f.ends ? f.ends[i]! : i + 1;
    w++;
  }
  if (runStart >= 0) parts.push(t.slice(runStart));
  return { text: parts.join(''), starts: starts.subarray(0, w), ends: ends.subarray(0, w) };
}

export function normaliseForInjection(original: string): NormalisedText {
  let folded: Folded = NON_ASCII.test(original) ? foldUnicode(original) : { text: foldAscii(original) };
  folded = joinSpacedLetters(folded);
  let text = folded.text;
  const mainLength = text.length;
  const segments: Segment[] = [];
  for (const [bs, be] of blobRuns(original)) {
    if (segments.length >= MAX_BLOBS) break;
    const decoded = decodeBlob(original.slice(bs, be));
    if (decoded === undefined) continue;
    const inner = NON_ASCII.test(decoded) ? foldUnicode(decoded).text : foldAscii(decoded);
    text += BLOB_SEPARATOR;
    const from = text.length;
    text += inner;
    segments.push({ from, to: text.length, origStart: bs, origEnd: be });
  }
  return new Normalised(text, mainLength, folded.starts, folded.ends, segments, original.length);
}
