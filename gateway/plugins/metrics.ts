// Prometheus metrics (SPEC §3 /metrics): HTTP request counts and latency, whatever else is on the registry (reflex,
// activity durations, LLM usage), then the Temporal worker metrics Core exports (`workerMetrics`).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Registry } from 'prom-client';
import { LabelledCounter, LabelledHistogram } from '../labelled-metrics.js';

export interface MetricsOptions {
  registry: Registry;
  /** Prometheus text appended to the registry's (runtime/worker-metrics.ts); its names must not collide. */
  workerMetrics?: () => Promise<string>;
}

async function metrics(app: FastifyInstance, { registry, workerMetrics }: MetricsOptions): Promise<void> {
  const requests = new LabelledCounter({
    name: 'octollm_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new LabelledHistogram({
    name: 'octollm_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Every response passes here: a callback hook (an async one costs a promise per response).
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.labels(request.method, route, reply.statusCode).inc();
    duration.labels(request.method, route).observe(reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', { config: { public: true } }, async (_request, reply) => {
    reply.header('Content-Type', registry.contentType);
    const [ours, worker] = await Promise.all([registry.metrics(), workerMetrics?.() ?? '']);
    return worker ? `${ours.endsWith('\n') ? ours : `${ours}\n`}${worker}` : ours;
  });
}

export default fp(metrics, { name: 'metrics' });
