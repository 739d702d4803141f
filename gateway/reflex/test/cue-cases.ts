// Shared by the cue families' tests (injection/signatures-*.test.ts): each attack shape must fire its rule when the
// family runs alone, and each benign look-alike must stay unflagged by the whole detector.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { detectInjection } from '../injection/detect.js';
import type { InjectionSignature } from '../injection/signatures.js';

/** The rules a family alone (a copy, so detect.ts runs it without the lexical model) reports on `text`. */
export const rulesOf = (familyOnly: readonly InjectionSignature[], text: string): string[] => detectInjection(text, familyOnly).matches.map((m) => m.rule);

export function itFiresOn(familyOnly: readonly InjectionSignature[], shapes: readonly (readonly [text: string, rule: string])[]): void {
  for (const [text, rule] of shapes) {
    it(`${rule}: ${text.slice(0, 50)}`, () => assert.ok(rulesOf(familyOnly, text).includes(rule), `${rule} not in ${JSON.stringify(rulesOf(familyOnly, text))}`));
  }
}

export function itLeavesUnflagged(benign: readonly string[]): void {
  for (const text of benign) {
    it(`not flagged: ${text.slice(0, 50)}`, () => assert.ok(!detectInjection(text).detected, JSON.stringify(detectInjection(text))));
  }
}
