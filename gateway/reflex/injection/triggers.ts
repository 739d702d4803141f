// Which signatures can possibly match a text, and where, found in one pass: every signature lists its
// trigger words (stems, matched at the start of a word) or, for symbols and non-Latin scripts,
// substrings. Only triggered signatures run their regex, and only in windows around their triggers.
// The same pass records, for signatures whose matches always begin at a word start, every word that
// could begin a match (./lead-words.ts), so detect.ts runs them only there.
import { grownInt32 } from '../int32-growth.js';
import { fourthMaskOf, LEAD_KEY_COUNT, LEAD_KEY_ONE, LEAD_KEY_TWO, LEAD_TAIL, leadKeys, leadsAtNonAscii, leadTailMasks, TAIL_NON_ASCII, TAIL_OTHER, wordKey } from './lead-words.js';
import type { InjectionSignature } from './signatures.js';
import { codeAt, createCodeUnitReader } from '../string-ops.js';

/**
 * What one text triggers, in typed arrays the index reuses: valid until its next `find` call (detection
 * is synchronous, so one text is in flight at a time).
 */
export interface TriggerHits {
  /** Per signature: how many trigger positions it has (0: none of its needles occurs), at most MAX_POSITIONS. */
  readonly triggerCount: Int32Array;
  /** Signature s's trigger positions are triggerPos[s·MAX_POSITIONS …] (in the order found). */
  readonly triggerPos: Int32Array;
  /** Lead-indexed signature s's possible match starts are leadPos[leadStart[s] … leadEnd[s]), ascending (set only for triggered signatures). */
  readonly leadStart: Int32Array;
  readonly leadEnd: Int32Array;
  readonly leadPos: Int32Array;
  /**
   * The signatures with a trigger (triggerCount > 0), ascending: triggered[0 … triggeredCount). A text
   * triggers a few dozen of the ~400 signatures, so callers loop over these instead of all of them.
   */
  readonly triggered: Int32Array;
  readonly triggeredCount: number;
  /**
   * Non-ASCII characters in the text. Past MAX_NON_ASCII_LEADS, signatures that can also begin at one
   * (TriggerIndex.nonAsciiLeads) get no lead positions and must scan their windows.
   */
  readonly nonAsciiCount: number;
}

export interface TriggerIndex {
  find(text: string): TriggerHits;
  /** Per signature: whether its matches can only begin at the word starts `find` reports as leads. */
  readonly leadIndexed: readonly boolean[];
  /** Per lead-indexed signature: its matches can also begin at any non-ASCII character (see leadsAtNonAscii). */
  readonly nonAsciiLeads: readonly boolean[];
}

