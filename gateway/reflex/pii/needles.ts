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
    let offset = 0;
    for (let k = 1; k < needle.length; k++) if (rarity(needle[k]!) > rarity(needle[offset]!)) offset = k;
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
