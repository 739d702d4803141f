import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sigVerified } from './dsl.js';
import { normaliseForInjection } from './normalise.js';

describe('sigVerified', () => {
  it('folds its verifier like the pattern, so words written with accents or in Cyrillic match the normalised text', () => {
    const s = sigVerified('précédentes|системы', 'override', 0.3, 'ignore', 'ignore');
    for (const word of ['précédentes', 'системы']) assert.ok(s.verify!.test(normaliseForInjection(`ignore ${word}`).text), word);
    assert.ok(!s.verify!.test(normaliseForInjection('ignore autres').text));
  });
});
