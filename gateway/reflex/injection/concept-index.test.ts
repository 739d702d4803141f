import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildConceptIndex, CONCEPT_INDEX, conceptsOf, entryKey, pairKey, stemKey, wordKey } from './concept-index.js';
import { LEXICON_ASIA } from './concept-lexicon-asia.js';
import { LEXICON_EUROPE } from './concept-lexicon-europe.js';
import { CONCEPTS, type ConceptName } from './concept-types.js';
import { normaliseForInjection } from './normalise.js';
import { hashUnits, STEM } from './token-hash.js';

const bit = (name: ConceptName): number => 1 << CONCEPTS.indexOf(name);
/** The concept mask of one normalised word, looked up the way the model's scan looks it up. */
function wordConcepts(index: ReturnType<typeof buildConceptIndex>, word: string): number {
  const t = normaliseForInjection(word).text;
  const whole = conceptsOf(index, wordKey(hashUnits(t)));
  return t.length >= 7 ? whole | conceptsOf(index, stemKey(hashUnits(t, 0, STEM))) : whole;
}

describe('concept index', () => {
  const index = buildConceptIndex([{ en: { IGNORE: 'ignore skip', WITHOUT: 'without skip', INSTRUCTION: 'instr*' }, el: { IGNORE: 'αγνόησε' }, zh: { IGNORE: '忽略' } }]);

  it('finds a word in any case or with look-alike letters, as the prompt is normalised', () => {
    assert.equal(wordConcepts(index, 'IGNORE'), bit('IGNORE'));
    assert.equal(wordConcepts(index, 'ignоre'), bit('IGNORE')); // Cyrillic о
    assert.equal(wordConcepts(index, 'Αγνοησε'), bit('IGNORE')); // no accent
  });

  it('gives a word every concept it is listed under', () => {
    assert.equal(wordConcepts(index, 'skip'), bit('IGNORE') | bit('WITHOUT'));
  });

  it('matches a five-letter stem only in words of seven letters or more', () => {
    assert.equal(wordConcepts(index, 'instructions'), bit('INSTRUCTION'));
    assert.equal(wordConcepts(index, 'instrukcje'), bit('INSTRUCTION'));
    assert.equal(wordConcepts(index, 'instr'), 0);
    assert.equal(wordConcepts(index, 'ignored'), 0);
  });

  it('knows a word of a script without spaces by its first two characters', () => {
    const [a, b] = [...'忽略'].map((c) => hashUnits(c));
    assert.equal(conceptsOf(index, pairKey(a!, b!)), bit('IGNORE'));
    assert.equal(conceptsOf(index, pairKey(b!, a!)), 0);
  });

  it('refuses entries it could never match, and says which', () => {
    const skipped: string[] = [];
    buildConceptIndex([{ en: { IGNORE: 'set-aside ab* 忽' } }], skipped);
    assert.deepEqual(skipped, ['en IGNORE set-aside', 'en IGNORE ab*', 'en IGNORE 忽']);
    assert.equal(entryKey('ignore'), wordKey(hashUnits('ignore')));
  });

  it('ships lexicons whose every entry can match', () => {
    const skipped: string[] = [];
    buildConceptIndex([LEXICON_EUROPE, LEXICON_ASIA], skipped);
    assert.deepEqual(skipped, []);
    assert.ok(CONCEPT_INDEX.mask > 0);
  });
});
