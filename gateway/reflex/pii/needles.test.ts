// containsAnyOf must agree with `needles.some((n) => text.includes(n))` whatever the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containsAnyOf, presentLists } from './needles.js';

describe('containsAnyOf', () => {
  it('agrees with includes on texts built from the needles and their pieces', () => {
    const needles = ['ecret', 'assword', 'sk-', '://', 'AKIA', 'PRIVATE KEY-----', 'wd='];
    const present = containsAnyOf(needles);
    const pieces = ['e', 'c', 'r', 't', 'ecre', 'sk', '-', ':/', '/', 'AKI', 'A', 'wd', '=', ' ', 'PRIVATE KEY----', 'assw', 'ord', 'x'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = next(12); j >= 0; j--) text += pieces[next(pieces.length)];
      assert.equal(present(text), needles.some((n) => text.includes(n)), JSON.stringify(text));
    }
  });
  it('presentLists answers each list like containsAnyOf', () => {
    const lists = [['ecret', 'wd='], ['sk-', '://'], ['AKIA'], ['PRIVATE KEY-----', 'assw'], ['x-y']];
    const scan = presentLists(lists);
    const single = lists.map((l) => containsAnyOf(l));
    const pieces = ['e', 'c', 'r', 't', 'ecre', 'sk', '-', ':/', '/', 'AKI', 'A', 'wd', '=', ' ', 'PRIVATE KEY----', 'assw', 'x', 'y'];
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = next(12); j >= 0; j--) text += pieces[next(pieces.length)];
      const got = [...scan(text)].map((v) => v === 1);
      assert.deepEqual(got, single.map((p) => p(text)), JSON.stringify(text));
    }
  });
});
