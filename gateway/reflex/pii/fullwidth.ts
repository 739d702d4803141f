// Fullwidth letters and digits ("０３－５２１０－４４１７", "ｋ．ｓａｔｏ＠ｎｉｈｏｎ．ｊｐ"), as Japanese and Chinese input
// methods type them, are ASCII in disguise: NFKC maps each to one ASCII character, so folding them keeps every
// UTF-16 offset, and the recognisers, written for ASCII, read the folded text while their findings still point
// into the original. Only the characters PII is written with are folded: CJK punctuation keeps its role ("：" is a
// label's colon, where ":" before an address would make it URL userinfo).
const FOLDABLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff0d\uff0b\uff3f]/;
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, 'g');

const toAscii = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** `text` with fullwidth letters, digits and @ . - + _ folded to ASCII, the same length; `text` itself when it has none. */
export function foldFullwidth(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, toAscii) : text;
}
