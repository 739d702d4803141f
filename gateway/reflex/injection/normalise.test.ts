// The normaliser's fast searches find exactly what the plain definitions find: base64 runs by a
// skipping search, leetspeak spots from the rare leet characters. Each is checked against a
// one-character-at-a-time reference on seeded random texts built from the characters that matter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldCodePoint, isInvisible, tagToAscii } from './fold.js';
import { blobRuns, foldLeet, foldUnicode } from './normalise.js';

/** A small deterministic generator (LCG), so failures reproduce. */
function randomTexts(count: number, alphabet: string, seed: number): string[] {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) | 0;
    return (state >>> 0) / 2 ** 32;
  };
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let text = '';
    const parts = Math.floor(next() * 40);
    for (let p = 0; p < parts; p++) {
      const ch = alphabet[Math.floor(next() * alphabet.length)]!;
      text += ch.repeat(1 + Math.floor(next() * (next() < 0.2 ? 24 : 3)));
    }
    texts.push(text);
  }
  return texts;
}

/** blobRuns by definition: maximal base64 runs plus up to two '=', kept at 16 to 8192 characters. */
function referenceBlobRuns(text: string): [number, number][] {
  const isB64 = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9+/_-]/.test(c);
  const runs: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isB64(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (isB64(text[i])) i++;
    let end = i;
    while (end < text.length && end - i < 2 && text[end] === '=') end++;
    if (end - start >= 16 && end - start <= 8192) runs.push([start, end]);
    i = end;
  }
  return runs;
}

/** Leet spots by definition: the pair regex, applied one match at a time from where folding left off. */
function referenceLeetSpots(text: string): number[] {
  const pair = /[a-z][013457@$]|[013457@$!][a-z]/g;
  const spots: number[] = [];
  for (let m = pair.exec(text); m !== null; m = pair.exec(text)) spots.push(m.index);
  return spots;
}

describe('normalise: fast searches', () => {
  it('blobRuns finds the runs the plain scan finds', () => {
    for (const text of randomTexts(3000, 'aZ09+/_-=  .\n', 1)) assert.deepEqual(blobRuns(text), referenceBlobRuns(text), JSON.stringify(text));
  });

  it('foldLeet changes text exactly where a letter touches a leet character', () => {
    for (const text of randomTexts(3000, 'ab013457@$! .x', 2)) {
      const folded = foldLeet(text);
      assert.equal(folded.length, text.length);
      if (referenceLeetSpots(text).length === 0) assert.equal(folded, text, JSON.stringify(text));
    }
    assert.equal(foldLeet('1gn0r3 pr3v10us 1nstruct10ns'), 'ignore previous instructions');
    assert.equal(foldLeet('!gnore, 3 + 4 = 7, mail x@host.io'), 'ignore, 3 + 4 = 7, mail x@host.io');
    assert.equal(foldLeet('a11 ru1es'), 'all rules');
  });
});

/** foldUnicode by definition: each code point folded on its own (ASCII lowercased), every unit it yields mapped to that code point. */
function referenceFold(text: string): { text: string; starts: number[]; ends: number[] } {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const rep = cp < 0x80 ? String.fromCharCode(cp).toLowerCase() : isInvisible(cp) ? '' : (tagToAscii(cp)?.toLowerCase() ?? foldCodePoint(cp));
    for (let k = 0; k < rep.length; k++) {
      out += rep[k];
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  return { text: foldLeet(out), starts, ends };
}

describe('normalise: Unicode folding', () => {
  it('foldUnicode folds each character as foldCodePoint does and maps every unit back to it', () => {
    // ligatures and compatibility forms that expand, astral letters, lone surrogates, invisible and
    // tag characters, combining marks, homoglyphs, CJK, kana, hangul, Greek final sigma, leet
    const alphabet = ['a', 'Q', ' ', '1', '!', 'é', 'É', 'ﬁ', '㎏', 'Σ', 'ς', 'о', 'Ａ', '𝐀', '\u200b', '\u0301', '😀', '\ud800', '\udc00', '\u{e0041}', 'ß', 'İ', '中', 'ア', '한', '\ufeff', 'ǅ', 'ﾊﾞ', '①', '½'];
    let state = 3;
    const next = (n: number): number => {
      state = (Math.imul(state, 1664525) + 1013904223) | 0;
      return (state >>> 0) % n;
    };
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let k = next(40); k >= 0; k--) text += alphabet[next(alphabet.length)];
      const folded = foldUnicode(text);
      const expected = referenceFold(text);
      assert.equal(folded.text, expected.text, JSON.stringify(text));
      assert.deepEqual(Array.from(folded.starts!), expected.starts, JSON.stringify(text));
      assert.deepEqual(Array.from(folded.ends!), expected.ends, JSON.stringify(text));
    }
    // long enough to outgrow the kept buffers, with expansions all along
    const long = 'ﬁ㎏𝐀é'.repeat(20_000);
    assert.deepEqual(foldUnicode(long).text, referenceFold(long).text);
  });
});
