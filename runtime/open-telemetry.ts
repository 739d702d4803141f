// The OpenTelemetry SDK side of runtime/tracing.ts, loaded only when tracing is on: a tracer provider with the
// configured exporter, and Temporal's OpenTelemetry interceptors and workflow span sink.
import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  OpenTelemetryWorkflowClientInterceptor,
  makeWorkflowExporter,
} from '@temporalio/interceptors-opentelemetry';
import type { WorkflowInfo } from '@temporalio/workflow';
import type { Config } from '../config/config.js';
import type { Tracing } from './tracing.js';

let active: Tracing | undefined;

/** The tracer provider is process-global: a second stack in the same process shares the first's. */
export function startOpenTelemetry(config: Config['tracing'], exporter?: SpanExporter): Tracing {
  if (active) return active;
  const processor = spanProcessor(config, exporter);
  const resource = new Resource({ 'service.name': config.serviceName });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  // Registers the AsyncLocalStorage context manager (spans follow async calls) and the W3C propagator.
  provider.register();

  const workflowExporter = makeWorkflowExporter(processor, resource);
  const tracing: Tracing = {
    enabled: true,
    clientInterceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    activityInterceptors: [
      (ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) }),
    ],
    // The stock sink copies the whole WorkflowInfo onto every span (memo and search attributes included); only
    // identifiers go on ours.
    sinks: { exporter: { export: { fn: (info, spans) => workflowExporter.export.fn(identifiers(info), spans) } } },
    flush: () => provider.forceFlush(),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      active = undefined;
    },
  };
  active = tracing;
  return tracing;
}

function spanProcessor(config: Config['tracing'], exporter: SpanExporter | undefined): SpanProcessor {
  if (exporter) return new SimpleSpanProcessor(exporter);
  if (config.exporter === 'console') return new SimpleSpanProcessor(new ConsoleSpanExporter());
  return new BatchSpanProcessor(new OTLPTraceExporter({ url: config.otlpTracesUrl }));
}

function identifiers(info: WorkflowInfo): WorkflowInfo {
  const { workflowId, runId, workflowType, taskQueue, namespace, attempt } = info;
  return { workflowId, runId, workflowType, taskQueue, namespace, attempt } as WorkflowInfo;
}
