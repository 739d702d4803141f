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
const SEP_CLASS = String.raw`[^a-z0-9\u00c0-\u1fff\u3040-\ud7af]`;
export const SEP = `${SEP_CLASS}{0,4}`;
/** SEP taken whole (every separator there is, up to 4), with no shorter length to back into (see wordsThen). */
const SEP_WHOLE = `(?:${SEP_CLASS}{0,3}(?!${SEP_CLASS})|${SEP_CLASS}{4})`;
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
/**
 * Lookbehinds (`behind`) tested after a lookahead for the pattern that follows them (`rest`): the same
 * matches (zero-width tests at one position, in any order), but the lookbehinds, costly where every word
 * start is a candidate, only run where `rest` can match at all. `rest` then runs twice on a match.
 */
export const restFirst = (behind: string, rest: string): string => `(?=${rest})${behind}${rest}`;
/**
 * An e-mail address or a domain, found from its anchor (the "@", or the "." before one of `tlds` and a "/"):
 * the name in front is left to the span before, so no pattern runs a long name class from every character
 * of a digit run (ReDoS). The "@" and "." come before the lookbehind that checks the character in front of
 * them (same matches): V8 skips to a literal, where an alternative opening with a lookbehind is tried at
 * every position (~7× slower scan). Alternatives, to join into a group.
 */
export const mailOrDomain = (tlds: string): string => String.raw`@(?<=[a-z0-9._%+-]@)[a-z0-9-]{1,60}\.[a-z]{2,12}(?![a-z])|\.(?<=[a-z0-9]\.)(?:${tlds})\/`;
/**
 * `alt(list)` with its alternatives grouped by their first letter (after folding, as the text is): "(?:send|salary|post)" becomes
 * "(?:s(?:end|alary)|post)". The same matches: two alternatives that begin with different letters never both match at one
 * position, and those that begin alike keep their order. V8 tries an alternation's alternatives one after another, so a
 * long list tried at every word of a span costs a test per alternative where the groups cost one per letter (#339's
 * objects after up to twelve words: about 1.25× faster on "bcc bcc …"). Each alternative must begin with a plain letter.
 */
