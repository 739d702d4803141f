// The reflex check-latency histogram (octollm_reflex_check_duration_seconds{check}), kept in typed
// arrays and read by the Prometheus registry like any prom-client metric.
//
// Why not prom-client's Histogram: its observe() builds, validates and hashes the label set on every
// call, even on a child bound to one label value — in a CPU profile of the reflex route that was as
// much per request as the PII checks of a short prompt. Here an observation is a bucket search and
// three additions; the label work happens once per scrape. The exposition is what prom-client's own
// histograms produce: cumulative `_bucket` lines per `le` (then +Inf), `_sum`, `_count`.
import type { Metric, Registry } from 'prom-client';

interface Series {
  label: string;
  /** Observations per bucket (not cumulative); the last slot counts those above every bound. */
  counts: Float64Array;
  sum: number;
  count: number;
}

export interface CheckDurationsOptions {
  name: string;
  help: string;
  /** Bucket upper bounds in seconds, ascending. */
  buckets: readonly number[];
  registers: readonly Registry[];
}

export class CheckDurations {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  readonly name: string;
  readonly help: string;
  private readonly bounds: Float64Array;
  /** One series per label value, in the order first observed (like prom-client). */
  private readonly series = new Map<string, Series>();

  constructor(options: CheckDurationsOptions) {
    this.name = options.name;
    this.help = options.help;
    this.bounds = Float64Array.from(options.buckets);
    // the registry accepts any object with prom-client's metric shape (name, help, type, get, reset)
    for (const registry of options.registers) registry.registerMetric(this as unknown as Metric);
  }

  /** A recorder of durations (seconds) for one `check` label value. */
  labels(check: string): { observe(seconds: number): void } {
    let s = this.series.get(check);
    if (!s) this.series.set(check, (s = { label: check, counts: new Float64Array(this.bounds.length + 1), sum: 0, count: 0 }));
    const series = s;
    const bounds = this.bounds;
    return {
      observe(seconds: number): void {
        if (!Number.isFinite(seconds)) throw new TypeError(`Value is not a valid number: ${seconds}`);
        let b = 0;
        while (b < bounds.length && seconds > bounds[b]!) b++;
        series.counts[b]!++;
        series.sum += seconds;
        series.count++;
      },
    };
  }

  get(): { name: string; help: string; type: 'histogram'; aggregator: 'sum'; values: { labels: Record<string, string | number>; value: number; metricName: string }[] } {
    const values: { labels: Record<string, string | number>; value: number; metricName: string }[] = [];
    for (const s of this.series.values()) {
      if (s.count === 0) continue; // a series appears once it has an observation (labels() alone adds none)
      let cumulative = 0;
      for (let b = 0; b < this.bounds.length; b++) {
        cumulative += s.counts[b]!;
        values.push({ labels: { le: this.bounds[b]!, check: s.label }, value: cumulative, metricName: `${this.name}_bucket` });
      }
      values.push({ labels: { le: '+Inf', check: s.label }, value: s.count, metricName: `${this.name}_bucket` });
      values.push({ labels: { check: s.label }, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: { check: s.label }, value: s.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    for (const s of this.series.values()) {
      s.counts.fill(0);
      s.sum = 0;
      s.count = 0;
    }
  }
}
