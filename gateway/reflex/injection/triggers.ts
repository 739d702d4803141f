// Which signatures can possibly match a text, and where, found in one pass: every signature lists its
// trigger words (stems, matched at the start of a word) or, for symbols and non-Latin scripts,
// substrings. Only triggered signatures run their regex, and only in windows around their triggers.
// The same pass records, for signatures whose matches always begin at a word start, every word that
// could begin a match (./lead-words.ts), so detect.ts runs them only there.
import { grownInt32 } from './int32-growth.js';
import { LEAD_KEY_COUNT, LEAD_KEY_ONE, LEAD_KEY_TWO, leadKeys, wordKey } from './lead-words.js';
import type { InjectionSignature } from './signatures.js';
import { codeAt, createCodeUnitReader, startsWithAt } from '../string-ops.js';

/**
 * What one text triggers, in typed arrays the index reuses: valid until its next `find` call (detection
 * is synchronous, so one text is in flight at a time).
 */
export interface TriggerHits {
  /** Per signature: how many trigger positions it has (0: none of its needles occurs), at most MAX_POSITIONS. */
  readonly triggerCount: Int32Array;
  /** Signature s's trigger positions are triggerPos[s·MAX_POSITIONS …] (in the order found). */
  readonly triggerPos: Int32Array;
  /** Lead-indexed signature s's possible match starts are leadPos[leadStart[s] … leadStart[s + 1]), ascending. */
  readonly leadStart: Int32Array;
  readonly leadPos: Int32Array;
}

export interface TriggerIndex {
  find(text: string): TriggerHits;
  /** Per signature: whether its matches can only begin at the word starts `find` reports as leads. */
  readonly leadIndexed: readonly boolean[];
}

