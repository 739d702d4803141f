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
const LEET = /[013457](?=[a-z])|(?<=[a-z])[013457]|[@$!](?=[a-z])/g;
const LEET_MAP: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const LEET_PROBE = /[013457@$!]/;
const foldLeet = (ch: string): string => LEET_MAP[ch] ?? ch;
/** Five or more single letters separated by one or two spacers: "i g n o r e", "i.g.n.o.r.e". */
const SPACED = /(?<![a-z])[a-z](?:[ ._*~-]{1,3}[a-z](?![a-z])){4,200}/g;
const SPACER = /[ ._*~-]/;
/** Candidate encoded blobs (base64, base64url or hex) in the ORIGINAL text; case matters there. */
const BLOB = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,8192}={0,2}(?![A-Za-z0-9+/=_-])/g;
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
  return LEET_PROBE.test(lower) ? lower.replace(LEET, foldLeet) : lower;
}

interface Folded {
  text: string;
  starts?: Int32Array;
  ends?: Int32Array;
}

function foldUnicode(text: string): Folded {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let rep: string;
    if (cp < 0x80) rep = cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : text[i]!;
    else if (isInvisible(cp)) rep = '';
    else rep = tagToAscii(cp)?.toLowerCase() ?? foldCodePoint(cp);
    for (let k = 0; k < rep.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    out += rep;
    i += width;
  }
  if (LEET_PROBE.test(out)) out = out.replace(LEET, foldLeet);
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Joins letter-spaced words, carrying the offset map through the removed spacers. */
function joinSpacedLetters(f: Folded): Folded {
  SPACED.lastIndex = 0;
  if (!SPACED.test(f.text)) return f;
  const n = f.text.length;
  const starts = f.starts ?? Int32Array.from({ length: n }, (_, i) => i);
  const ends = f.ends ?? Int32Array.from({ length: n }, (_, i) => i + 1);
  const keep = new Uint8Array(n).fill(1);
  SPACED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACED.exec(f.text)) !== null) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (SPACER.test(f.text[i]!)) keep[i] = 0;
  }
  let out = '';
  const s2: number[] = [];
  const e2: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    out += f.text[i];
    s2.push(starts[i]!);
    e2.push(ends[i]!);
  }
  return { text: out, starts: Int32Array.from(s2), ends: Int32Array.from(e2) };
}

export function normaliseForInjection(original: string): NormalisedText {
  let folded: Folded = NON_ASCII.test(original) ? foldUnicode(original) : { text: foldAscii(original) };
  folded = joinSpacedLetters(folded);
  let text = folded.text;
  const mainLength = text.length;
  const segments: Segment[] = [];
  BLOB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (segments.length < MAX_BLOBS && (m = BLOB.exec(original)) !== null) {
    const decoded = decodeBlob(m[0]);
    if (decoded === undefined) continue;
    const inner = NON_ASCII.test(decoded) ? foldUnicode(decoded).text : foldAscii(decoded);
    text += BLOB_SEPARATOR;
    const from = text.length;
    text += inner;
    segments.push({ from, to: text.length, origStart: m.index, origEnd: m.index + m[0].length });
  }
  return new Normalised(text, mainLength, folded.starts, folded.ends, segments, original.length);
}
