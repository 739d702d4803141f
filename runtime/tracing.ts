// OpenTelemetry tracing (off by default): one trace from the HTTP request through StartWorkflow, the workflow run
// and each activity to every LLM call, stitched by Temporal's OpenTelemetry interceptors. Off means nothing is
// installed or even loaded: no interceptors, no workflow interceptor module, no tracer provider (the API's no-op
// tracer answers the LLM layer's and the gateway's span calls).
import type { ClientInterceptors } from '@temporalio/client';
import type { ActivityInterceptorsFactory, InjectedSinks } from '@temporalio/worker';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { OpenTelemetrySinks } from '@temporalio/interceptors-opentelemetry';
import type { Config } from '../config/config.js';

export interface Tracing {
  enabled: boolean;
  /** For the gateway's Temporal client: StartWorkflow spans, context passed in the workflow's headers. */
  clientInterceptors?: ClientInterceptors;
  /** For every worker: RunActivity spans, trace ids on activity log lines. */
  activityInterceptors: ActivityInterceptorsFactory[];
  /** Workflow spans leave the sandbox through this sink. */
  sinks?: InjectedSinks<OpenTelemetrySinks>;
  /** Exports what is buffered (workflow spans arrive through a sink, after their activation). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

export const TRACING_OFF: Tracing = { enabled: false, activityInterceptors: [], flush: async () => undefined, shutdown: async () => undefined };

/** Tracing as configured; `exporter` (tests: an in-memory exporter) replaces the configured one and turns it on. */
export async function startTracing(config: Config['tracing'], exporter?: SpanExporter): Promise<Tracing> {
  if (!exporter && config.exporter === 'none') return TRACING_OFF;
  const { startOpenTelemetry } = await import('./open-telemetry.js');
  return startOpenTelemetry(config, exporter);
}