const WORD_STEM = /^[a-z][a-z' -]*$/;
/** Positions kept per signature; past this the whole text is scanned anyway. */
export const MAX_POSITIONS = 16;

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
  const entryOf = new Uint16Array(LEAD_KEY_COUNT); // small tables stay in cache between requests
  const entries: WordEntry[] = [{ whole: undefined, stems: undefined, leads: undefined }];
  const entry = (key: number): WordEntry => {
    if (entryOf[key] === 0) {
      entryOf[key] = entries.length;
      entries.push({ whole: undefined, stems: undefined, leads: undefined });
    }
    return entries[entryOf[key]!]!;
  };
  const anchored: (AnchoredNeedle[] | undefined)[] = [];
  /** One bit per UTF-16 code: a substring needle is anchored on it (8 KB, so it stays in cache). */
  const isAnchor = new Uint32Array(2048);
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
      for (let k = 0; k < needle.length && offset < 0; k++) if (codeAt(needle, k) > 0x7f) offset = k;
      for (let k = 0; k < needle.length && offset < 0; k++) {
        const c = codeAt(needle, k);
        if (c < 97 || c > 122) offset = k;
      }
      if (offset < 0) continue;
      const code = codeAt(needle, offset);
      isAnchor[code >>> 5]! |= 1 << (code & 31);
      (anchored[code] ??= []).push({ needle, offset, signature: i });
    }
    const keys = leadKeys(sig.pattern);
    leadIndexed.push(keys !== undefined);
    if (keys) for (const k of keys) (entry(k).leads ??= []).push(i);
  });

  const count = signatures.length;
  const triggerCount = new Int32Array(count);
  const triggerPos = new Int32Array(count * MAX_POSITIONS);
  const leadStart = new Int32Array(count + 1);
  const leadCursor = new Int32Array(count + 1);
  // (signature, position) pairs in text order, bucketed per signature after the pass (a counting sort)
  let pairSig = new Int32Array(1024);
  let pairPos = new Int32Array(1024);
  let leadPos = new Int32Array(1024);
  const hits = { triggerCount, triggerPos, leadStart, leadPos };
  const readCodes = createCodeUnitReader();
  const add = (s: number, at: number): void => {
    const c = triggerCount[s]!;
    if (c < MAX_POSITIONS) {
      triggerPos[s * MAX_POSITIONS + c] = at;
      triggerCount[s] = c + 1;
    }
  };

  return {
    leadIndexed,
    find(text) {
      triggerCount.fill(0);
      let pairs = 0;
      const codes = readCodes(text);
      const n = codes.length;
      for (let i = 0; i < n; ) {
        const c = codes[i]!;
        if (c < 97 || c > 122) {
          if ((isAnchor[c >>> 5]! & (1 << (c & 31))) !== 0) {
            for (const a of anchored[c]!) {
              const at = i - a.offset;
              if (at >= 0 && startsWithAt(text, a.needle, at)) add(a.signature, at);
            }
          }
          i++;
          continue;
        }
        let j = i + 1;
        while (j < n) {
          const d = codes[j]!;
          if (d < 97 || d > 122) break;
          j++;
        }
        const len = j - i;
        // the word's key (see ./lead-words.ts wordKey)
        const key =
          len >= 3
            ? 676 * (c - 97) + 26 * (codes[i + 1]! - 97) + (codes[i + 2]! - 97)
            : len === 2
              ? LEAD_KEY_TWO + 26 * (c - 97) + (codes[i + 1]! - 97)
              : LEAD_KEY_ONE + (c - 97);
        const e = entryOf[key]!;
        if (e !== 0) {
          const { whole, stems, leads } = entries[e]!;
          if (len <= 3) {
            if (whole) for (const sIdx of whole) add(sIdx, i);
          } else if (stems) {
            for (const [stem, sIdx] of stems) if (stem.length <= len && startsWithAt(text, stem, i)) add(sIdx, i);
          }
          if (leads) {
            if (pairs + leads.length > pairSig.length) {
              pairSig = grownInt32(pairSig, pairs + leads.length);
              pairPos = grownInt32(pairPos, pairs + leads.length);
            }
            for (const sIdx of leads) {
              pairSig[pairs] = sIdx;
              pairPos[pairs++] = i;
            }
          }
        }
        i = j;
      }
      leadStart.fill(0);
      for (let k = 0; k < pairs; k++) leadStart[pairSig[k]! + 1]!++;
      for (let s = 0; s < count; s++) leadStart[s + 1]! += leadStart[s]!;
      if (leadPos.length < pairs) leadPos = hits.leadPos = new Int32Array(Math.max(pairs, leadPos.length * 2));
      leadCursor.set(leadStart);
      for (let k = 0; k < pairs; k++) leadPos[leadCursor[pairSig[k]!]!++] = pairPos[k]!;
      return hits;
    },
  };
}

/** How far before / after a trigger a match of any signature can reach (longest patterns are ~300 chars). */
export const WINDOW_BEFORE = 320;
export const WINDOW_AFTER = 420;

const sorted = new Int32Array(MAX_POSITIONS);

/**
 * Merged [start, end) windows around `count` trigger positions pos[from …], written to `out` as
 * start/end pairs; returns how many windows. Starts are moved back to a word boundary. Sixteen or more
 * positions: the whole text.
 */
export function windowsAround(text: string, pos: Int32Array, from: number, count: number, out: Int32Array): number {
  if (count >= MAX_POSITIONS) {
    out[0] = 0;
    out[1] = text.length;
    return 1;
  }
  // insertion sort: at most 15 positions
  for (let k = 0; k < count; k++) {
    const v = pos[from + k]!;
    let m = k;
    while (m > 0 && sorted[m - 1]! > v) {
      sorted[m] = sorted[m - 1]!;
      m--;
    }
    sorted[m] = v;
  }
  let windows = 0;
  for (let k = 0; k < count; k++) {
    const p = sorted[k]!;
    let s = Math.max(0, p - WINDOW_BEFORE);
    while (s > 0 && isLetter(codeAt(text, s - 1)) && p - s < WINDOW_BEFORE + 40) s--;
    const e = Math.min(text.length, p + WINDOW_AFTER);
    if (windows > 0 && s <= out[2 * windows - 1]!) out[2 * windows - 1] = Math.max(out[2 * windows - 1]!, e);
    else {
      out[2 * windows] = s;
      out[2 * windows + 1] = e;
      windows++;
    }
  }
  return windows;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 0x7f;
}
