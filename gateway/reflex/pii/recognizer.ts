// The shape every PII recogniser has (Presidio style): a cheap prefilter, a candidate pattern,
// a validator that confirms or rejects each candidate, and context words that raise the score.
import type { PiiFinding, PiiType } from '../../../contracts/reflex.js';
import { codeAt, indexIn, sliceOf } from '../string-ops.js';
import { grownInt32 } from '../int32-growth.js';

export interface PiiRecognizer {
  readonly type: PiiType;
  /** Appends this recogniser's validated findings in `text` to `out` (offsets are UTF-16 indices into `text`). */
  analyze(text: string, out: PiiFinding[]): void;
}

/** How far before (and after) a finding we look for context words. */
const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;

/**
 * The index of the first of `words` (lowercase, in list order) that appears near [start, end), or -1. The window is
 * small and fixed, so this costs one short slice per finding, never a pass over the whole text.
 */
export function contextWordAt(text: string, start: number, end: number, words: readonly string[]): number {
  if (words.length === 0) return -1;
  const window = sliceOf(text, Math.max(0, start - CONTEXT_BEFORE), Math.min(text.length, end + CONTEXT_AFTER)).toLowerCase();
  for (let k = 0; k < words.length; k++) if (indexIn(window, words[k]!) !== -1) return k;
  return -1;
}

/** Findings of one text checked window by window before `contextLookup` finds the words once for the whole text. */
const WINDOWS_BEFORE_INDEX = 16;

/**
 * `contextWordAt` for many findings of one text: the first few check their own windows; after that each word's
 * occurrences in the whole lowercased text are found once and each window asks, word by word in list order, whether
 * one lies inside it (a binary search; a word the text lacks costs nothing). A megabyte of short addresses or of
 * phone numbers had cost a lowercased slice and a search per word for each one. The answers are the same:
 * lowercasing maps one code unit to one everywhere but "İ" (two), so while the lengths agree a word lies in a
 * window's lowercase exactly when it lies at the same offsets in the text's; otherwise every window is checked.
 */
export function contextLookup(text: string, words: readonly string[]): (start: number, end: number) => number {
  let asked = 0;
  /** Per word, where it starts in the lowercased text, ascending; undefined until indexed, null when not indexable. */
  let starts: Int32Array[] | null | undefined;
  const index = (): Int32Array[] | null => {
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return null;
    return words.map((w) => {
      let at = new Int32Array(16);
      let n = 0;
      for (let i = indexIn(lower, w); i !== -1; i = indexIn(lower, w, i + 1)) {
        if (n === at.length) at = grownInt32(at, n + 1);
        at[n++] = i;
      }
      return at.subarray(0, n);
    });
  };
  return (start, end) => {
    if (++asked > WINDOWS_BEFORE_INDEX && starts === undefined) starts = index();
    if (!starts) return contextWordAt(text, start, end, words);
    const from = Math.max(0, start - CONTEXT_BEFORE);
    const to = Math.min(text.length, end + CONTEXT_AFTER);
    for (let k = 0; k < words.length; k++) {
      // the word's first occurrence at or after `from`: inside the window if it ends by `to` (a later one ends later)
      const at = starts[k]!;
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (at[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      if (lo < at.length && at[lo]! + words[k]!.length <= to) return k;
    }
    return -1;
  };
}

/** True when one of `words` appears in the few characters just before `start` (labels such as "order #"). */
export function hasLabelBefore(text: string, start: number, words: readonly string[], reach = 28): boolean {
  const window = sliceOf(text, Math.max(0, start - reach), start).toLowerCase();
  for (const w of words) if (indexIn(window, w) !== -1) return true;
  return false;
}

/** A label right before a number ("order #", "part no.", "lot", "$") makes it an identifier or an amount, not PII. */
const ID_LABEL =
  /(?:\b(?:order|invoice|part|sku|model|serial|ref|reference|ticket|tracking|id|acct|account|isbn|issn|version|build|po|case|batch|lot|item|zip|postal|pin|otp|amount|total|transaction|txn|confirmation|receipt|shipment|employee|customer|member|policy|claim|patent|product|catalog|catalogue|tx|hash|job|run|pr|issue|bug|code|isbn-1[03]|ean|upc|population|balance|score|count|docket|file|record|registration|license|licence|permit|voucher|coupon|booking|reservation|flight|route|room|unit|section|clause|figure|table|duns|vat|bestellnummer|rechnungsnummer|kundennummer|auftragsnummer|artikelnummer|sendungsnummer)\b(?:\s*(?:number|num|no\.?|nr\.?|#|id|code))?\s*[:#=]?\s*|[#$€£¥]\s*)$/;

/** True when an identifier label (see ID_LABEL) ends right before `start`. */
export function hasIdLabelBefore(text: string, start: number): boolean {
  return ID_LABEL.test(sliceOf(text, Math.max(0, start - 32), start).toLowerCase());
}

/** Base score raised by context: confirmed candidates keep their score, context adds confidence. */
export function withContext(base: number, boosted: boolean): number {
  return boosted ? Math.min(1, base + 0.15) : base;
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** True when the text at `end` goes on with a hyphen and a letter ("10.11.12.13-beta", "800-555-0000-K"): a version or a product code. */
export const versionSuffixAt = (text: string, end: number): boolean => codeAt(text, end) === 45 && isAsciiLetterCode(codeAt(text, end + 1));
export const isWordCode = (c: number): boolean => isDigitCode(c) || isAsciiLetterCode(c) || c === 95;