export function byFirstLetter(list: string): string {
  const groups = new Map<string, string[]>();
  for (const option of alternativesOf(foldPatternSource(oneLine(list.trim())))) {
    const first = String.fromCodePoint(option.codePointAt(0) ?? 0);
    if (!/^\p{L}$/u.test(first) || /^[?*+{]/.test(option.slice(first.length))) throw new Error(`byFirstLetter: "${option}" does not begin with a plain letter`);
    const rests = groups.get(first) ?? [];
    rests.push(option.slice(first.length));
    groups.set(first, rests);
  }
  return `(?:${[...groups].map(([first, rests]) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`)).join('|')})`;
}
/**
 * Fails at once unless one of `chars` (the inside of a character class, e.g. "|\\n") occurs within the next `n` characters:
 * `(?![^chars]{n})` written out as `n` classes in a row, which V8 runs as straight-line code, about 3× faster than the
 * counted loop (#343 on "curl curl …", 1 MB: 49 -> 14 ms). For a fail-fast check at every start of a dense repeat, before a
 * bounded run that needs one of those characters to end; `chars` must not contain a space (the DSL would read it as SEP).
 */
export const expectWithin = (chars: string, n: number): string => `(?!${`[^${chars}]`.repeat(n)})`;
/**
 * Fails at once where the next `n` characters are there and none of them ends one of `words` (plain letters, a space for SEP;
 * folded like the patterns; a word may begin before them): a read of `n` characters, each one a class test unless it is a
 * word's last letter, where a lookbehind asks for the words that end in it. expectWithin for whole words, where a first letter
 * is too common to tell (#388's Hindi orders: "ई" in "ईमल कर" and "ईमल" alone); the last letter is where the word is known,
 * so nothing is read twice.
 * The read goes eight characters a turn (a counted loop tests its counter after each; written out in full it would take
 * #388's source past 20 KB, where V8 stops optimising a regex).
 */
export function expectEndWithin(words: readonly string[], n: number): string {
  const byLast = new Map<string, string[]>();
  for (const word of words.map((w) => foldPatternSource(w))) {
    if (!/^[\p{L}\p{N} ]+$/u.test(word)) throw new Error(`expectEndWithin: "${word}" is not plain letters and spaces`);
    const last = [...word].at(-1)!;
    if (last === ' ') throw new Error(`expectEndWithin: "${word}" ends in a space`);
    byLast.set(last, [...(byLast.get(last) ?? []), word]);
  }
  // the words that end alike share their common ending, read first (a lookbehind reads right to left)
  const behind = (ending: string[]): string => {
    let common = ending[0]!;
    for (const w of ending) while (!w.endsWith(common)) common = common.slice(1);
    return ending.length === 1 ? ending[0]! : `(?:${ending.map((w) => w.slice(0, w.length - common.length)).join('|')})${common}`;
  };
  const unit = `(?:[^${[...byLast.keys()].join('')}]|${[...byLast].map(([last, ending]) => `${last}(?<!${behind(ending)})`).join('|')})`;
  return `(?!(?:${unit.repeat(8)}){${Math.floor(n / 8)}}${unit.repeat(n % 8)})`;
}
/**
 * Fails at once where `${SEP}${anyWords(max)}` and then a follower that begins with one of `starts` (an alternation of
 * plain letters, e.g. the first two letters of each word the follower may begin with) cannot match, in the two cases that
 * are cheap to tell; elsewhere it lets the pattern run. Where SEP is taken whole (not before whitespace), anyWords' words
 * begin where it ends (a shorter SEP only lengthens the first word, see atomicRuns), so: `max` + 1 words of at most 40
 * characters, none beginning so, or a first word longer than anyWords' 40 characters that does not begin so. For a dense
 * repeat of short words the follower does not begin with, one read instead of a walk over the words with a test of the
 * follower after each (#136 on "ai ai …", 1 MB, with its other changes: 44 -> 25 ms). Put it before SEP, not between SEP and
 * anyWords, where atomicRuns would no longer take SEP whole. The walk over words of up to anyWords' 40 characters comes last
 * (the lookahead's answer is the same in any order): "agents agents …" needs it (#136, 1 MB: 65 -> 45 ms), but as the only
 * walk it cost more on words of up to four characters ("bots", 31 -> 42 ms) and on runs with no whitespace ("agents-agents-…",
 * where it reads 40 characters back and forth before the 41 of the long first word: 15 -> 100 ms).
 */
export const expectWordWithin = (max: number, starts: string): string => {
  const notStart = `(?!${starts})`;
  const walk = (word: string): string => `(?:${word}\\s{1,4}${notStart}){${max}}\\S`;
  return `(?!${SEP_WHOLE}(?!\\s)${notStart}(?:${walk('\\S{1,4}')}|${'\\S'.repeat(41)}|${walk('\\S{1,40}')}))`;
};
/** Up to `max` words from `list`, each followed by a separator. */
export const words = (list: string, max: number): string => `(?:${alt(list)} ){0,${max}}`;
/**
 * Whether SEP, up to `max` of anyWords' words and then `follower` match here: the same answer as `${SEP}${anyWords(max)}${follower}`
 * (a space before the words) for a follower that begins with a letter, or that can begin where the whole SEP ends wherever
 * it can begin inside it (#425's optional path before "backups"). For restFirst's lookahead, which only asks: a shorter SEP
 * can only start the first word earlier, on a separator, and reaches the same word ends with no more words, so the words
 * are walked once instead of once more for every shorter SEP (as atomicRuns does where it may; SEP stopped by its 4
 * characters before whitespace keeps every length). #425 on "drop. drop. …": about 1.6× faster.
 */
export const wordsThen = (max: number, follower: string): string =>
  `(?:(?:${SEP_WHOLE}(?!\\s)|(?=${SEP_CLASS}{4}\\s)${SEP})${anyWords(max)}${follower})`;
/** Up to `max` arbitrary whitespace-separated tokens (explicit whitespace keeps this linear). */
export const anyWords = (max: number): string => String.raw`(?:\S{1,40}\s{1,4}){0,${max}}`;
/** What ends a CJK clause (see `clause`). */
export const CLAUSE_ENDS = '。．.!！?？\\n';
/** Up to `max` characters of one CJK clause (no sentence end in between). */
export const clause = (max: number): string => `[^${CLAUSE_ENDS}]{0,${max}}`;

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
  for (let i = 0; i < source.length; ) {
    if (!inClass && source.startsWith('\\S+', i)) {
      out += WORD;
      i += 3;
      continue;
    }
    const next = regexToken(source, i, inClass);
    out += !inClass && source[i] === ' ' ? SEP : source.slice(i, next.end);
    ({ inClass } = next);
    i = next.end;
  }
  return out;
}

/**
 * The end of the regex-source token at `i` (an escape is two characters; a class opened as "[]" keeps
 * its leading "]" as a member) and whether a character class is open after it: the one lexer the
 * pattern rewriters here share, so they agree on what is inside a class.
 */
function regexToken(source: string, i: number, inClass: boolean): { end: number; inClass: boolean } {
  const ch = source[i];
  if (ch === '\\') return { end: Math.min(i + 2, source.length), inClass };
  if (inClass) return { end: i + 1, inClass: ch !== ']' };
  if (ch === '[') return { end: source[i + 1] === ']' ? i + 2 : i + 1, inClass: true };
  return { end: i + 1, inClass: false };
}

/** anyWords' word (see `anyWords`): its `\S` run can only end where whitespace begins. */
const ANY_WORD = String.raw`(?:\S{1,40}\s{1,4})`;
/** Shorter runs (SEP's four characters) backtrack too little to pay for a group. */
const MIN_ATOMIC_RUN = 10;
/**
 * `[^…]{m,n}` (greedy) then one character, escaped or not, a class of plain characters, or `\s` (whitespace), with no
 * quantifier of its own or one that takes at least one (`+`, `{1,4}`): either way the run must stop before a follower.
 */
const RUN_THEN_CHAR = /^(\[\^(?:\\.|[^\]\\])*\])(\{\d+,\d+\})(?![?])(\\s|\\[^a-zA-Z0-9]|[^\\()[\]{}|?*+.^$]|\[[^\]\\^][^\]\\]*\])(?![?*]|\{0)/;
/** Every character `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
const WHITESPACE = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];

