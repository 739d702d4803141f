// CheckDurations exposes exactly what a prom-client Histogram with the same buckets exposes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Histogram, Registry } from 'prom-client';
import { CheckDurations } from './check-durations.js';

const buckets = [0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25];

describe('CheckDurations', () => {
  it('prints the same Prometheus text as prom-client, before and after a reset', async () => {
    const reference = new Registry();
    const ours = new Registry();
    const histogram = new Histogram({ name: 'x_seconds', help: 'h', labelNames: ['check'], buckets, registers: [reference] });
    const durations = new CheckDurations({ name: 'x_seconds', help: 'h', buckets, registers: [ours] });
    assert.equal(await ours.metrics(), await reference.metrics()); // no series before the first observation
    const values = [0, 0.00005, 0.00004, 0.0001, 0.00011, 0.3, 1, 0.25, 0.001, 0.0007, 0.05];
    values.forEach((v, i) => {
      const check = ['scan', 'rate_limit', 'cache'][i % 3]!;
      histogram.labels(check).observe(v);
      durations.labels(check).observe(v);
    });
    assert.equal(await ours.metrics(), await reference.metrics());
    reference.resetMetrics();
    ours.resetMetrics();
    assert.equal(await ours.metrics(), await reference.metrics());
  });

  it('rejects a value that is not a number, like prom-client', () => {
    const durations = new CheckDurations({ name: 'y_seconds', help: 'h', buckets, registers: [new Registry()] });
    assert.throws(() => durations.labels('scan').observe(Number.NaN), TypeError);
  });
});
