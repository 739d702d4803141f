// Labelled Prometheus counters and histograms for per-request hot paths, read by the prom-client
// registry like any prom-client metric (octollm_http_*, octollm_reflex_*).
//
// Why not prom-client's Counter and Histogram: their inc()/observe() build, validate and hash the
// label set on every call, even on a child bound to fixed label values — in CPU profiles of the
// reflex route that was as much per request as the PII checks of a short prompt. Here `labels(…)`
// finds a series by one Map lookup and returns its handle (made once per series), and an update is an
// addition (a bucket search and three additions for a histogram); the label work happens once per
// scrape. The exposition is what prom-client's own metrics produce (labelled-metrics.test.ts compares the text).
import type { Metric, Registry } from 'prom-client';

type Labels = Record<string, string | number>;
type Value = { labels: Labels; value: number; metricName?: string };

interface LabelledOptions {
  name: string;
  help: string;
  labelNames: readonly string[];
  registers: readonly Registry[];
}

const checkValue = (value: number): void => {
  if (!Number.isFinite(value)) throw new TypeError(`Value is not a valid number: ${value}`);
};

/**
 * What both metric kinds share: name and help, registration, and their series by label values in the order
 * first used (like prom-client). `S` is a series' state, `H` the handle `labels()` returns for it.
 */
abstract class LabelledMetric<S extends { labels: Labels }, H> {
  abstract readonly type: 'counter' | 'histogram';
  readonly aggregator = 'sum' as const;
  readonly name: string;
  readonly help: string;
  private readonly labelNames: readonly string[];
  private readonly byKey = new Map<string, { series: S; handle: H }>();

  constructor(options: LabelledOptions) {
    this.name = options.name;
    this.help = options.help;
    this.labelNames = options.labelNames;
    // the registry accepts any object with prom-client's metric shape (name, help, type, get, reset)
    for (const registry of options.registers) registry.registerMetric(this as unknown as Metric);
  }

  protected abstract newSeries(labels: Labels): S;
  protected abstract handleFor(series: S): H;
  protected abstract valuesOf(series: S): Value[];
  protected abstract clear(series: S): void;

  /** The handle of the series with these label values, in `labelNames` order. */
  labels(...values: (string | number)[]): H {
    if (values.length !== this.labelNames.length) throw new Error(`expected ${this.labelNames.length} label values, got ${values.length}`);
    const key = values.join('\u0000');
    let entry = this.byKey.get(key);
    if (entry === undefined) {
      const labels: Labels = {};
      this.labelNames.forEach((name, k) => (labels[name] = values[k]!));
      const series = this.newSeries(labels);
      this.byKey.set(key, (entry = { series, handle: this.handleFor(series) }));
    }
    return entry.handle;
  }

  get(): { name: string; help: string; type: 'counter' | 'histogram'; aggregator: 'sum'; values: Value[] } {
    const values: Value[] = [];
    for (const { series } of this.byKey.values()) values.push(...this.valuesOf(series));
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    for (const { series } of this.byKey.values()) this.clear(series);
  }
}

interface CounterSeries {
  labels: Labels;
  value: number;
  used: boolean;
}

export class LabelledCounter extends LabelledMetric<CounterSeries, { inc(by?: number): void }> {
  readonly type = 'counter' as const;

  protected newSeries(labels: Labels): CounterSeries {
    return { labels, value: 0, used: false };
  }

  protected handleFor(s: CounterSeries): { inc(by?: number): void } {
    return {
      inc(by = 1): void {
        checkValue(by);
        if (by < 0) throw new Error('It is not possible to decrease a counter');
        s.value += by;
        s.used = true;
      },
    };
  }

  protected valuesOf(s: CounterSeries): Value[] {
    return s.used ? [{ labels: s.labels, value: s.value }] : [];
  }

  protected clear(s: CounterSeries): void {
    s.value = 0;
    s.used = false;
  }
}

interface HistogramSeries {
  labels: Labels;
  /** Observations per bucket (not cumulative); the last slot counts those above every bound. */
  counts: Float64Array;
  sum: number;
  count: number;
}

export class LabelledHistogram extends LabelledMetric<HistogramSeries, { observe(value: number): void }> {
  readonly type = 'histogram' as const;
  private readonly bounds: Float64Array;

  /** `buckets`: upper bounds, ascending. */
  constructor(options: LabelledOptions & { buckets: readonly number[] }) {
    super(options);
    this.bounds = Float64Array.from(options.buckets);
  }

  protected newSeries(labels: Labels): HistogramSeries {
    return { labels, counts: new Float64Array(this.bounds.length + 1), sum: 0, count: 0 };
  }

  protected handleFor(series: HistogramSeries): { observe(value: number): void } {
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

  protected valuesOf(s: HistogramSeries): Value[] {
    if (s.count === 0) return []; // a series appears once it has an observation (labels() alone adds none)
    const bucket = `${this.name}_bucket`;
    const values: Value[] = [];
    let cumulative = 0;
    for (let b = 0; b < this.bounds.length; b++) {
      cumulative += s.counts[b]!;
      values.push({ labels: { le: this.bounds[b]!, ...s.labels }, value: cumulative, metricName: bucket });
    }
    values.push({ labels: { le: '+Inf', ...s.labels }, value: s.count, metricName: bucket });
    values.push({ labels: s.labels, value: s.sum, metricName: `${this.name}_sum` });
    values.push({ labels: s.labels, value: s.count, metricName: `${this.name}_count` });
    return values;
  }

  protected clear(s: HistogramSeries): void {
    s.counts.fill(0);
    s.sum = 0;
    s.count = 0;
  }
}
