// How the lexical model cuts normalised text into tokens and hashes them, shared by the model's scan
// (lexical-model.ts) and the concept index (concept-index.ts), which must hash a lexicon word exactly as
// the scan hashes the same word in a prompt.

export const FNV_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Token classes of a UTF-16 code unit. */
export const SEPARATOR = 0;
/** Part of a word (Latin, Cyrillic, Arabic, Devanagari, … letters and digits). */
export const WORD = 1;
/** A token by itself: scripts written without spaces (CJK, kana, hangul, Thai, Lao, Myanmar, Khmer). */
export const SOLO = 2;

function classify(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORD : SEPARATOR;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return SEPARATOR;
  if (c >= 0x3040 && c <= 0x9fff) return c <= 0x30ff || c >= 0x3400 ? SOLO : SEPARATOR; // kana, CJK; 0x3100–0x33ff punctuation/compat
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) return SOLO; // hangul, CJK compatibility
  // scripts written without spaces between words (Thai, Lao, Myanmar, Khmer): a sentence is not a word
  if ((c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)) return SOLO;
  if (c >= 0x2000 && c <= 0x2bff) return SEPARATOR; // punctuation, symbols, arrows, box drawing
  if (c >= 0x3000 && c <= 0x303f) return SEPARATOR; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return SEPARATOR; // astral (emoji): not words
  if (c >= 0xfe00 && c <= 0xfe0f) return SEPARATOR; // variation selectors
  if (c >= 0xff00 && c <= 0xffef) return SEPARATOR; // full-width forms (NFKC folds their letters already)
  return WORD;
}
/** Class of every UTF-16 code unit: a table, because the scan reads it for every character. */
export const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASS[c] = classify(c);

/** FNV-1a of the code units of `s` from `from` to `to`, as the scan hashes a token. */
export function hashUnits(s: string, from = 0, to = s.length): number {
  let h = FNV_BASIS;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}

/** Stem length (characters) and the shortest word that gets a stem. */
export const STEM = 5;
export const STEM_MIN_WORD = 7;

/** Key of two adjacent tokens (hashes `a` then `b`): the model's bigram, and how a two-character CJK or Thai word is known. */
export const pairOf = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
