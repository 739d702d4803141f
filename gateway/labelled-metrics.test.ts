// LabelledCounter and LabelledHistogram expose exactly what prom-client's Counter and Histogram expose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Counter, Histogram, Registry } from 'prom-client';
import { LabelledCounter, LabelledHistogram } from './labelled-metrics.js';

const buckets = [0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25];

describe('LabelledHistogram', () => {
  it('prints the same Prometheus text as prom-client, one label or two, before and after a reset', async () => {
    const reference = new Registry();
    const ours = new Registry();
    const one = new Histogram({ name: 'x_seconds', help: 'h', labelNames: ['check'], buckets, registers: [reference] });
    const two = new Histogram({ name: 'y_seconds', help: 'h', labelNames: ['method', 'route'], buckets, registers: [reference] });
    const oneOurs = new LabelledHistogram({ name: 'x_seconds', help: 'h', labelNames: ['check'], buckets, registers: [ours] });
    const twoOurs = new LabelledHistogram({ name: 'y_seconds', help: 'h', labelNames: ['method', 'route'], buckets, registers: [ours] });
    assert.equal(await ours.metrics(), await reference.metrics()); // no series before the first observation
    const values = [0, 0.00005, 0.00004, 0.0001, 0.00011, 0.3, 1, 0.25, 0.001, 0.0007, 0.05];
    values.forEach((v, i) => {
      const check = ['scan', 'rate_limit', 'cache'][i % 3]!;
      one.labels(check).observe(v);
      oneOurs.labels(check).observe(v);
      const route = ['/a', '/b/:id'][i % 2]!;
      two.observe({ method: 'GET', route }, v);
      twoOurs.labels('GET', route).observe(v);
    });
    assert.equal(await ours.metrics(), await reference.metrics());
    reference.resetMetrics();
    ours.resetMetrics();
    assert.equal(await ours.metrics(), await reference.metrics());
  });

  it('rejects a value that is not a number, like prom-client', () => {
    const durations = new LabelledHistogram({ name: 'y_seconds', help: 'h', labelNames: ['check'], buckets, registers: [new Registry()] });
    assert.throws(() => durations.labels('scan').observe(Number.NaN), TypeError);
  });
});

describe('LabelledCounter', () => {
  it('prints the same Prometheus text as prom-client, numeric label values included, before and after a reset', async () => {
    const reference = new Registry();
    const ours = new Registry();
    const counter = new Counter({ name: 'z_total', help: 'h', labelNames: ['method', 'route', 'status'], registers: [reference] });
    const oursCounter = new LabelledCounter({ name: 'z_total', help: 'h', labelNames: ['method', 'route', 'status'], registers: [ours] });
    assert.equal(await ours.metrics(), await reference.metrics());
    for (const [method, route, status] of [['GET', '/a', 200], ['POST', '/b', 429], ['GET', '/a', 200], ['GET', '/a', 404]] as const) {
      counter.inc({ method, route, status });
      oursCounter.labels(method, route, status).inc();
    }
    counter.inc({ method: 'PUT', route: '/c', status: 500 }, 0);
    oursCounter.labels('PUT', '/c', 500).inc(0);
    assert.equal(await ours.metrics(), await reference.metrics());
    reference.resetMetrics();
    ours.resetMetrics();
    assert.equal(await ours.metrics(), await reference.metrics());
  });

  it('refuses to go down and the wrong number of label values', () => {
    const counter = new LabelledCounter({ name: 'w_total', help: 'h', labelNames: ['a'], registers: [new Registry()] });
    assert.throws(() => counter.labels('x').inc(-1));
    assert.throws(() => counter.labels('x', 'y'));
  });
});
