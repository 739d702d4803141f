// "Does the text contain any of these substrings?" — the prefilter of recognisers that only run when
// a literal occurs. `text.includes(needle)` searches for the needle's FIRST character, which for
// needles like "ecret" or "assword" is a common letter with hundreds of false starts in 4 KB of
// prose; searching for the part of the needle that starts at its rarest character ("cret", "word")
// and checking the rest in front of it finds the same occurrences with a fraction of the work.
import { indexIn, startsWithAt } from '../string-ops.js';

/** Characters by how common they are in prompts, most common first; anything unlisted counts as rarest. */
const COMMON = ' etaoinsrhldcumfpgwybvk.,\n-/xjqzTAISCEOWMPNBRDHLFGU0123456789():"\'_=';

function rarity(c: string): number {
  const i = COMMON.indexOf(c);
  return i < 0 ? COMMON.length : i;
}

/**
 * Where a needle's anchor starts: its rarest character, except a trailing "-" of a longer needle
 * ("sk-"): a one-character anchor sends every occurrence of that character to a full comparison, and
 * "-" fills whole texts (PEM armour, "----" rules).
 */
function anchorOffset(needle: string): number {
  const last = needle.length > 1 && needle.endsWith('-') ? needle.length - 2 : needle.length - 1;
  let offset = 0;
  for (let k = 1; k <= last; k++) if (rarity(needle[k]!) > rarity(needle[offset]!)) offset = k;
  return offset;
}

interface Anchored {
  needle: string;
  /** Where `anchor` (the needle from its rarest character on) starts in the needle. */
  offset: number;
}

/** A predicate equal to `needles.some((n) => text.includes(n))`, searching each needle from its rarest character on. */
export function containsAnyOf(needles: readonly string[]): (text: string) => boolean {
  const groups = new Map<string, Anchored[]>();
  for (const needle of needles) {
    if (needle === '') return () => true;
    const offset = anchorOffset(needle);
    const anchor = needle.slice(offset);
    const list = groups.get(anchor);
    if (list) list.push({ needle, offset });
    else groups.set(anchor, [{ needle, offset }]);
  }
  const byAnchor = [...groups.entries()];
  return (text) => {
    for (const [anchor, list] of byAnchor) {
      for (let at = indexIn(text, anchor); at !== -1; at = indexIn(text, anchor, at + 1)) {
        for (const { needle, offset } of list) if (at >= offset && startsWithAt(text, needle, at - offset)) return true;
      }
    }
    return false;
  };
}

/**
 * For several needle lists at once, which lists have a needle in the text: `(text) => present`, where
 * present[i] tells list i's answer (the same as `containsAnyOf(lists[i])(text)`; an empty list is
 * always present). Needles are anchored as in containsAnyOf and grouped by anchor across all lists,
 * so each distinct anchor is searched once (a native search), and only until every list it can
 * satisfy is satisfied. Choose needles whose rarest character is rare: a search costs a pass, and a
 * pass over common letters is slow ("machine" takes 20× longer to rule out than "QZX"). The
 * returned array is reused by the next call.
 */
export function presentLists(lists: readonly (readonly string[])[]): (text: string) => Uint8Array {
  const present = new Uint8Array(lists.length);
  const always: number[] = [];
  const groups = new Map<string, { needle: string; offset: number; list: number }[]>();
  lists.forEach((needles, list) => {
    if (needles.length === 0) always.push(list);
    for (const needle of needles) {
      if (needle === '') {
        always.push(list);
        continue;
      }
      const offset = anchorOffset(needle);
      const anchor = needle.slice(offset);
      const group = groups.get(anchor) ?? [];
      if (!group.some((g) => g.needle === needle && g.list === list)) group.push({ needle, offset, list });
      groups.set(anchor, group);
    }
  });
  // within a group, needles are sorted by the character before the anchor, so an occurrence is only
  // compared with the needles that character allows ("_" anchors ghp_, npm_, whsec_, …)
  const byAnchor = [...groups.entries()].map(([anchor, group]) => {
    const byBefore = new Map<number, typeof group>();
    for (const g of group) {
      const before = g.offset > 0 ? g.needle.charCodeAt(g.offset - 1) : -1;
      byBefore.set(before, [...(byBefore.get(before) ?? []), g]);
    }
    return { anchor, group, atStart: byBefore.get(-1) ?? [], byBefore };
  });
  return (text) => {
    present.fill(0);
    for (const list of always) present[list] = 1;
    for (const { anchor, group, atStart, byBefore } of byAnchor) {
      let open = 0;
      for (const g of group) if (present[g.list] === 0) open++;
      for (let at = open > 0 ? indexIn(text, anchor) : -1; at !== -1; at = indexIn(text, anchor, at + 1)) {
        for (const candidates of [atStart, at > 0 ? byBefore.get(text.charCodeAt(at - 1)) : undefined]) {
          if (!candidates) continue;
          for (const { needle, offset, list } of candidates) {
            if (present[list] === 1 || at < offset || !startsWithAt(text, needle, at - offset)) continue;
            present[list] = 1;
            open--;
          }
        }
        if (open <= 0) break;
      }
    }
    return present;
  };
}
