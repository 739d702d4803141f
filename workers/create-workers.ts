// Builds the Temporal workers for a set of pools on one connection.
import type { NativeConnection} from '@temporalio/worker';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { activitiesFor, orchestratorLocalActivities, type PoolDependencies } from './pool-activities.js';
import { POOL_CONCURRENCY, poolQueue, type Pool } from './pools.js';
import { bundleWorkflows } from './workflow-bundle.js';

export interface WorkerSetOptions extends PoolDependencies {
  connection: NativeConnection;
  namespace: string;
  pools: readonly Pool[];
  workflowBundle?: WorkflowBundleWithSourceMap | { codePath: string };
  dataConverter?: DataConverter;
}

export async function createWorkers(options: WorkerSetOptions): Promise<Worker[]> {
  const workers: Worker[] = [];
  for (const pool of options.pools) {
    const common = {
      connection: options.connection,
      namespace: options.namespace,
      taskQueue: poolQueue(pool),
      dataConverter: options.dataConverter,
    };
    if (pool === 'orchestrator') {
      workers.push(
        await Worker.create({
          ...common,
          workflowBundle: options.workflowBundle ?? (await bundleWorkflows()),
          activities: orchestratorLocalActivities(options),
          maxConcurrentWorkflowTaskExecutions: POOL_CONCURRENCY.orchestrator,
        }),
      );
    } else {
      const activities = activitiesFor(pool, options);
      workers.push(await Worker.create({ ...common, activities, maxConcurrentActivityTaskExecutions: POOL_CONCURRENCY[pool] }));
    }
  }
  return workers;
}

