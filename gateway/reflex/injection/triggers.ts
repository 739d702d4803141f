// Which signatures can possibly match a text, and where, found in one pass: every signature lists its
// trigger words (stems, matched at the start of a word) or, for symbols and non-Latin scripts,
// substrings. Only triggered signatures run their regex, and only in windows around their triggers.
// The same pass records, for signatures whose matches always begin at a word start, every word that
// could begin a match (./lead-words.ts), so detect.ts runs them only there.
import { LEAD_KEY_COUNT, leadKeys, wordKey } from './lead-words.js';
import type { InjectionSignature } from './signatures.js';

export interface TriggerHits {
  /** Per signature: undefined when none of its needles occurs, else positions of its triggers (at most MAX_POSITIONS). */
  readonly triggers: (number[] | undefined)[];
  /** Per lead-indexed signature: every word start (ascending) where one of its matches could begin. */
  readonly leads: (number[] | undefined)[];
}

export interface TriggerIndex {
  find(text: string): TriggerHits;
  /** Per signature: whether its matches can only begin at the word starts `find` reports in `leads`. */
  readonly leadIndexed: readonly boolean[];
}

const WORD_STEM = /^[a-z][a-z' -]*$/;
/** Positions kept per signature; past this the whole text is scanned anyway. */
const MAX_POSITIONS = 16;

/** A substring needle, found from one of its characters that is not a–z (rarer than letters, and visited by the word pass). */
interface AnchoredNeedle {
  needle: string;
  /** Index of the anchor character in the needle. */
  offset: number;
  signature: number;
}

/** What one word key (see ./lead-words.ts) can trigger: whole-word needles, stems, lead positions. */
interface WordEntry {
  /** Signatures with a 2–3-letter needle equal to the whole word. */
  whole: number[] | undefined;
  /** [stem, signature] for 4+-letter stems starting with the key's three letters (word longer than three letters). */
  stems: [string, number][] | undefined;
  /** Signatures whose matches can begin with a word of this key. */
  leads: number[] | undefined;
}

export function buildTriggerIndex(signatures: readonly InjectionSignature[]): TriggerIndex {
  // One table for every word: stems of 4+ letters match word starts and are keyed by their first
  // three letters; needles of 2–3 letters ("ai", "dan", "url") must be the whole word, or they would
  // fire everywhere. Key → 1-based index into `entries` (0: nothing to do for that word).
  const entryOf = new Int32Array(LEAD_KEY_COUNT);
  const entries: WordEntry[] = [{ whole: undefined, stems: undefined, leads: undefined }];
  const entry = (key: number): WordEntry => {
    if (entryOf[key] === 0) {
      entryOf[key] = entries.length;
      entries.push({ whole: undefined, stems: undefined, leads: undefined });
    }
    return entries[entryOf[key]!]!;
  };
  const anchored: (AnchoredNeedle[] | undefined)[] = [];
  /** Per UTF-16 code: 1 when a substring needle is anchored on it. */
  const isAnchor = new Uint8Array(65536);
  const leadIndexed: boolean[] = [];
  signatures.forEach((sig, i) => {
    for (const needle of sig.needles) {
      if (WORD_STEM.test(needle)) {
        // a phrase needle needs all its words; its longest word is the most selective trigger
        const stem = needle.split(/[ '-]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
        if (stem.length < 2) continue;
        if (stem.length <= 3) {
          const e = entry(wordKey(stem, 0, stem.length));
          const list = (e.whole ??= []);
          if (!list.includes(i)) list.push(i);
          continue;
        }
        (entry(wordKey(stem, 0, 3)).stems ??= []).push([stem, i]);
        continue;
      }
      // not a word stem, so it holds a character outside a–z: non-ASCII when it has one, else the first such
      let offset = -1;
      for (let k = 0; k < needle.length && offset < 0; k++) if (needle.charCodeAt(k) > 0x7f) offset = k;
      for (let k = 0; k < needle.length && offset < 0; k++) {
        const c = needle.charCodeAt(k);
        if (c < 97 || c > 122) offset = k;
      }
      if (offset < 0) continue;
      const code = needle.charCodeAt(offset);
      isAnchor[code] = 1;
      (anchored[code] ??= []).push({ needle, offset, signature: i });
    }
    const keys = leadKeys(sig.pattern);
    leadIndexed.push(keys !== undefined);
    if (keys) for (const k of keys) (entry(k).leads ??= []).push(i);
  });

  return {
    leadIndexed,
    find(text) {
      const triggers: (number[] | undefined)[] = new Array(signatures.length);
      const leads: (number[] | undefined)[] = new Array(signatures.length);
      const add = (s: number, at: number): void => {
        const list = (triggers[s] ??= []);
        if (list.length < MAX_POSITIONS) list.push(at);
      };
      const n = text.length;
      for (let i = 0; i < n; ) {
        const c = text.charCodeAt(i);
        if (c < 97 || c > 122) {
          if (isAnchor[c] === 1) {
            for (const a of anchored[c]!) {
              const at = i - a.offset;
              if (at >= 0 && text.startsWith(a.needle, at)) add(a.signature, at);
            }
          }
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d < 97 || d > 122) break;
          j++;
        }
        const len = j - i;
        const e = entryOf[wordKey(text, i, len)]!;
        if (e !== 0) {
          const { whole, stems, leads: starts } = entries[e]!;
          if (len <= 3) {
            if (whole) for (const sIdx of whole) add(sIdx, i);
          } else if (stems) {
            for (const [stem, sIdx] of stems) if (stem.length <= len && text.startsWith(stem, i)) add(sIdx, i);
          }
          if (starts) for (const sIdx of starts) (leads[sIdx] ??= []).push(i);
        }
        i = j;
      }
      return { triggers, leads };
    },
  };
}

/** How far before / after a trigger a match of any signature can reach (longest patterns are ~300 chars). */
export const WINDOW_BEFORE = 320;
export const WINDOW_AFTER = 420;

/** Merged [start, end) windows around trigger positions; starts are moved back to a word boundary. */
export function windowsAround(text: string, positions: number[]): [number, number][] {
  if (positions.length >= MAX_POSITIONS) return [[0, text.length]];
  const sorted = positions.length > 1 ? [...positions].sort((a, b) => a - b) : positions;
  const out: [number, number][] = [];
  for (const p of sorted) {
    let s = Math.max(0, p - WINDOW_BEFORE);
    while (s > 0 && isLetter(text.charCodeAt(s - 1)) && p - s < WINDOW_BEFORE + 40) s--;
    const e = Math.min(text.length, p + WINDOW_AFTER);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 0x7f;
}
