// The cross-lingual concept index: which concepts (concept-types.ts) a token of normalised text names,
// built once at load from the lexicons (concept-lexicon-*.ts). The lexical model adds a feature per
// concept and per ordered pair of nearby concepts, so what it learns from "ignore the previous
// instructions" carries over to the same request in Greek or Thai, whose words it has seen too rarely to
// have weights of their own.
//
// Lexicon words go through the same normalisation as prompts (normalise.ts folds look-alike letters and
// strips marks) and are hashed as the model's scan hashes tokens (token-hash.ts). Three kinds of key: a
// whole word; a five-letter stem (entries written `instr*`), matched against words of seven letters or
// more; and the first two characters of a word in a script written without spaces (CJK, kana, hangul,
// Thai), matched against two adjacent one-character tokens. A key may name several concepts ("skip":
// IGNORE and WITHOUT), so a token's concepts are a bit mask.
import { CONCEPTS, type ConceptLexicon } from './concept-types.js';
import { LEXICON_ASIA } from './concept-lexicon-asia.js';
import { LEXICON_EUROPE } from './concept-lexicon-europe.js';
import { normaliseForInjection } from './normalise.js';
import { CLASS, hashUnits, pairOf, SOLO, STEM, WORD } from './token-hash.js';

/** Key namespaces, so a word, a stem and a character pair with the same hash stay apart. */
const NS_STEM = 0x68e31da4;
const NS_PAIR = 0x1b56c4e9;
export const wordKey = (h: number): number => h;
export const stemKey = (h: number): number => Math.imul(h ^ NS_STEM, 0x85ebca6b) >>> 0;
export const pairKey = (a: number, b: number): number => Math.imul(pairOf(a, b) ^ NS_PAIR, 0xc2b2ae35) >>> 0;

/** Open-addressing table from key to concept mask (linear probing; a zero mask marks an empty slot). */
export interface ConceptIndex {
  readonly keys: Uint32Array;
  readonly masks: Uint32Array;
  readonly mask: number;
}

/** The slot that holds `key` in `index`, or the empty slot where it would go (linear probing). */
function slotOf(index: ConceptIndex, key: number): number {
  const { keys, masks, mask } = index;
  let at = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
  while (masks[at] !== 0 && keys[at] !== key) at = (at + 1) & mask;
  return at;
}

/** Concept mask of `key` in `index` (0: none). */
export const conceptsOf = (index: ConceptIndex, key: number): number => index.masks[slotOf(index, key)]!;

function insert(index: ConceptIndex, key: number, bits: number): void {
  const at = slotOf(index, key);
  index.keys[at] = key;
  index.masks[at] = index.masks[at]! | bits;
}

/** The index key of one lexicon entry, or undefined when the entry cannot be matched as written. */
export function entryKey(entry: string): number | undefined {
  const stem = entry.endsWith('*');
  const t = normaliseForInjection(stem ? entry.slice(0, -1) : entry).text;
  if (t.length === 0) return undefined;
  const cls = CLASS[t.charCodeAt(0)]!;
  if (cls === SOLO) {
    // the first two characters of a word in a script without spaces; one character alone says too little
    if (t.length < 2 || CLASS[t.charCodeAt(1)] !== SOLO) return undefined;
    return pairKey(hashUnits(t, 0, 1), hashUnits(t, 1, 2));
  }
  for (let k = 0; k < t.length; k++) if (CLASS[t.charCodeAt(k)] !== WORD) return undefined; // one word only
  if (stem) return t.length >= STEM ? stemKey(hashUnits(t, 0, STEM)) : undefined;
  return wordKey(hashUnits(t));
}

/** Builds the index of `lexicons`; `skipped` collects entries that cannot be matched (for the lexicon's test). */
export function buildConceptIndex(lexicons: readonly ConceptLexicon[], skipped?: string[]): ConceptIndex {
  const entries: [number, number][] = [];
  for (const lexicon of lexicons) {
    for (const [lang, byConcept] of Object.entries(lexicon)) {
      for (const [name, words] of Object.entries(byConcept ?? {})) {
        const bit = 1 << CONCEPTS.indexOf(name as (typeof CONCEPTS)[number]);
        for (const entry of (words ?? '').split(' ')) {
          if (!entry) continue;
          const key = entryKey(entry);
          if (key === undefined) skipped?.push(`${lang} ${name} ${entry}`);
          else entries.push([key, bit]);
        }
      }
    }
  }
  let size = 1024;
  while (size < entries.length * 2) size *= 2;
  const index: ConceptIndex = { keys: new Uint32Array(size), masks: new Uint32Array(size), mask: size - 1 };
  for (const [key, bit] of entries) insert(index, key, bit);
  return index;
}

export const CONCEPT_INDEX = buildConceptIndex([LEXICON_EUROPE, LEXICON_ASIA]);
