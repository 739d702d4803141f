// Character folding shared by the text normaliser and the signature compiler, so a signature written
// in plain letters matches text disguised with homoglyphs, accents, full-width or "math" letters.

/** Look-alikes (after lowercasing) folded to the Latin letter they imitate: Cyrillic, Greek, Armenian, IPA. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', г: 'r', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', ш: 'w', ь: 'b', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', σ: 'o', ς: 'c', τ: 't',
  υ: 'u', χ: 'x', ω: 'w', օ: 'o', ո: 'n', ս: 'u', հ: 'h', ı: 'i', ȷ: 'j', ɡ: 'g', ɑ: 'a', ǀ: 'l', ɩ: 'i', ɪ: 'i',
  ʏ: 'y', ᴀ: 'a', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ᴋ: 'k', ᴍ: 'm', ᴏ: 'o', ᴘ: 'p', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
  ʀ: 'r', ɴ: 'n', ʜ: 'h', ɢ: 'g', ʟ: 'l', ꜱ: 's', ꜰ: 'f',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
};

const COMBINING_MARK = /\p{M}/gu;

/** Zero-width characters, bidi controls, soft hyphen, variation selectors: invisible, so dropped. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x180e ||
    cp === 0x034f ||
    cp === 0x061c ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Unicode "tag" characters smuggle ASCII invisibly (U+E0020–E007E mirror space–tilde). */
export function tagToAscii(cp: number): string | undefined {
  return cp >= 0xe0020 && cp <= 0xe007e ? String.fromCharCode(cp - 0xe0000) : undefined;
}

/** Scripts whose characters NFKD leaves alone, so folding can skip the normaliser for them. */
function isPlainCjk(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7a3);
}

const cache = new Map<number, string>();
const CACHE_LIMIT = 8192;

/** One non-ASCII code point → its folded form: NFKD, combining marks dropped, lowercased, homoglyphs mapped. */
export function foldCodePoint(cp: number): string {
  if (isPlainCjk(cp)) return String.fromCodePoint(cp);
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let s = String.fromCodePoint(cp).normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
  let folded = '';
  for (const ch of s) folded += HOMOGLYPHS[ch] ?? ch;
  s = folded;
  if (cache.size < CACHE_LIMIT) cache.set(cp, s);
  return s;
}

/** Folds the non-ASCII letters of a signature's source the way text is folded (regex syntax is ASCII and untouched). */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const ch of source) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : foldCodePoint(cp);
  }
  return out;
}
