import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { mayBeValidUs } from './phone.js';

test('mayBeValidUs never rules out a number libphonenumber finds valid with US as the default country', () => {
  // deterministic pseudo-random digit strings (xorshift), weighted towards the prefixes that change
  // how the library reads a number: leading 1s (calling code, national prefix), IDD 011, 3xx-xxxx
  let x = 0x9e3779b9;
  const rnd = (n: number): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
  const prefixes = ['', '1', '11', '111', '3', '13', '113', '310', '1310', '11310', '011', '0113', '0', '00', '01', '10', '110', '1110', '2', '5', '8', '9'];
  let ruledOut = 0;
  for (let t = 0; t < 20_000; t++) {
    const length = 7 + rnd(9);
    let digits = prefixes[rnd(prefixes.length)]!;
    while (digits.length < length) digits += String(rnd(10));
    digits = digits.slice(0, length);
    const sep = [' ', '-', '.', ''][rnd(4)]!;
    let candidate = '';
    for (let k = 0; k < digits.length; ) {
      const group = digits.slice(k, k + 1 + rnd(4));
      candidate += k === 0 ? (rnd(4) === 0 ? `(${group}) ` : group) : sep + group;
      k += group.length;
    }
    if (mayBeValidUs(candidate)) continue;
    ruledOut++;
    assert.ok(!parsePhoneNumberFromString(candidate, 'US')?.isValid(), `${candidate} is US-valid but was ruled out`);
  }
  assert.ok(ruledOut > 5_000, 'the gate rules out most lengths');
  for (const n of ['(415) 555-2671', '1 415 555 2671', '1-1-415-555-2671', '310-1234', '011 44 20 7946 0958']) assert.ok(mayBeValidUs(n), n);
  for (const n of ['205-70-9653', '020 7946 0222', '0123 456 789', '12 3456 7890 12']) assert.equal(mayBeValidUs(n), false, n);
});
