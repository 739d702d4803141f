// The saved-reference string helpers behave exactly like the methods they stand in for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeAt, createCodeUnitReader, indexIn, sliceOf, startsWithAt } from './string-ops.js';

describe('string-ops', () => {
  const text = 'a\ud800b\udc00c😀é中 ignore ALL';
  it('match the String methods', () => {
    for (let i = 0; i < text.length; i++) assert.equal(codeAt(text, i), text.charCodeAt(i));
    assert.equal(sliceOf(text, 3, 9), text.slice(3, 9));
    assert.equal(sliceOf(text, 4), text.slice(4));
    assert.equal(indexIn(text, 'ignore'), text.indexOf('ignore'));
    assert.equal(indexIn(text, 'A', 20), text.indexOf('A', 20));
    assert.equal(startsWithAt(text, 'ignore', text.indexOf('ignore')), true);
    assert.equal(startsWithAt(text, 'ignore', 0), false);
  });
  it('reads code units, lone surrogates included, and reuses its scratch', () => {
    const read = createCodeUnitReader();
    assert.deepEqual([...read(text)], [...text].flatMap((ch) => [...Array(ch.length).keys()].map((k) => ch.charCodeAt(k))));
    const long = 'x'.repeat(10_000) + '\u00e9';
    const units = read(long);
    assert.equal(units.length, long.length);
    assert.equal(units[10_000], 0xe9);
    assert.equal(read('ab').length, 2);
  });
});
