// Character classes for internationalised email addresses (RFC 6531 local parts, IDN domains): which
// characters an address may contain, and where a non-ASCII address ends when nothing but a change of
// script separates it from the words around it.
//
// Why a script rule: Chinese, Japanese and Thai are written without spaces, so "发邮件到123456@qq.com"
// or "联系我们support@example.com" has no delimiter before the address, and "support@example.comまで"
// none after it. A change of script, met between two directly adjacent characters, is taken as the edge:
// Latin letters do not join another script, and ASCII digits do not join an unspaced script (in spaced
// scripts they do: "иван2000@mail.ru"). The separators . _ % + allow any change ("wang.伟@x.cn"); a
// hyphen does not, as in prose it joins a prefix to a word: Hebrew "ל-archive@x.il" ("to archive@…").
// Han, Hiragana and Katakana count as one script (Japanese words mix them: "例え.テスト"), so a run of
// unspaced text of one script stays together: "请发到用户@例子.广告" yields the whole Han run (capped at
// 64 characters) — over-redacting a few words, never leaking part of an address.

/** Not part of an address: ends the scan. */
const NOT = 0;
/** . _ % + (local part) or . (domain): any script may follow. */
const SEP = 1;
const LATIN = 2;
const DIGIT = 3;
/** Combining marks, script-neutral letters ("ー") and "-": belong to the characters around them. */
const NEUTRAL = 4;
const CJ = 5;
const FIRST_SCRIPT = 6;

/** Scripts written without spaces between words. */
const UNSPACED = ['Thai', 'Lao', 'Khmer', 'Myanmar'];
const SPACED = [
  'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil',
  'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Georgian', 'Hangul', 'Ethiopic', 'Tibetan', 'Mongolian',
];
const OTHER = FIRST_SCRIPT + UNSPACED.length + SPACED.length;
const isUnspaced = (k: number): boolean => k === CJ || (k >= FIRST_SCRIPT && k < FIRST_SCRIPT + UNSPACED.length);

/** The property classes, lowest priority first: a later one overrides an earlier one where both hold. */
const CLASS_PATTERNS: [number, string][] = [
  [NEUTRAL, '[\\p{sc=Common}\\p{sc=Inherited}]'],
  [DIGIT, '\\p{Nd}'], // fullwidth digits (Common) among them; a script's own digits are its script's
  [LATIN, '\\p{sc=Latin}'],
  [CJ, '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}]'],
  ...[...UNSPACED, ...SPACED].map((script, i): [number, string] => [FIRST_SCRIPT + i, `\\p{sc=${script}}`]),
];

const CLASS_REGEXPS = CLASS_PATTERNS.map(([k, pattern]): [number, RegExp] => [k, new RegExp(pattern, 'gu')]);
const WORD = /[\p{L}\p{M}\p{Nd}]/gu;
/** The class of every BMP code point (NOT until its block of 256 is filled). */
const BMP = new Uint8Array(0x10000);
const filled = new Uint8Array(0x100);

/**
 * Fills the classes of the 256 code points of `block`, on first use (about 0.1 ms: one pass of each class's regex
 * over the block), so that a lookup costs one load whatever the text: per-character regex tests, or a cache keyed
 * by code point, would let a text of many distinct letters around many "@"s cost a microsecond a character.
 */
function fillBlock(block: number): void {
  const base = block << 8;
  // the block's code points as a string; surrogates (not letters) as spaces
  const units = Uint16Array.from({ length: 0x100 }, (_, i) => (base + i >= 0xd800 && base + i <= 0xdfff ? 32 : base + i));
  const chars = Buffer.from(units.buffer).toString('utf16le');
  for (const m of chars.matchAll(WORD)) BMP[base + m.index] = OTHER;
  for (const [k, re] of CLASS_REGEXPS) for (const m of chars.matchAll(re)) if (BMP[base + m.index] !== NOT) BMP[base + m.index] = k;
  filled[block] = 1;
}

