// ReDoS: 1 MB adversarial inputs through every recogniser and every injection signature. The bound
// is 50 ms per call on the reference machine, scaled by how much slower this machine is at a fixed regex
// workload (`slowdown`, ./redos-inputs.ts); the tests fail a call at TEST_HEADROOM times that, which every
// super-linear pattern exceeds by far and no linear one reaches by noise, and scripts/redos-probe.ts reports
// the exact bound. Inputs: a fixed set of shapes for all, and for each signature the inputs built from its
// own needles and words, where dense repeats of the words a rule starts from cost it the most.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectInjection } from '../injection/detect.js';
import { normaliseForInjection } from '../injection/normalise.js';
import { SIGNATURES } from '../injection/signatures.js';
import { DEFAULT_RECOGNIZERS } from '../pii/registry.js';
import type { PiiFinding } from '../../../contracts/reflex.js';
import { firstSlowdown, fixedShapes, LIMIT_MS, OVER_BOUND, overBound, overMessage, scanAll, slowCall, slowUnit, TEST_HEADROOM } from './redos-inputs.js';

const ADVERSARIAL = fixedShapes();
describe('ReDoS: 1 MB adversarial inputs', () => {
  for (const r of DEFAULT_RECOGNIZERS) {
    it(`recogniser ${r.type}`, () => {
      const slow = Object.entries(ADVERSARIAL).flatMap(([name, text]) => slowCall(`${r.type} on ${name}`, LIMIT_MS, () => r.analyze(text, [] as PiiFinding[])));
      assert.deepEqual(slow, []);
    });
  }
  it('normalisation and every injection signature', () => {
    const slow = Object.entries(ADVERSARIAL).flatMap(([name, text]) => {
      let norm = '';
      // one pass per stage, four stages
      const normalising = slowCall(`normalise on ${name}`, LIMIT_MS * 4, () => (norm = normaliseForInjection(text).text));
      // each pattern over the whole input regardless of needles, bounded number of matches
      return normalising.concat(
        SIGNATURES.flatMap((sig) => slowCall(`signature ${sig.rule} ${sig.pattern.source.slice(0, 40)} on ${name}`, LIMIT_MS, () => scanAll(sig.pattern, norm))),
      );
    });
    assert.deepEqual(slow, []);
  });
  it('every injection signature on 1 MB of its own needles and words (screened at 1/16 MB, see slowUnit)', (t) => {
    t.diagnostic(`this machine ran the reference workload ${firstSlowdown().toFixed(2)}× as slow as the reference machine: the 50 ms bound is ${(LIMIT_MS * firstSlowdown()).toFixed(0)} ms here, failed at ${TEST_HEADROOM}× that`);
    const slow = SIGNATURES.flatMap((sig, i) => {
      const key = `#${i} ${sig.rule}`;
      let input = '';
      const found = overBound(OVER_BOUND.get(key) ?? LIMIT_MS, (limit) => {
        const c = slowUnit(sig, limit);
        input = c ? `${c.input}, ${c.size} bytes` : '';
        return c?.ms ?? 0;
      });
      return overMessage(`${key} on ${input}`, found);
    });
    assert.deepEqual(slow, []);
  });
  it('the signatures allowed over the bound (OVER_BOUND) name signatures that exist', () => {
    for (const key of OVER_BOUND.keys()) {
      const i = Number(/^#(\d+) /.exec(key)![1]);
      assert.equal(`#${i} ${SIGNATURES[i]?.rule}`, key, `${key} is not signature ${i} any more`);
    }
  });
  it('words joined by quotes, no whitespace, cost linear time (a word token could once split them every way)', () => {
    // 90 characters took ~3 s before WORD (dsl.ts), 120 took 12 s: the bound only has to catch that
    assert.deepEqual(slowCall('15 words', LIMIT_MS, () => detectInjection('deine"'.repeat(15))), []);
  });
  it('the whole injection check on 1 MB', () => {
    assert.deepEqual(slowCall('words', 1000, () => detectInjection(ADVERSARIAL['words']!)), []);
  });
});
