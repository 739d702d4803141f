// Which signatures can possibly match a text, and where, found in one pass: every signature lists its
// trigger words (stems, matched at the start of a word) or, for symbols and non-Latin scripts,
// substrings. Only triggered signatures run their regex, and only in windows around their triggers,
// so a clean 4 KB prompt costs one tokenising pass.
import type { InjectionSignature } from './signatures.js';

export interface TriggerIndex {
  /** Per signature: undefined when it cannot match, else the text positions of its triggers. */
  triggered(text: string): (number[] | undefined)[];
}

const WORD_STEM = /^[a-z][a-z' -]*$/;
/** Positions kept per signature; past this the whole text is scanned anyway. */
const MAX_POSITIONS = 16;

export function buildTriggerIndex(signatures: readonly InjectionSignature[]): TriggerIndex {
  // stems of 4+ letters match word starts, bucketed by their first three letters (26³ buckets);
  // stems of 2–3 letters ("ai", "dan", "url") must be the whole word, or they would fire everywhere
  const byPrefix: ([string, number][] | undefined)[] = new Array(26 * 26 * 26);
  // whole words of 2–3 letters: index 676·a+26·b+c for three letters, 17576+26·a+b for two
  const wholeWords: (number[] | undefined)[] = new Array(17576 + 676);
  const shortKey = (w: string): number =>
    w.length === 3 ? 676 * (w.charCodeAt(0) - 97) + 26 * (w.charCodeAt(1) - 97) + (w.charCodeAt(2) - 97) : 17576 + 26 * (w.charCodeAt(0) - 97) + (w.charCodeAt(1) - 97);
  const substrings: [string, number][] = [];
  const nonAsciiSubstrings: [string, number][] = [];
  signatures.forEach((sig, i) => {
    for (const needle of sig.needles) {
      if (WORD_STEM.test(needle)) {
        // a phrase needle needs all its words; its longest word is the most selective trigger
        const stem = needle.split(/[ '-]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
        if (stem.length < 2) continue;
        if (stem.length <= 3) {
          const list = (wholeWords[shortKey(stem)] ??= []);
          if (!list.includes(i)) list.push(i);
          continue;
        }
        const key = 676 * (stem.charCodeAt(0) - 97) + 26 * (stem.charCodeAt(1) - 97) + (stem.charCodeAt(2) - 97);
        (byPrefix[key] ??= []).push([stem, i]);
      } else if (/[^\x00-\x7f]/.test(needle)) nonAsciiSubstrings.push([needle, i]);
      else substrings.push([needle, i]);
    }
  });
  return {
    triggered(text) {
      const hits: (number[] | undefined)[] = new Array(signatures.length);
      const add = (s: number, at: number): void => {
        const list = (hits[s] ??= []);
        if (list.length < MAX_POSITIONS) list.push(at);
      };
      let nonAscii = false;
      const n = text.length;
      for (let i = 0; i < n; ) {
        const c = text.charCodeAt(i);
        if (c < 97 || c > 122) {
          if (c > 0x7f) nonAscii = true;
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
        if (len <= 3) {
          if (len >= 2) {
            const list =
              wholeWords[len === 3 ? 676 * (c - 97) + 26 * (text.charCodeAt(i + 1) - 97) + (text.charCodeAt(i + 2) - 97) : 17576 + 26 * (c - 97) + (text.charCodeAt(i + 1) - 97)];
            if (list) for (const sIdx of list) add(sIdx, i);
          }
        } else {
          const list = byPrefix[676 * (c - 97) + 26 * (text.charCodeAt(i + 1) - 97) + (text.charCodeAt(i + 2) - 97)];
          if (list) for (const [stem, sIdx] of list) if (stem.length <= len && text.startsWith(stem, i)) add(sIdx, i);
        }
        i = j;
      }
      const scan = (needle: string, s: number): void => {
        for (let at = text.indexOf(needle), k = 0; at !== -1 && k < MAX_POSITIONS; at = text.indexOf(needle, at + 1), k++) add(s, at);
      };
      for (const [needle, s] of substrings) scan(needle, s);
      if (nonAscii) for (const [needle, s] of nonAsciiSubstrings) scan(needle, s);
      return hits;
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