/** The characters a follower of RUN_THEN_CHAR stands for (a class of plain characters, "-" only at its ends), or undefined. */
function followerChars(follower: string): string[] | undefined {
  if (follower === '\\s') return WHITESPACE;
  if (!follower.startsWith('[')) return [follower.slice(-1)];
  const chars = [...follower.slice(1, -1)];
  return chars.some((c, k) => c === '-' && k > 0 && k < chars.length - 1) ? undefined : chars;
}

/** A character SEP cannot match: a letter or digit of the text's alphabets. */
const NOT_SEP = /^[a-z0-9\u00c0-\u1fff\u3040-\ud7af]$/;

/** Index after the group that opens at `i` (a `(`), or -1. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < source.length; ) {
    const ch = source[k];
    if (!inClass && ch === '(') depth++;
    else if (!inClass && ch === ')' && --depth === 0) return k + 1;
    ({ end: k, inClass } = regexToken(source, k, inClass));
  }
  return -1;
}

/** The top-level alternatives of `body` (the inside of a group). */
function alternativesOf(body: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let k = 0; k < body.length; ) {
    const c = body[k];
    if (!inClass && c === '(') depth++;
    else if (!inClass && c === ')') depth--;
    else if (!inClass && c === '|' && depth === 0) {
      options.push(body.slice(from, k));
      from = k + 1;
    }
    ({ end: k, inClass } = regexToken(body, k, inClass));
  }
  options.push(body.slice(from));
  return options;
}

/** Whether `source[i…]` can only begin a match with a character SEP cannot match (so no match starts inside a separator). */
function startsPastSep(source: string, i: number): boolean {
  const ch = source[i];
  if (ch === undefined) return false;
  if (ch === '(') {
    if (!source.startsWith('(?:', i)) return false;
    const end = groupEnd(source, i);
    if (end < 0) return false;
    if (!alternativesOf(source.slice(i + 3, end - 1)).every((o) => startsPastSep(o, 0))) return false;
    const q = source[end];
    if (q === '?' || q === '*' || source.startsWith('{0', end)) return startsPastSep(source, end + (q === '{' ? source.indexOf('}', end) - end + 1 : 1) + (source[end + 1] === '?' ? 1 : 0));
    return true;
  }
  const q = source[i + 1];
  return NOT_SEP.test(ch) && q !== '?' && q !== '*' && !source.startsWith('{0', i + 1);
}

/**
 * Makes runs that can end in only one place atomic, emulated as `(?=(X))\N` (a lookahead does not
 * backtrack; the backreference consumes what it matched): anyWords' `\S{1,40}` before whitespace, and a
 * negated class run before a character the class excludes. Backtracking into such a run only tries
 * shorter runs, each failing on the next character, so the matches are the same; a failing start
 * (1 MB of "gib\"gib\"…", where each word runs past 40 characters) then scans once instead of twice.
 * And SEP before anyWords, where that is safe (below). The probe (scripts/redos-probe.ts) took 26
 * signatures over 50 ms to 10 with this; the per-signature scans of every corpus record are unchanged.
 * Not inside a lookbehind (it matches right to left, the reference would come first) nor in a pattern
 * with backreferences of its own (the new groups would renumber them).
 */
