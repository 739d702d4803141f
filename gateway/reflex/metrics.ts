// Prometheus metrics of the reflex layer, registered on the registry the caller passes in
// (one registry per process/app — no global default registry, so tests can build many).
import { Counter, Gauge, type Registry } from 'prom-client';
import { LabelledCounter, LabelledHistogram } from '../labelled-metrics.js';

export interface ReflexMetrics {
  /** Counted on every scan, so cheap per update (see ../labelled-metrics.ts). */
  piiDetections: LabelledCounter;
  injections: LabelledCounter;
  decisions: LabelledCounter;
  blocks: LabelledCounter;
  cacheLookups: Counter<'result'>;
  rateLimitRejections: Counter;
  redisFallbacks: Counter<'component'>;
  redisDegraded: Gauge;
  /** Latency of each check, by `check` (see ../labelled-metrics.ts for why it is not a prom-client Histogram). */
  checkDuration: LabelledHistogram;
}

export function createReflexMetrics(registry: Registry): ReflexMetrics {
  const registers = [registry];
  return {
    piiDetections: new LabelledCounter({ name: 'octollm_reflex_pii_detections_total', help: 'PII findings by type', labelNames: ['type'], registers }),
    injections: new LabelledCounter({ name: 'octollm_reflex_injection_total', help: 'Texts scoring in the injection flag or block band', labelNames: ['band'], registers }),
    decisions: new LabelledCounter({ name: 'octollm_reflex_decisions_total', help: 'Reflex scan decisions', labelNames: ['decision'], registers }),
    blocks: new LabelledCounter({ name: 'octollm_reflex_blocks_total', help: 'Texts blocked by the reflex layer, by reason', labelNames: ['reason'], registers }),
    cacheLookups: new Counter({ name: 'octollm_reflex_cache_lookups_total', help: 'Result cache lookups by result (hit/miss)', labelNames: ['result'], registers }),
    rateLimitRejections: new Counter({ name: 'octollm_reflex_rate_limit_rejections_total', help: 'Requests rejected by the per-key rate limiter', registers }),
    redisFallbacks: new Counter({
      name: 'octollm_reflex_redis_fallback_total',
      help: 'Reflex operations served by the in-process fallback because Redis failed or was unreachable',
      labelNames: ['component'],
      registers,
    }),
    redisDegraded: new Gauge({ name: 'octollm_reflex_redis_degraded', help: '1 while the reflex layer runs on its in-process fallback after a Redis failure', registers }),
    checkDuration: new LabelledHistogram({
      name: 'octollm_reflex_check_duration_seconds',
      help: 'Duration of each reflex check',
      labelNames: ['check'],
      buckets: [0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25],
      registers,
    }),
  };
}
