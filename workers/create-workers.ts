// Builds the Temporal workers for a set of pools on one connection.
import type { NativeConnection } from '@temporalio/worker';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import type { Registry } from 'prom-client';
import { createLlmMetrics } from '../activities/llm/llm-telemetry.js';
import { TRACING_OFF, type Tracing } from '../runtime/tracing.js';
import { activityMetrics } from './activity-metrics.js';
import { activitiesFor, orchestratorLocalActivities, type PoolDependencies } from './pool-activities.js';
import { POOL_CONCURRENCY, poolQueue, type Pool } from './pools.js';
import { bundleWorkflows } from './workflow-bundle.js';

export interface WorkerSetOptions extends PoolDependencies {
  connection: NativeConnection;
  namespace: string;
  pools: readonly Pool[];
  workflowBundle?: WorkflowBundleWithSourceMap | { codePath: string };
  dataConverter?: DataConverter;
  /** Activity durations and LLM usage are recorded here. */
  registry?: Registry;
  tracing?: Tracing;
}

export async function createWorkers(options: WorkerSetOptions): Promise<Worker[]> {
  const tracing = options.tracing ?? TRACING_OFF;
  const deps: PoolDependencies = { ...options, llmMetrics: options.llmMetrics ?? (options.registry && createLlmMetrics(options.registry)) };
  const workers: Worker[] = [];
  for (const pool of options.pools) {
    const common = {
      connection: options.connection,
      namespace: options.namespace,
      taskQueue: poolQueue(pool),
      dataConverter: options.dataConverter,
      interceptors: {
        // Tracing's first, so an activity's duration is measured inside its span.
        activity: [...tracing.activityInterceptors, ...(options.registry ? [activityMetrics(options.registry, pool)] : [])],
      },
      sinks: tracing.sinks,
    };
    if (pool === 'orchestrator') {
      workers.push(
        await Worker.create({
          ...common,
          // A prebuilt bundle is used as given: build it with the tracing and stack-trace options wanted.
          workflowBundle: options.workflowBundle ?? (await bundleWorkflows({ tracing: tracing.enabled, stackTraces: options.config.workflowStackTraces })),
          activities: orchestratorLocalActivities(deps),
          maxConcurrentWorkflowTaskExecutions: POOL_CONCURRENCY.orchestrator,
        }),
      );
    } else {
      const activities = activitiesFor(pool, deps);
      workers.push(await Worker.create({ ...common, activities, maxConcurrentActivityTaskExecutions: POOL_CONCURRENCY[pool] }));
    }
  }
  return workers;
}