/**
 * The class of the (non-ASCII) code point starting at `pos` in `codes`. Beyond the BMP only the Han
 * extensions (planes 2 and 3) are taken as letters: other astral letters in an address are too rare to
 * be worth a lookup table.
 */
function classAt(codes: Uint16Array, pos: number): number {
  const c = codes[pos]!;
  if (isHighSurrogate(c)) return pos + 1 < codes.length && isLowSurrogate(codes[pos + 1]!) && c >= 0xd840 && c <= 0xd8bf ? CJ : NOT;
  if (filled[c >> 8] === 0) fillBlock(c >> 8);
  return BMP[c]!;
}

/** May characters of classes `a` and `b` (neither NOT nor NEUTRAL) stand side by side in one address? */
function joins(a: number, b: number): boolean {
  if (a === SEP || b === SEP || a === b) return true;
  if (a === DIGIT) return !isUnspaced(b);
  if (b === DIGIT) return !isUnspaced(a);
  return false;
}

function asciiTable(separators: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = DIGIT;
  for (let c = 65; c <= 90; c++) t[c] = t[c + 32] = LATIN;
  for (const ch of separators) t[ch.charCodeAt(0)] = SEP;
  t[45] = NEUTRAL; // "-"
  return t;
}
/** Class of each ASCII code unit in a local part: letters, digits and . _ % + - (the RFC 5322 atext seen in practice). */
const LOCAL_ASCII = asciiTable('._%+');
/** Class of each ASCII code unit in a domain: letters, digits, "." and "-". */
const DOMAIN_ASCII = asciiTable('.');

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The class of the ASCII character at `i` or, past hyphens, the nearest one towards `step`; SEP at `stop`. */
function asciiClassFrom(table: Uint8Array, codes: Uint16Array, i: number, step: number, stop: number): number {
  for (; i !== stop; i += step) if (table[codes[i]!] !== NEUTRAL) return table[codes[i]!]!;
  return SEP;
}

/**
 * Where a local part that ends at `at` ("@") starts, given that the ASCII scan stopped at `s` before a
 * non-ASCII code unit: goes on leftwards over Unicode letters, marks and digits (and ASCII atext), no
 * further than `min`, until a character that is not one or does not join its neighbour's script.
 */
export function extendLocal(codes: Uint16Array, s: number, at: number, min: number): number {
  let right = asciiClassFrom(LOCAL_ASCII, codes, s, 1, at);
  while (s > 0 && s > min) {
    const c = codes[s - 1]!;
    let k: number;
    let width = 1;
    if (c < 128) k = LOCAL_ASCII[c]!;
    else {
      if (isLowSurrogate(c) && s > 1 && isHighSurrogate(codes[s - 2]!)) width = 2;
      k = classAt(codes, s - width);
    }
    if (k === NOT || (k !== NEUTRAL && !joins(k, right))) break;
    if (k !== NEUTRAL) right = k;
    s -= width;
  }
  return s;
}

/**
 * Where a domain that starts after `at` ("@") ends, given that the ASCII scan stopped at `e` on a
 * non-ASCII code unit: goes on rightwards over Unicode letters, marks and digits (and ASCII letters,
 * digits, "." and "-"), up to `max`, until a character that is not one or does not join its neighbour's script.
 */
export function extendDomain(codes: Uint16Array, e: number, at: number, max: number): number {
  let left = asciiClassFrom(DOMAIN_ASCII, codes, e - 1, -1, at);
  const n = codes.length;
  while (e < n && e < max) {
    const c = codes[e]!;
    let k: number;
    let width = 1;
    if (c < 128) k = DOMAIN_ASCII[c]!;
    else {
      if (isHighSurrogate(c) && e + 1 < n && isLowSurrogate(codes[e + 1]!)) width = 2;
      k = classAt(codes, e);
    }
    if (k === NOT || (k !== NEUTRAL && !joins(left, k))) break;
    if (k !== NEUTRAL) left = k;
    e += width;
  }
  return e;
}
