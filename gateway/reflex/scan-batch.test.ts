import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReflexCheckResponse } from '../../contracts/reflex.js';
import { createScanBatcher } from './scan-batch.js';

/** A scan that records the order it ran in and answers with the text as the redacted text. */
function recordingScan(log: string[]) {
  return (text: string): ReflexCheckResponse => {
    log.push(text);
    if (text === 'boom') throw new Error('scan failed');
    return { pii: [], injection: { detected: false, score: 0, matches: [] }, redacted: text.toUpperCase(), decision: 'allow' };
  };
}

describe('createScanBatcher', () => {
  it('scans everything submitted in one turn together, after the turn, each caller getting its own result', async () => {
    const log: string[] = [];
    const batcher = createScanBatcher(recordingScan(log));
    const results = ['a', 'b', 'c'].map((t) => batcher.submit(t, 'redact'));
    assert.deepEqual(log, [], 'nothing runs before the event loop has read the rest of the turn');
    assert.deepEqual((await Promise.all(results)).map((r) => r.redacted), ['A', 'B', 'C']);
    assert.deepEqual(log, ['a', 'b', 'c']);
  });

  it('rejects only the caller whose scan threw', async () => {
    const batcher = createScanBatcher(recordingScan([]));
    const settled = await Promise.allSettled(['x', 'boom', 'y'].map((t) => batcher.submit(t, 'redact')));
    const outcome = settled.map((s) => (s.status === 'fulfilled' ? s.value.redacted : (s.reason as Error).message));
    assert.deepEqual(outcome, ['X', 'scan failed', 'Y']);
    assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled']);
  });

  it('yields to the event loop once a turn has scanned for its budget', async () => {
    const log: string[] = [];
    const slowScan = recordingScan(log);
    const busy = (text: string): ReflexCheckResponse => {
      const until = performance.now() + 3;
      while (performance.now() < until);
      return slowScan(text);
    };
    const tight = createScanBatcher(busy, 2);
    const done = ['1', '2', '3'].map((t) => tight.submit(t, 'redact'));
    setImmediate(() => log.push('io'));
    await Promise.all(done);
    assert.deepEqual(log, ['1', 'io', '2', '3'], 'a 2 ms budget: the first 3 ms scan ends the turn, the I/O queued behind it runs next');

    const roomy = createScanBatcher(busy, 100);
    log.length = 0;
    const all = ['4', '5', '6'].map((t) => roomy.submit(t, 'redact'));
    setImmediate(() => log.push('io'));
    await Promise.all(all);
    await new Promise(setImmediate);
    assert.deepEqual(log, ['4', '5', '6', 'io'], 'within budget the whole batch runs in one turn');
  });
});
