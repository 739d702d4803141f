// The process's one Temporal Runtime (Core SDK): its log lines routed into our logger, and — where a /metrics
// endpoint will serve them — its worker metrics exported by Core's Prometheus exporter on a loopback port.
// Runtime.install takes logging and telemetry together and can run only once per process.
import { DefaultLogger, Runtime, type LogEntry } from '@temporalio/worker';
import type { Logger } from 'pino';
import { freePort } from '../temporal/dev-server.js';

// Activity-only workers say this once each at start; it is expected, not a warning.
const EXPECTED = new Set(['No workflows registered, not polling for workflow tasks']);
// Only whitelisted metadata: the SDK's failure details can quote task text.
const SAFE_META = ['sdkComponent', 'taskQueue', 'namespace', 'workflowType', 'activityType', 'activityId', 'workflowId', 'runId', 'attempt', 'trace_id', 'span_id'] as const;
const ARM_QUEUE = /^octo-arm-([a-z]+)$/;

export interface TemporalRuntime {
  /** Where Core serves the worker metrics in Prometheus text (loopback), when they are exported. */
  metricsUrl?: string;
}

let installed: Promise<TemporalRuntime> | undefined;

/**
 * Installs the Runtime once; later calls (a second stack in the same process) get the first one's result.
 * `exportMetrics`: bind Core's Prometheus exporter (on a free loopback port) so /metrics can include it.
 */
export function installTemporalRuntime(logger: Logger, options: { exportMetrics: boolean }): Promise<TemporalRuntime> {
  installed ??= install(logger, options.exportMetrics);
  return installed;
}

async function install(logger: Logger, exportMetrics: boolean): Promise<TemporalRuntime> {
  const bindAddress = exportMetrics ? `127.0.0.1:${await freePort('127.0.0.1')}` : undefined;
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry: LogEntry) => forwardTemporalLog(logger, entry)),
    // Core's defaults (`temporal_` prefix, milliseconds, no `_total` suffix) keep Temporal's SDK dashboards working.
    telemetryOptions: bindAddress ? { metrics: { prometheus: { bindAddress } } } : undefined,
  });
  return { metricsUrl: bindAddress ? `http://${bindAddress}/metrics` : undefined };
}

/** One SDK log line as ours: whitelisted metadata, plus the task id and arm it concerns. */
export function forwardTemporalLog(logger: Logger, entry: LogEntry): void {
  if (EXPECTED.has(entry.message)) return;
  const meta: Record<string, unknown> = {};
  for (const key of SAFE_META) if (entry.meta?.[key] !== undefined) meta[key] = entry.meta[key];
  // Task ids are workflow ids; activity lines name the run `workflowRunId`; arm workers poll `octo-arm-<arm>`.
  if (typeof meta.workflowId === 'string') meta.taskId = meta.workflowId;
  if (meta.runId === undefined && typeof entry.meta?.workflowRunId === 'string') meta.runId = entry.meta.workflowRunId;
  const arm = typeof meta.taskQueue === 'string' ? ARM_QUEUE.exec(meta.taskQueue)?.[1] : undefined;
  if (arm) meta.arm = arm;
  if (entry.level === 'ERROR') logger.error(meta, entry.message);
  else logger.warn(meta, entry.message);
}
