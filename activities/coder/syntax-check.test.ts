// What the coder checks before returning code: JSON, JavaScript and TypeScript parse (never run).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntaxError } from './syntax-check.js';

test('valid code in every checked language has no syntax error', () => {
  assert.equal(syntaxError('typescript', 'export const slugify = (s: string): string => s.toLowerCase();'), undefined);
  assert.equal(syntaxError('ts', 'interface A { b?: number }\nexport type C = A["b"];'), undefined);
  assert.equal(syntaxError('JavaScript', 'export function f(a) { return a?.b ?? 1; }'), undefined);
  assert.equal(syntaxError('js', 'const x = async () => { for await (const y of z) {} };'), undefined);
  assert.equal(syntaxError('tsx', 'export const A = (p: { n: string }) => <div>{p.n}</div>;'), undefined);
  assert.equal(syntaxError('jsx', 'export const A = () => <b>hi</b>;'), undefined);
  assert.equal(syntaxError('json', '{"a": [1, 2, {"b": null}]}'), undefined);
});

test('broken code is reported with where it broke', () => {
  assert.match(syntaxError('typescript', 'export const f = (s: string => s;')!, /^line 1, column \d+: .+/);
  assert.match(syntaxError('javascript', 'function f() {\n  return 1;\n')!, /^line 3, column \d+: '}' expected/);
  assert.match(syntaxError('json', '{"a": 1,}')!, /^invalid JSON: /);
  assert.match(syntaxError('json', "{'a': 1}")!, /^invalid JSON: /);
});

test('type errors are not syntax errors: the check parses, it does not type-check', () => {
  assert.equal(syntaxError('typescript', 'const n: number = "not a number";'), undefined);
});

test('TypeScript-only syntax in a JavaScript block is an error; languages without a checker pass through', () => {
  assert.ok(syntaxError('javascript', 'const n: number = 1;'));
  assert.equal(syntaxError('python', 'def f(:'), undefined);
  assert.equal(syntaxError('  TypeScript ', 'let x = ;') !== undefined, true, 'the language name is trimmed and case-folded');
});