export function atomicRuns(source: string): string {
  if (/\\[1-9]/.test(source)) return source;
  let out = '';
  let groups = 0;
  let inClass = false;
  const open: boolean[] = []; // per open group: whether it is a lookbehind
  let behind = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (!inClass && behind === 0) {
      // SEP before anyWords, when what follows the words cannot begin on a separator: a shorter SEP
      // only starts the first word earlier, on the separator, so it reaches the same word ends with
      // one word less to spare and adds no match; taking SEP whole (atomic) saves the second walk over
      // the words. Unless SEP stopped at its four characters before whitespace: then the
      // separator's last word can end there, and it backtracks as before.
      if (source.startsWith(SEP + ANY_WORD + '{0,', i) && startsPastSep(source, source.indexOf('}', i + SEP.length + ANY_WORD.length) + 1)) {
        const n = ++groups;
        out += `(?:(?=(${SEP}))\\${n}(?!\\s)|(?=${SEP_CLASS}{4}\\s)${SEP})`;
        i += SEP.length - 1;
        continue;
      }
      if (source.startsWith(ANY_WORD, i)) {
        out += `(?:(?=(\\S{1,40}))\\${++groups}\\s{1,4})`;
        i += ANY_WORD.length - 1;
        continue;
      }
      const run = ch === '[' && source[i + 1] === '^' ? RUN_THEN_CHAR.exec(source.slice(i, i + 400)) : null;
      const excluded = run ? followerChars(run[3]!) : undefined;
      if (run && excluded && Number(/\d+(?=\})/.exec(run[2]!)![0]) >= MIN_ATOMIC_RUN && !excluded.some((c) => new RegExp(run[1]!).test(c))) {
        out += `(?=(${run[1]}${run[2]}))\\${++groups}`;
        i += run[1]!.length + run[2]!.length - 1;
        continue;
      }
    }
    if (inClass || ch === '\\' || ch === '[') {
      const next = regexToken(source, i, inClass);
      out += source.slice(i, next.end);
      ({ inClass } = next);
      i = next.end - 1;
    } else if (ch === '(') {
      const lookbehind = source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      if (source[i + 1] !== '?' || (source[i + 2] === '<' && !lookbehind)) groups++;
      open.push(lookbehind);
      if (lookbehind) behind++;
      out += ch;
    } else if (ch === ')') {
      if (open.pop()) behind--;
      out += ch;
    } else out += ch;
  }
  return out;
}

/**
 * Drops an alternative that repeats an earlier one of the same group (folding makes "lösche|losche" two "losche"s): it could
 * only fail again where the first failed, after the same work. Left as is when the pattern has capturing groups (renumbering).
 */
export function dropRepeatedAlternatives(source: string): string {
  let i = 0;
  let capturing = false;
  const sequence = (): string => {
    const options: string[] = [];
    let cur = '';
    while (i < source.length && source[i] !== ')') {
      const ch = source[i]!;
      if (ch === '\\' || ch === '[') {
        // an escape, or a whole class: copied as one piece
        let j = i;
        let inClass = false;
        do ({ end: j, inClass } = regexToken(source, j, inClass));
        while (inClass && j < source.length);
        cur += source.slice(i, j);
        i = j;
      } else if (ch === '(') {
        const open = /^\((?:\?(?::|=|!|<=|<!))?/.exec(source.slice(i, i + 4))![0];
        if (open === '(') capturing = true;
        i += open.length;
        const body = sequence();
        i++;
        cur += `${open}${body})`;
      } else if (ch === '|') {
        options.push(cur);
        cur = '';
        i++;
      } else {
        cur += ch;
        i++;
      }
    }
    options.push(cur);
    return [...new Set(options)].join('|');
  };
  const out = sequence();
  return capturing || i < source.length ? source : out;
}

export function sig(rule: string, weight: number, needles: string | readonly string[], ...sources: string[]): InjectionSignature {
  const source = atomicRuns(spacesToSep(dropRepeatedAlternatives(foldPatternSource(sources.join('|')))));
  return {
    rule,
    weight,
    verify: undefined,
    needles: (typeof needles === 'string' ? needles.split('|') : needles).map((n) => foldPatternSource(n.trim())).filter((n) => n !== ''),
    pattern: new RegExp(source, 'g'),
  };
}

/**
 * `sig` whose matches must also contain one of the words of `verify` (an alternation). The verifier is folded like
 * the patterns, since it reads the same normalised match: "précédentes" written plainly would otherwise never match.
 */
export function sigVerified(verify: string, rule: string, weight: number, needles: string, ...sources: string[]): InjectionSignature {
  return { ...sig(rule, weight, needles, ...sources), verify: new RegExp(`(?<![a-z])${foldPatternSource(verify)}(?![a-z])`) };
}
