// BM25 over the task's own context: relevant passages first, cited by JSON path; nothing unrelated.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchContext } from './context-search.js';

const context = {
  naming: { rules: 'slug naming rules: lowercase, words joined by hyphens' },
  unrelated: 'quarterly revenue figures',
  examples: ['Hello World becomes hello-world', 'Ça va becomes ca-va'],
  limits: { maxLength: 80, strict: true },
};

test('passages sharing terms with the query are ranked, each cited by its JSON path', () => {
  const passages = searchContext(context, 'find the slug naming rules');
  assert.equal(passages[0]!.citation, 'context.naming.rules');
  assert.equal(passages[0]!.text, context.naming.rules);
  assert.ok(passages.every((p) => p.score > 0));
  assert.ok(!passages.some((p) => p.citation === 'context.unrelated'), 'a passage with no query term is left out');
});

test('array elements and scalar leaves are passages too; the path is part of what matches', () => {
  const byText = searchContext(context, 'hello world example');
  assert.equal(byText[0]!.citation, 'context.examples[0]');
  const byPath = searchContext(context, 'maxLength');
  assert.deepEqual(byPath.map((p) => [p.citation, p.text]), [['context.limits.maxLength', '80']]);
});

test('results are sorted by score and bounded by the limit', () => {
  const passages = searchContext(context, 'becomes slug rules hello revenue', 2);
  assert.equal(passages.length, 2);
  assert.ok(passages[0]!.score >= passages[1]!.score);
});

test('an empty context, or a query with no shared term, finds nothing', () => {
  assert.deepEqual(searchContext({}, 'anything'), []);
  assert.deepEqual(searchContext(context, 'zebra'), []);
  assert.deepEqual(searchContext(context, ''), []);
});

test('deep or huge contexts are bounded rather than walked forever', () => {
  let deep: Record<string, unknown> = { needle: 'deep needle' };
  for (let i = 0; i < 20; i++) deep = { level: deep };
  assert.deepEqual(searchContext(deep, 'needle'), [], 'past the depth bound');
  const wide = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, `value ${i} needle`]));
  assert.ok(searchContext(wide, 'needle').length <= 5);
});
