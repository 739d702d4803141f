import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonDepth, mapJsonStrings } from './json-strings.js';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { k: value };
  return value;
};

test('mapJsonStrings reaches every string at any depth and leaves keys and other values alone', () => {
  const value = { 'a@x.io': 'mail a@x.io', list: [1, true, null, { deep: ['b@y.io'] }] };
  assert.deepEqual(mapJsonStrings(value, (s) => s.replace(/\S+@\S+/g, '[EMAIL]')), {
    'a@x.io': 'mail [EMAIL]',
    list: [1, true, null, { deep: ['[EMAIL]'] }],
  });
});

test('jsonDepth counts nesting without recursion, even for hostile depth', () => {
  assert.equal(jsonDepth('x'), 0);
  assert.equal(jsonDepth({}), 1);
  assert.equal(jsonDepth({ a: [1, { b: 2 }] }), 3);
  assert.equal(jsonDepth(nested(32)), 32);
  assert.equal(jsonDepth(nested(100_000)), 100_000);
});
