// The workflow code bundle: built once per process (≈2 s) and shared by every orchestrator worker.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { FAILURE_CONVERTER_PATH } from '../temporal/codec/data-converter.js';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));
/** Counts task outcomes (workflows/outcome-metrics.ts): in every bundle, it issues no commands. */
export const OUTCOME_METRICS_PATH = fileURLToPath(new URL('../workflows/outcome-metrics.ts', import.meta.url));
/** Turns stack capture off in the workflow sandbox (see the file), unless stack traces are asked for. */
const STACK_TRACES_OFF_PATH = fileURLToPath(new URL('../workflows/stack-traces-off.ts', import.meta.url));
/** Temporal's workflow-side OpenTelemetry interceptors, bundled only when tracing is on. */
const OTEL_WORKFLOW_INTERCEPTORS = createRequire(import.meta.url).resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

export interface BundleOptions {
  /** Adds Temporal's workflow-side OpenTelemetry interceptors (RunWorkflow / StartActivity spans). */
  tracing?: boolean;
  /** Keeps the SDK's per-promise stack traces (the Web UI's stack-trace query); off by default, for speed. */
  stackTraces?: boolean;
}

export function bundleWorkflows(options: BundleOptions = {}): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    preloadModules: options.stackTraces ? [] : [STACK_TRACES_OFF_PATH],
    workflowInterceptorModules: [OUTCOME_METRICS_PATH, ...(options.tracing ? [OTEL_WORKFLOW_INTERCEPTORS] : [])],
    // The failure converter is bundled too: it encrypts failure messages, which can quote task text.
    failureConverterPath: FAILURE_CONVERTER_PATH,
    logger: quietLogger,
  });
}

const noop = (): void => undefined;
const quietLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: console.warn, error: console.error };
