// ReDoS: 1 MB adversarial inputs through every recogniser and every injection signature. Each call
// must finish in < 50 ms (the one timing assertion the issue allows; the bound is generous — typical
// runs take a few ms — so this fails only on super-linear behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectInjection } from '../injection/detect.js';
import { normaliseForInjection } from '../injection/normalise.js';
import { SIGNATURES } from '../injection/signatures.js';
import { DEFAULT_RECOGNIZERS } from '../pii/registry.js';
import type { PiiFinding } from '../../../contracts/reflex.js';

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const ADVERSARIAL: Record<string, string> = {
  'digit run': fill('1'),
  'digits and separators': fill('1 '),
  'repeated dashes': fill('12-'),
  'dotted quads': fill('1.1.'),
  'colons': fill('a:'),
  'at signs': fill('a@'),
  'nested quotes': fill('"\'`'),
  'long base64': fill('QUJD'),
  'hex': fill('4a'),
  'letters': fill('a'),
  'spaced letters': fill('a '),
  'words': fill('ignore all previous '),
  'key prefixes': fill('sk-AKIAghp_eyJ'),
  'url userinfo': fill('a://b:c'),
  'uppercase': fill('DE89'),
  'pem': fill('-----BEGIN PRIVATE KEY-----'),
  'cjk': fill('忽略之前'),
  'zero width': fill('a\u200b'),
  // shapes the indirect-injection, decoding and secret-field rules look for
  'html comments': fill('<!-- a '),
  'hidden css': fill('display:none '),
  'markdown images': fill('![x](http://a?b='),
  'hyphenated words': fill('ig-nore '),
  'percent escapes': fill('%41'),
  'rot13 hint': 'rot13 ' + fill('ab '),
  'key fields': fill('a_b_c_password: '),
  // one long rule line: a pattern that starts at every dash of it backtracks on each
  'dash run': fill('-'),
  'hash run': fill('#'),
  'cli flags': fill('mysql -p'),
  'role tags': fill('[admin]: '),
};

/**
 * Runs fn until one run finishes under limitMs (at most five tries) and returns the best time: a GC
 * pause or a busy neighbour process slows one run, while super-linear backtracking is slow every time.
 */
function within(limitMs: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5 && best >= limitMs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('ReDoS: 1 MB adversarial inputs', () => {
  for (const r of DEFAULT_RECOGNIZERS) {
    it(`recogniser ${r.type}`, () => {
      for (const [name, text] of Object.entries(ADVERSARIAL)) {
        const ms = within(50, () => r.analyze(text, [] as PiiFinding[]));
        assert.ok(ms < 50, `${r.type} on ${name}: ${ms.toFixed(1)} ms`);
      }
    });
  }
  it('normalisation and every injection signature', () => {
    for (const [name, text] of Object.entries(ADVERSARIAL)) {
      let norm = '';
      const nms = within(50 * 4, () => {
        norm = normaliseForInjection(text).text;
      });
      assert.ok(nms < 50 * 4, `normalise on ${name}: ${nms.toFixed(1)} ms`); // one pass per stage, four stages
      for (const sig of SIGNATURES) {
        const ms = within(50, () => {
          // run the pattern over the whole input regardless of needles, bounded number of matches
          sig.pattern.lastIndex = 0;
          let n = 0;
          while (n++ < 1000 && sig.pattern.exec(norm) !== null);
        });
        assert.ok(ms < 50, `signature ${sig.rule} ${sig.pattern.source.slice(0, 40)} on ${name}: ${ms.toFixed(1)} ms`);
      }
    }
  });
  it('words joined by quotes, no whitespace, cost linear time (a word token could once split them every way)', () => {
    // 90 characters took ~3 s before WORD (dsl.ts), 120 took 12 s: the bound only has to catch that
    const ms = within(50, () => detectInjection('deine"'.repeat(15)));
    assert.ok(ms < 50, `${ms.toFixed(1)} ms`);
  });
  it('the whole injection check on 1 MB', () => {
    const ms = within(1000, () => detectInjection(ADVERSARIAL['words']!));
    assert.ok(ms < 1000, `${ms.toFixed(1)} ms`);
  });
});
