// containsAnyOf must agree with `needles.some((n) => text.includes(n))` whatever the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../../../test/fixtures/reflex/seeded-random.js';
import { containsAnyOf, presentLists } from './needles.js';

/** 3000 texts of 1–12 pieces each, the same ones for a given seed. */
function* textsOf(pieces: readonly string[], seed: number): Generator<string> {
  const random = seededRandom(seed);
  for (let k = 0; k < 3000; k++) {
    let text = '';
    for (let j = random.int(0, 11); j >= 0; j--) text += random.pick(pieces);
    yield text;
  }
}

describe('containsAnyOf', () => {
  it('agrees with includes on texts built from the needles and their pieces', () => {
    const needles = ['ecret', 'assword', 'sk-', '://', 'AKIA', 'PRIVATE KEY-----', 'wd='];
    const present = containsAnyOf(needles);
    const pieces = ['e', 'c', 'r', 't', 'ecre', 'sk', '-', ':/', '/', 'AKI', 'A', 'wd', '=', ' ', 'PRIVATE KEY----', 'assw', 'ord', 'x'];
    for (const text of textsOf(pieces, 7)) {
      assert.equal(present(text), needles.some((n) => text.includes(n)), JSON.stringify(text));
    }
  });
  it('presentLists answers each list like containsAnyOf', () => {
    const lists = [['ecret', 'wd='], ['sk-', '://'], ['AKIA'], ['PRIVATE KEY-----', 'assw'], ['x-y']];
    const scan = presentLists(lists);
    const single = lists.map((l) => containsAnyOf(l));
    const pieces = ['e', 'c', 'r', 't', 'ecre', 'sk', '-', ':/', '/', 'AKI', 'A', 'wd', '=', ' ', 'PRIVATE KEY----', 'assw', 'x', 'y'];
    for (const text of textsOf(pieces, 11)) {
      const got = [...scan(text)].map((v) => v === 1);
      assert.deepEqual(got, single.map((p) => p(text)), JSON.stringify(text));
    }
  });
});
