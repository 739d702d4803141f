// Labelled Prometheus counters and histograms for per-request hot paths, read by the prom-client
// registry like any prom-client metric (octollm_http_*, octollm_reflex_check_duration_seconds).
//
// Why not prom-client's Counter and Histogram: their inc()/observe() build, validate and hash the
// label set on every call, even on a child bound to fixed label values — in CPU profiles of the
// reflex route that was as much per request as the PII checks of a short prompt. Here a series is
// resolved once per label values (`labels(…)`), and an update is an addition (a bucket search and
// three additions for a histogram); the label work happens once per scrape. The exposition is what
// prom-client's own metrics produce (labelled-metrics.test.ts compares the text).
import type { Metric, Registry } from 'prom-client';

type Labels = Record<string, string | number>;
type Value = { labels: Labels; value: number; metricName?: string };

interface LabelledOptions {
  name: string;
  help: string;
  labelNames: readonly string[];
  registers: readonly Registry[];
}

/** Series by their label values, in the order first used (like prom-client). */
class SeriesMap<S> {
  private readonly byKey = new Map<string, S>();
  constructor(
    private readonly labelNames: readonly string[],
    private readonly make: (labels: Labels) => S,
  ) {}

  get(values: readonly (string | number)[]): S {
    if (values.length !== this.labelNames.length) throw new Error(`expected ${this.labelNames.length} label values, got ${values.length}`);
    const key = values.join('\u0000');
    let s = this.byKey.get(key);
    if (s === undefined) {
      const labels: Labels = {};
      this.labelNames.forEach((name, k) => (labels[name] = values[k]!));
      this.byKey.set(key, (s = this.make(labels)));
    }
    return s;
  }

  values(): IterableIterator<S> {
    return this.byKey.values();
  }
}

const checkValue = (value: number): void => {
  if (!Number.isFinite(value)) throw new TypeError(`Value is not a valid number: ${value}`);
};

interface CounterSeries {
  labels: Labels;
  value: number;
  used: boolean;
}

export class LabelledCounter {
  readonly type = 'counter' as const;
  readonly aggregator = 'sum' as const;
  readonly name: string;
  readonly help: string;
  private readonly series: SeriesMap<CounterSeries>;

  constructor(options: LabelledOptions) {
    this.name = options.name;
    this.help = options.help;
    this.series = new SeriesMap(options.labelNames, (labels) => ({ labels, value: 0, used: false }));
    // the registry accepts any object with prom-client's metric shape (name, help, type, get, reset)
    for (const registry of options.registers) registry.registerMetric(this as unknown as Metric);
  }

  /** An incrementer for one set of label values, in `labelNames` order. */
  labels(...values: (string | number)[]): { inc(by?: number): void } {
    const s = this.series.get(values);
    return {
      inc(by = 1): void {
        checkValue(by);
        if (by < 0) throw new Error('It is not possible to decrease a counter');
        s.value += by;
        s.used = true;
      },
    };
  }

  get(): { name: string; help: string; type: 'counter'; aggregator: 'sum'; values: Value[] } {
    const values: Value[] = [];
    for (const s of this.series.values()) if (s.used) values.push({ labels: s.labels, value: s.value });
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    for (const s of this.series.values()) {
      s.value = 0;
      s.used = false;
    }
  }
}

interface HistogramSeries {
  labels: Labels;
  /** Observations per bucket (not cumulative); the last slot counts those above every bound. */
  counts: Float64Array;
  sum: number;
  count: number;
}

export class LabelledHistogram {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  readonly name: string;
  readonly help: string;
  private readonly bounds: Float64Array;
  private readonly series: SeriesMap<HistogramSeries>;

  /** `buckets`: upper bounds, ascending. */
  constructor(options: LabelledOptions & { buckets: readonly number[] }) {
    this.name = options.name;
    this.help = options.help;
    this.bounds = Float64Array.from(options.buckets);
    this.series = new SeriesMap(options.labelNames, (labels) => ({ labels, counts: new Float64Array(this.bounds.length + 1), sum: 0, count: 0 }));
    for (const registry of options.registers) registry.registerMetric(this as unknown as Metric);
  }

  /** A recorder of observations for one set of label values, in `labelNames` order. */
  labels(...values: (string | number)[]): { observe(value: number): void } {
    const series = this.series.get(values);
    const bounds = this.bounds;
    return {
      observe(value: number): void {
        checkValue(value);
        let b = 0;
        while (b < bounds.length && value > bounds[b]!) b++;
        series.counts[b]!++;
        series.sum += value;
        series.count++;
      },
    };
  }

  get(): { name: string; help: string; type: 'histogram'; aggregator: 'sum'; values: Value[] } {
    const values: Value[] = [];
    for (const s of this.series.values()) {
      if (s.count === 0) continue; // a series appears once it has an observation (labels() alone adds none)
      let cumulative = 0;
      for (let b = 0; b < this.bounds.length; b++) {
        cumulative += s.counts[b]!;
        values.push({ labels: { le: this.bounds[b]!, ...s.labels }, value: cumulative, metricName: `${this.name}_bucket` });
      }
      values.push({ labels: { le: '+Inf', ...s.labels }, value: s.count, metricName: `${this.name}_bucket` });
      values.push({ labels: s.labels, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: s.labels, value: s.count, metricName: `${this.name}_count` });
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
