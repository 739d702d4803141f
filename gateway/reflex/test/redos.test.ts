// ReDoS: 1 MB adversarial inputs through every recogniser and every injection signature. Each call
// must finish in < 50 ms (the one timing assertion the issue allows): a fixed set of shapes for all,
// and for each signature the inputs built from its own needles and words (./redos-inputs.ts, also run
// by scripts/redos-probe.ts), where dense repeats of the words a rule starts from cost it the most.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectInjection } from '../injection/detect.js';
import { normaliseForInjection } from '../injection/normalise.js';
import { SIGNATURES } from '../injection/signatures.js';
import { DEFAULT_RECOGNIZERS } from '../pii/registry.js';
import type { PiiFinding } from '../../../contracts/reflex.js';
import { bestMs, fixedShapes, LIMIT_MS, OVER_BOUND, scanAll, slowUnit } from './redos-inputs.js';

const ADVERSARIAL = fixedShapes();

describe('ReDoS: 1 MB adversarial inputs', () => {
  for (const r of DEFAULT_RECOGNIZERS) {
    it(`recogniser ${r.type}`, () => {
      for (const [name, text] of Object.entries(ADVERSARIAL)) {
        const ms = bestMs(LIMIT_MS, () => r.analyze(text, [] as PiiFinding[]));
        assert.ok(ms < LIMIT_MS, `${r.type} on ${name}: ${ms.toFixed(1)} ms`);
      }
    });
  }
  it('normalisation and every injection signature', () => {
    for (const [name, text] of Object.entries(ADVERSARIAL)) {
      let norm = '';
      const nms = bestMs(LIMIT_MS * 4, () => {
        norm = normaliseForInjection(text).text;
      });
      assert.ok(nms < LIMIT_MS * 4, `normalise on ${name}: ${nms.toFixed(1)} ms`); // one pass per stage, four stages
      for (const sig of SIGNATURES) {
        // the pattern over the whole input regardless of needles, bounded number of matches
        const ms = bestMs(LIMIT_MS, () => scanAll(sig.pattern, norm));
        assert.ok(ms < LIMIT_MS, `signature ${sig.rule} ${sig.pattern.source.slice(0, 40)} on ${name}: ${ms.toFixed(1)} ms`);
      }
    }
  });
  it('every injection signature on 1 MB of its own needles and words (screened at 1/16 MB, see slowUnit)', () => {
    const slow = SIGNATURES.flatMap((sig, i) => {
      const key = `#${i} ${sig.rule}`;
      const limit = OVER_BOUND.get(key) ?? LIMIT_MS;
      const found = slowUnit(sig, limit);
      return found ? [`${key} on ${found.input}: ${found.ms.toFixed(1)} ms on ${found.size} bytes (limit ${limit} ms)`] : [];
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
    const ms = bestMs(LIMIT_MS, () => detectInjection('deine"'.repeat(15)));
    assert.ok(ms < LIMIT_MS, `${ms.toFixed(1)} ms`);
  });
  it('the whole injection check on 1 MB', () => {
    const ms = bestMs(1000, () => detectInjection(ADVERSARIAL['words']!));
    assert.ok(ms < 1000, `${ms.toFixed(1)} ms`);
  });
});
