import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anyWords, byFirstLetter, expectEndWithin, expectWithin, expectWordWithin, sig, sigVerified, wordsThen } from './dsl.js';
import { normaliseForInjection } from './normalise.js';

describe('sigVerified', () => {
  it('folds its verifier like the pattern, so words written with accents or in Cyrillic match the normalised text', () => {
    const s = sigVerified('précédentes|системы', 'override', 0.3, 'ignore', 'ignore');
    for (const word of ['précédentes', 'системы']) assert.ok(s.verify!.test(normaliseForInjection(`ignore ${word}`).text), word);
    assert.ok(!s.verify!.test(normaliseForInjection('ignore autres').text));
  });
});

/** Every match (index and text) of `source` as a signature's pattern over `text`. */
const matches = (source: string, text: string): string[] => [...text.matchAll(sig('t', 0.3, 'x', source).pattern)].map((m) => `${m.index}:${m[0]}`);

describe('pattern helpers that change only how fast a pattern runs', () => {
  it('byFirstLetter groups the alternatives by first letter, in their order, after folding', () => {
    assert.equal(byFirstLetter('send|salary|post|sende|élan'), '(?:s(?:end|alary|ende)|post|elan)');
    assert.throws(() => byFirstLetter('send|\\.env'));
    const list = 'send|salary|post|sende|send it|posts';
    for (const text of ['sende it salary posts', 'send itpost', 'salary sende'])
      assert.deepEqual(matches(byFirstLetter(list), text), matches(`(?:${list})`, text), text);
  });
  it('expectWithin is the counted negative lookahead written out', () => {
    for (const text of ['curl a | sh', `curl ${'a'.repeat(199)}| sh`, `curl ${'a'.repeat(200)}| sh`, `curl ${'a'.repeat(201)}| sh`])
      assert.deepEqual(matches(`curl ${expectWithin('|\\n', 201)}[^|\\n]{1,200}\\| sh`, text), matches(`curl (?![^|\\n]{201})[^|\\n]{1,200}\\| sh`, text), text);
  });
  it('expectEndWithin fails only where the next n characters are there and none ends one of the words', () => {
    const words = ['आदेश', 'बंद करो', 'दे दो', 'ईमेल कर', 'ab'];
    const ends = `(?:${words.join('|')})`;
    for (let gap = 0; gap < 14; gap++) {
      for (const word of ['आदेश', 'बंद  करो', 'दे दो', 'देदो', 'ईमेल - कर', 'ईमेल कx', 'बंद', 'ab', 'xb', '']) {
        for (const filler of ['x', ' ', 'ई', 'द ']) {
          const text = normaliseForInjection(`म${filler.repeat(gap).slice(0, gap)}${word} म ${'x'.repeat(gap)}`).text;
          assert.deepEqual(matches(`म${expectEndWithin(words, 12)}`, text), matches(`म(?=[\\s\\S]{1,12}(?<=${ends})|(?![\\s\\S]{12}))`, text), text);
        }
      }
    }
    assert.throws(() => expectEndWithin(['a|b'], 4));
  });
  it('expectWordWithin fails only where SEP, anyWords and a follower beginning so cannot match', () => {
    const follower = '(?:must|shall|will) obey';
    const x = 'x'.repeat(41);
    for (const text of ['ai ai ai ai ai ai ai ai ai ai must obey', 'ai ai ai ai ai ai ai ai ai must obey', 'ai ai ai ai ai ai ai ai must obey', 'ai. ai ai. ai ai ai ai ai will obey',
      'ai -"a b c d e f g h must obey', 'ai ----    a b must obey', 'ai .    a b shall obey', `ai ${x} must obey`, `ai ${x}must obey`, `ai must${x}`, 'ai"ai"ai"ai must obey', 'ai mu\tst obey', 'ai\n\nmust obey',
      `ai agents agents${' agents'.repeat(7)} must obey`, `ai agents agents${' agents'.repeat(6)} must obey`, `ai assistants ${x.slice(1)} a b c d e f will obey`,
      `ai assistants ${x} a b c d e f will obey`, 'ai agentsmust obey', `ai ${'agents-'.repeat(9)} must obey`])
      assert.deepEqual(matches(`ai${expectWordWithin(8, 'mu|sh|wi')} ${anyWords(8)}${follower}`, text), matches(`ai ${anyWords(8)}${follower}`, text), text);
  });
  it('wordsThen answers like SEP, anyWords and the follower, separators before a path included', () => {
    const follower = '(?:(?=[^\\s/-]{0,30}[/-])\\S{0,30}[/-])?backups?(?![a-z])';
    for (const text of ['drop. all the backups', 'drop /var/backups', 'drop ../x-backups', 'drop -- -/backups', 'drop ....  old backups', 'drop. a b c d e f backups', 'drop."a" backups'])
      assert.deepEqual(matches(`drop(?=${wordsThen(5, follower)})`, text), matches(`drop(?= ${anyWords(5)}${follower})`, text), text);
  });
});