const WORD_STEM = /^[a-z][a-z' -]*$/;
/** Positions kept per signature; past this the whole text is scanned anyway. */
export const MAX_POSITIONS = 16;
/**
 * Non-ASCII characters used as lead positions at most; a text with more (most text in a non-Latin
 * script) has the signatures that need them scan their windows, as cheap as a sticky run per character.
 */
export const MAX_NON_ASCII_LEADS = 64;

/** A substring needle, found from one of its characters that is not a–z (rarer than letters, and visited by the word pass). */
interface AnchoredNeedle {
  needle: string;
  /** Index of the anchor character in the needle. */
  offset: number;
  /** The code unit after the anchor (-1 when the anchor ends the needle): checked before the full comparison. */
  next: number;
  signature: number;
}

/** A stem (as code units from its fourth letter on: the key holds the first three) and the signatures it triggers. */
interface StemNeedle {
  rest: Uint16Array;
  signatures: number[];
}

/** What one word key (see ./lead-words.ts) can trigger: whole-word needles, stems, lead positions. */
interface WordEntry {
  /** Signatures with a 2–3-letter needle equal to the whole word. */
  whole: number[] | undefined;
  /** 4+-letter stems starting with the key's three letters (word longer than three letters), each with every signature it triggers. */
  stems: StemNeedle[] | undefined;
  /** Signatures whose matches can begin with a word of this key. */
  leads: number[] | undefined;
  /** Per entry of `leads`: which fourth characters can follow (see fourthMaskOf; all bits when unknown). */
  leadMasks: number[] | undefined;
  /** Per entry of `leads`: what its characters 3 … LEAD_TAIL - 1 can be (see leadTailMasks; undefined when unknown). */
  leadTails: (Int32Array | undefined)[] | undefined;
}

/** Characters a lead's tail masks cover (from the word's fourth character on). */
const TAIL_LENGTH = LEAD_TAIL - 3;
/** Every bit of a tail mask: a–z, other ASCII, non-ASCII. */
const ANY_TAIL = (1 << 28) - 1;

/** All 27 bits of a fourth-character mask. */
const ANY_FOURTH = (1 << 27) - 1;
/** Classes of a fourth character: a–z, or anything else (also: the word has three letters or fewer). */
const FOURTH_CLASSES = 27;

export function buildTriggerIndex(signatures: readonly InjectionSignature[]): TriggerIndex {
  // One table for every word: stems of 4+ letters match word starts and are keyed by their first
  // three letters; needles of 2–3 letters ("ai", "dan", "url") must be the whole word, or they would
  // fire everywhere. Key → 1-based index into `entries` (0: nothing to do for that word).
  const entryOf = new Uint16Array(LEAD_KEY_COUNT); // small tables stay in cache between requests
  const entries: WordEntry[] = [{ whole: undefined, stems: undefined, leads: undefined, leadMasks: undefined, leadTails: undefined }];
  const entry = (key: number): WordEntry => {
    if (entryOf[key] === 0) {
      entryOf[key] = entries.length;
      entries.push({ whole: undefined, stems: undefined, leads: undefined, leadMasks: undefined, leadTails: undefined });
    }
    return entries[entryOf[key]!]!;
  };
  const anchored: (AnchoredNeedle[] | undefined)[] = [];
  /** One bit per UTF-16 code: a substring needle is anchored on it (8 KB, so it stays in cache). */
  const isAnchor = new Uint32Array(2048);
  const leadIndexed: boolean[] = [];
  const nonAsciiLeads: boolean[] = [];
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
        // one check per distinct stem, however many signatures share it
        const stems = (entry(wordKey(stem, 0, 3)).stems ??= []);
        const rest = Uint16Array.from(stem.slice(3), (ch) => codeAt(ch, 0));
        const same = stems.find((s) => s.rest.length === rest.length && s.rest.every((v, k) => v === rest[k]));
        if (!same) stems.push({ rest, signatures: [i] });
        else if (!same.signatures.includes(i)) same.signatures.push(i);
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
      (anchored[code] ??= []).push({ needle, offset, next: offset + 1 < needle.length ? codeAt(needle, offset + 1) : -1, signature: i });
    }
    const keys = leadKeys(sig.pattern);
    leadIndexed.push(keys !== undefined);
    nonAsciiLeads.push(keys !== undefined && leadsAtNonAscii(sig.pattern));
    const tails = keys ? leadTailMasks(sig.pattern) : undefined;
    if (keys) {
      for (const k of keys) {
        const e = entry(k);
        (e.leads ??= []).push(i);
        const tail = tails?.get(k);
        (e.leadMasks ??= []).push(k < LEAD_KEY_TWO && tails ? (tail ? fourthMaskOf(tail) : 0) : ANY_FOURTH);
        (e.leadTails ??= []).push(tail);
      }
    }
  });

  // stems flattened into typed arrays (the word pass runs for every word of every text): entry e's stems
  // are q in [stemFrom[e], stemFrom[e + 1]), stem q's letters after the key are stemCodes[stemCode[q] …
  // + stemLen[q]) and it triggers stemSigs[stemSigFrom[q] … stemSigFrom[q + 1])
  const stemFrom = new Int32Array(entries.length + 1);
  for (let e = 0; e < entries.length; e++) stemFrom[e + 1] = stemFrom[e]! + (entries[e]!.stems?.length ?? 0);
  const stemCount = stemFrom[entries.length]!;
  /**
   * Per entry: the fourth letters its stems can have, one bit per a–z. Most words that share a stem's
   * first three letters differ at the fourth ("then" for "thes…"), so one bit test skips the stem loop.
   */
  const stemFourth = Int32Array.from(entries, (e) => (e.stems ?? []).reduce((m, s) => m | (1 << (s.rest[0]! - 97)), 0));
  const stemLen = new Int32Array(stemCount);
  const stemCode = new Int32Array(stemCount);
  const stemSigFrom = new Int32Array(stemCount + 1);
  const allStems = entries.flatMap((e) => e.stems ?? []);
  const stemCodes = new Uint16Array(allStems.reduce((n, s) => n + s.rest.length, 0));
  const stemSigs = new Int32Array(allStems.reduce((n, s) => n + s.signatures.length, 0));
  let codeAt_ = 0;
  allStems.forEach((s, q) => {
    stemLen[q] = s.rest.length;
    stemCode[q] = codeAt_;
    stemCodes.set(s.rest, codeAt_);
    codeAt_ += s.rest.length;
    stemSigs.set(s.signatures, stemSigFrom[q]!);
    stemSigFrom[q + 1] = stemSigFrom[q]! + s.signatures.length;
  });
  // anchored needles likewise: those anchored on code c are a in [anchorFrom.get(c) …), as code units
  const anchorRange = new Map<number, [number, number]>();
  const allAnchored = anchored.flatMap((list, code) => (list ? list.map((a) => ({ ...a, code })) : []));
  const anchorOffset = new Int32Array(allAnchored.length);
  const anchorNext = new Int32Array(allAnchored.length);
  const anchorSig = new Int32Array(allAnchored.length);
  const anchorCode = new Int32Array(allAnchored.length);
  const anchorLen = new Int32Array(allAnchored.length);
  const anchorCodes = new Uint16Array(allAnchored.reduce((n, a) => n + a.needle.length, 0));
  let anchorAt = 0;
  allAnchored.forEach((a, q) => {
    const range = anchorRange.get(a.code);
    if (range) range[1] = q + 1;
    else anchorRange.set(a.code, [q, q + 1]);
    anchorOffset[q] = a.offset;
    anchorNext[q] = a.next;
    anchorSig[q] = a.signature;
    anchorCode[q] = anchorAt;
    anchorLen[q] = a.needle.length;
    for (let k = 0; k < a.needle.length; k++) anchorCodes[anchorAt++] = codeAt(a.needle, k);
  });
  // the ranges of ASCII anchors also in arrays: '.', '(' or '-' occur dozens of times in a text, and a Map lookup each was a visible cost
  const asciiAnchorFrom = new Int32Array(128);
  const asciiAnchorTo = new Int32Array(128);
  for (const [code, [from, to]] of anchorRange) {
    if (code >= 128) continue;
    asciiAnchorFrom[code] = from;
    asciiAnchorTo[code] = to;
  }
  /**
   * Per ASCII anchor, 4 words of bits: the ASCII characters its needles continue with (all bits when one ends at
   * the anchor or continues outside ASCII, which bit 0 then stands for). Prose has dozens of '.' before a space,
   * and all 37 needles anchored on '.' (".com/", ".env", …) continue with a letter: one bit test skips them.
   */
  const asciiAnchorNext = new Int32Array(128 * 4);
  allAnchored.forEach((a) => {
    if (a.code >= 128) return;
    if (a.next < 0 || a.next >= 128) asciiAnchorNext.fill(-1, a.code * 4, a.code * 4 + 4);
    else asciiAnchorNext[a.code * 4 + (a.next >>> 5)]! |= 1 << (a.next & 31);
  });

  // whole-word lists likewise: entry e's are wholeSigs[wholeFrom[e] … wholeFrom[e + 1])
  const wholeFrom = new Int32Array(entries.length + 1);
  for (let e = 0; e < entries.length; e++) wholeFrom[e + 1] = wholeFrom[e]! + (entries[e]!.whole?.length ?? 0);
  const wholeSigs = Int32Array.from(entries.flatMap((e) => e.whole ?? []));

  // lead lists flattened into typed arrays and split by the character after the key's letters (its
  // mask bit, see fourthMaskOf: 0–25 a–z, 26 anything else), so the second pass reads only the
  // signatures a word's fourth character allows: entry e's leads for class f are
  // leadSig[leadFrom[27e + f] … leadFrom[27e + f + 1])
  // Each lead's tail masks are stored once per distinct tuple: leadTail[k] is the offset of lead k's
  // in tailMasks (TAIL_LENGTH masks), or -1 when any tail fits.
  const leadFrom = new Int32Array(entries.length * FOURTH_CLASSES + 1);
  const leadList: number[] = [];
  const leadTailList: number[] = [];
  const tailList: number[] = [];
  const tailOffset = new Map<string, number>();
  const offsetOf = (tail: Int32Array | undefined): number => {
    if (!tail || tail.every((m) => m === ANY_TAIL)) return -1;
    const key = tail.join(',');
    let at = tailOffset.get(key);
    if (at === undefined) {
      tailOffset.set(key, (at = tailList.length));
      tailList.push(...tail);
    }
    return at;
  };
  entries.forEach((e, i) => {
    for (let f = 0; f < FOURTH_CLASSES; f++) {
      e.leads?.forEach((s, k) => {
        if ((e.leadMasks![k]! & (1 << f)) === 0) return;
        leadList.push(s);
        leadTailList.push(offsetOf(e.leadTails![k]));
      });
      leadFrom[i * FOURTH_CLASSES + f + 1] = leadList.length;
    }
  });
  const leadSig = Int32Array.from(leadList);
  const leadTail = Int32Array.from(leadTailList);
  const tailMasks = Int32Array.from(tailList);
  /**
   * Whether codes[from …] fits the tail masks at tailMasks[tail …]. Past the end of the text anything
   * fits (a match ending there is covered by a shorter prefix, whose masks allow any character).
   */
  const tailFits = (codes: Uint16Array, from: number, n: number, tail: number): boolean => {
    for (let q = 0; q < TAIL_LENGTH && from + q < n; q++) {
      const c = codes[from + q]!;
      const bit = c >= 97 && c <= 122 ? 1 << (c - 97) : c > 0x7f ? TAIL_NON_ASCII : TAIL_OTHER;
      if ((tailMasks[tail + q]! & bit) === 0) return false;
    }
    return true;
  };
  /** Per entry: whether any signature can begin with a word of its key. */
  const hasLeads = Uint8Array.from(entries, (e) => (e.leads?.length ? 1 : 0));

  const count = signatures.length;
  const triggerCount = new Int32Array(count);
  const triggerPos = new Int32Array(count * MAX_POSITIONS);
  const triggered = new Int32Array(count);
  let triggeredCount = 0;
  /** One bit per triggered signature: read in ascending order after the pass, instead of sorting `triggered`. */
  const triggeredBits = new Int32Array((count + 31) >>> 5);
  const leadStart = new Int32Array(count);
  const leadEnd = new Int32Array(count);
  // (signature, position) pairs in text order, bucketed per signature after the pass (a counting sort)
  let pairSig = new Int32Array(1024);
  let pairPos = new Int32Array(1024);
  let leadPos = new Int32Array(1024);
  /** Words that can begin a match: their entry and position, from the first pass. */
  let wordEntry = new Int32Array(1024);
  let wordPos = new Int32Array(1024);
  const anyNonAsciiLeads = nonAsciiLeads.includes(true);
  const nonAsciiPos = new Int32Array(MAX_NON_ASCII_LEADS);
  let nonAsciiCount = 0;
  const hits = { triggerCount, triggerPos, leadStart, leadEnd, leadPos, triggered, triggeredCount, nonAsciiCount };
  const readCodes = createCodeUnitReader();
  const add = (s: number, at: number): void => {
    const c = triggerCount[s]!;
    if (c === 0) {
      triggeredCount++;
      triggeredBits[s >>> 5]! |= 1 << (s & 31);
    }
    if (c < MAX_POSITIONS) {
      triggerPos[s * MAX_POSITIONS + c] = at;
      triggerCount[s] = c + 1;
    }
  };

  /** Merges the non-ASCII positions into signature s's word starts (both ascending), from the back, in place. */
  const mergeNonAscii = (s: number, count: number): void => {
    let w = leadEnd[s]! - 1;
    let a = count - 1;
    let out = leadEnd[s]! + count - 1;
    const from = leadStart[s]!;
    while (a >= 0) leadPos[out--] = w >= from && leadPos[w]! > nonAsciiPos[a]! ? leadPos[w--]! : nonAsciiPos[a--]!;
    leadEnd[s] = leadEnd[s]! + count;
  };

  return {
    leadIndexed,
    nonAsciiLeads,
    find(text) {
      // only the previous text's triggered signatures have counts to clear
      for (let k = 0; k < triggeredCount; k++) triggerCount[triggered[k]!] = 0;
      triggeredCount = 0;
      nonAsciiCount = 0;
      let pairs = 0;
      let leadWords = 0;
      const codes = readCodes(text);
      const n = codes.length;
      // a word takes a letter and the character after it, so this many can be kept without a check
      if (wordEntry.length <= n >> 1) {
        wordEntry = new Int32Array((n >> 1) + 1);
        wordPos = new Int32Array((n >> 1) + 1);
      }
      const words = wordEntry;
      const wordsAt = wordPos;
      for (let i = 0; i < n; ) {
        const c = codes[i]!;
        if (c < 97 || c > 122) {
          if (c > 0x7f && anyNonAsciiLeads) {
            if (nonAsciiCount < MAX_NON_ASCII_LEADS) nonAsciiPos[nonAsciiCount] = i;
            nonAsciiCount++;
          }
          if ((isAnchor[c >>> 5]! & (1 << (c & 31))) !== 0) {
            const following = i + 1 < n ? codes[i + 1]! : -2;
            let from: number;
            let to: number;
            if (c < 128) {
              const f = following >= 0 && following < 128 ? following : 0;
              if ((asciiAnchorNext[c * 4 + (f >>> 5)]! & (1 << (f & 31))) === 0) {
                i++;
                continue;
              }
              from = asciiAnchorFrom[c]!;
              to = asciiAnchorTo[c]!;
            } else [from, to] = anchorRange.get(c)!;
            for (let q = from; q < to; q++) {
              const next = anchorNext[q]!;
              if (next !== -1 && next !== following) continue;
              const at = i - anchorOffset[q]!;
              const m = anchorLen[q]!;
              if (at < 0 || at + m > n) continue;
              const off = anchorCode[q]!;
              let k = 0;
              while (k < m && codes[at + k] === anchorCodes[off + k]) k++;
              if (k === m) add(anchorSig[q]!, at);
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
          if (len <= 3) {
            for (let z = wholeFrom[e]!, zEnd = wholeFrom[e + 1]!; z < zEnd; z++) add(wholeSigs[z]!, i);
          } else if ((stemFourth[e]! & (1 << (codes[i + 3]! - 97))) !== 0) {
            for (let q = stemFrom[e]!, qEnd = stemFrom[e + 1]!; q < qEnd; q++) {
              const m = stemLen[q]!;
              if (m + 3 > len) continue;
              const off = stemCode[q]!;
              let k = 0;
              while (k < m && codes[i + 3 + k] === stemCodes[off + k]) k++;
              if (k === m) for (let z = stemSigFrom[q]!, zEnd = stemSigFrom[q + 1]!; z < zEnd; z++) add(stemSigs[z]!, i);
            }
          }
          if (hasLeads[e] === 1) {
            // kept for the second pass: only signatures that turn out to be triggered get lead positions
            words[leadWords] = e;
            wordsAt[leadWords++] = i;
          }
        }
        i = j;
      }
      // the growable pair arrays in locals: closure variables that are reassigned are reloaded on every access
      let sigOfPair = pairSig;
      let posOfPair = pairPos;
      for (let w = 0; w < leadWords; w++) {
        const at = wordsAt[w]!;
        // the word's fourth character's class (26: the word has three letters or fewer)
        const d = at + 3 < n ? codes[at + 3]! : 0;
        const list = words[w]! * FOURTH_CLASSES + (d >= 97 && d <= 122 ? d - 97 : 26);
        const from = leadFrom[list]!;
        const to = leadFrom[list + 1]!;
        if (pairs + (to - from) > sigOfPair.length) {
          sigOfPair = pairSig = grownInt32(pairSig, pairs + (to - from));
          posOfPair = pairPos = grownInt32(pairPos, pairs + (to - from));
        }
        for (let k = from; k < to; k++) {
          const sIdx = leadSig[k]!;
          if (triggerCount[sIdx] === 0) continue;
          // the characters after the word's first three can begin no match of this signature
          const tail = leadTail[k]!;
          if (tail >= 0 && !tailFits(codes, at + 3, n, tail)) continue;
          sigOfPair[pairs] = sIdx;
          posOfPair[pairs++] = at;
        }
      }
      // ascending, the order a loop over every signature runs them in (equal-weight matches count in that order)
      let listed = 0;
      for (let b = 0; b < triggeredBits.length; b++) {
        for (let bits = triggeredBits[b]!; bits !== 0; bits &= bits - 1) triggered[listed++] = (b << 5) | (31 - Math.clz32(bits & -bits));
        triggeredBits[b] = 0;
      }
      // pairs bucketed per triggered signature (a counting sort): leadEnd counts, then serves as the cursor
      for (let k = 0; k < triggeredCount; k++) leadEnd[triggered[k]!] = 0;
      for (let k = 0; k < pairs; k++) leadEnd[pairSig[k]!]!++;
      // signatures that can also begin at a non-ASCII character get room for those positions too
      const extra = nonAsciiCount <= MAX_NON_ASCII_LEADS ? nonAsciiCount : 0;
      let at = 0;
      for (let k = 0; k < triggeredCount; k++) {
        const s = triggered[k]!;
        leadStart[s] = at;
        at += leadEnd[s]! + (nonAsciiLeads[s] ? extra : 0);
        leadEnd[s] = leadStart[s]!;
      }
      if (leadPos.length < at) leadPos = hits.leadPos = new Int32Array(Math.max(at, leadPos.length * 2));
      for (let k = 0; k < pairs; k++) leadPos[leadEnd[pairSig[k]!]!++] = pairPos[k]!;
      if (extra > 0) for (let k = 0; k < triggeredCount; k++) if (nonAsciiLeads[triggered[k]!]) mergeNonAscii(triggered[k]!, extra);
      hits.triggeredCount = triggeredCount;
      hits.nonAsciiCount = nonAsciiCount;
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
