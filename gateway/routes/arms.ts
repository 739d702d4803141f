// GET /v1/arms: what each arm does, its queue, and how many workers poll it right now.
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { FastifyPluginAsync } from 'fastify';
import { ARM_CATALOG } from '../../contracts/arm-catalog.js';
import { ARMS, armQueue } from '../../contracts/names.js';

const { TaskQueueType } = proto.temporal.api.enums.v1;

export interface ArmRoutesOptions {
  client: Client;
  namespace: string;
}

const armRoutes: FastifyPluginAsync<ArmRoutesOptions> = async (app, { client, namespace }) => {
  app.get('/v1/arms', async () => {
    const arms = await Promise.all(
      ARMS.map(async (arm) => {
        const taskQueue = armQueue(arm);
        const described = await client.workflowService.describeTaskQueue({
          namespace,
          taskQueue: { name: taskQueue },
          taskQueueType: TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
        });
        const workers = new Set((described.pollers ?? []).map((p) => p.identity)).size;
        return { arm, ...ARM_CATALOG[arm], taskQueue, workers };
      }),
    );
    return { arms };
  });
};

export default armRoutes;
