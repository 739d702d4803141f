// The little language injection signatures are written in (see ./signatures.ts for the rules).
//
// A signature is a regex over normalised text (lowercase, accents and homoglyphs folded, leetspeak
// undone), a weight, and needles that must occur for it to run. A space in a pattern means "a short
// run of separators" (SEP), so "ignore all" also matches "ignore   all", "ignore_all", "ignore.all"
// and letter-spaced "ignoreall" (a space inside a character class is just a space). Non-ASCII letters in patterns are folded exactly like the text (so
// Cyrillic rules survive homoglyph folding). Quantifiers are bounded everywhere (ReDoS: 1 MB of
// adversarial input must stay linear).
import { foldPatternSource } from './fold.js';

export interface InjectionSignature {
  /** Reported as `matches[].rule`. */
  readonly rule: string;
  /** How strongly one match indicates an attack (0–1). */
  readonly weight: number;
  /** The rule runs only if one of these occurs (see ./triggers.ts): word stems, or substrings for symbols and non-Latin scripts. */
  readonly needles: readonly string[];
  readonly pattern: RegExp;
  /** A second, cheap check on the matched text (keeps the pattern itself free of costly backtracking). */
  readonly verify: RegExp | undefined;
}

/**
 * Separators between words: anything that is not a letter or digit, up to 4. Letters are a–z (the
 * text is folded), the alphabets from U+00C0 up to the symbol blocks, and kana, CJK and hangul; the
 * class is kept short because it appears at every space of every pattern, and V8 stops optimising
 * a regex whose source passes 20 KB.
 */
export const SEP = String.raw`[^a-z0-9\u00c0-\u1fff\u3040-\ud7af]{0,4}`;
export const START = String.raw`(?<![a-z\u0400-\u04ff])`;
export const END = String.raw`(?![a-z\u0400-\u04ff])`;

/** A pattern written across lines, joined (line breaks and indentation dropped). */
export const oneLine = (source: string): string => source.replace(/\s*\n\s*/g, '');
/** Alternation from a `a|b|c` list written across lines. */
export const alt = (list: string): string => `(?:${oneLine(list.trim())})`;
/**
 * Alternatives that all begin at a word start, behind one shared START: V8 then tries the group's
 * first letters before the lookbehind instead of the lookbehind at every position (same matches:
 * START is a zero-width test, order of the alternatives kept). Measured ~10× cheaper on a miss.
 */
export const startAny = (...alternatives: string[]): string => `${START}(?:${alternatives.join('|')})`;
/** Up to a sentence end (a dot inside a URL, a file name or an address does not end it). */
export const IN_SENTENCE = String.raw`(?:[^\n.!?]|[.](?=\S))`;
/** "How can I send … to my own backend": the user asking how, not giving an order. */
export const NOT_A_QUESTION = String.raw`(?<!(?:how (?:can|do|should|would|could) (?:i|we) |how to |(?:i|we) (?:want|need|would like) to ))`;
/** Up to `max` words from `list`, each followed by a separator. */
export const words = (list: string, max: number): string => `(?:${alt(list)} ){0,${max}}`;
/** Up to `max` arbitrary whitespace-separated tokens (explicit whitespace keeps this linear). */
export const anyWords = (max: number): string => String.raw`(?:\S{1,40}\s{1,4}){0,${max}}`;
/** Up to `max` characters of one CJK clause (no sentence end in between). */
export const clause = (max: number): string => `[^。．.!！?？\\n]{0,${max}}`;

/**
 * What `\S+` in a pattern becomes: one whole whitespace-delimited word of at most 40 characters, less
 * the punctuation that trails it ("it." in "head of IT. Turn off…" leaves the "." to what follows). A
 * bare `\S+` before a space (SEP, which may be empty and shares punctuation with `\S`) can split a run
 * without whitespace at every position, and `(?:\S+ ){0,5}` over `deine"deine"…` backtracked
 * exponentially (120 characters: 12 s). WORD starts after whitespace and ends at the run's last letter
 * or digit, so it has exactly one way to be cut.
 */
const LETTER = String.raw`[a-z0-9\u00c0-\u1fff\u3040-\ud7af]`;
export const WORD = String.raw`(?<!\S)\S{0,39}${LETTER}(?=[^a-z0-9\u00c0-\u1fff\u3040-\ud7af\s]{0,4}(?!\S))`;

/**
 * Replaces each space outside a character class with SEP (a space inside `[…]` stays a literal space)
 * and each `\S+` with WORD.
 */
function spacesToSep(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      if (!inClass && source[i + 1] === 'S' && source[i + 2] === '+') {
        out += WORD;
        i += 2;
        continue;
      }
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
      if (source[i + 1] === ']') out += source[++i]!; // "[]…]": a leading "]" is a member
    } else out += ch === ' ' ? SEP : ch;
  }
  return out;
}

export function sig(rule: string, weight: number, needles: string | readonly string[], ...sources: string[]): InjectionSignature {
  const source = spacesToSep(foldPatternSource(sources.join('|')));
  return {
    rule,
    weight,
    verify: undefined,
    needles: (typeof needles === 'string' ? needles.split('|') : needles).map((n) => foldPatternSource(n.trim())).filter((n) => n !== ''),
    pattern: new RegExp(source, 'g'),
  };
}

/** `sig` whose matches must also contain one of the words of `verify` (an alternation). */
export function sigVerified(verify: string, rule: string, weight: number, needles: string, ...sources: string[]): InjectionSignature {
  return { ...sig(rule, weight, needles, ...sources), verify: new RegExp(`(?<![a-z])${verify}(?![a-z])`) };
}
