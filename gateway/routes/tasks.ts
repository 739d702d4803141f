// Task routes (SPEC §3): submit, read, cancel, approve, retry.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApprovalSchema } from '../../contracts/step.js';
import { TaskIdSchema, TaskRequestSchema } from '../../contracts/task.js';
import { taskCacheKey } from '../reflex/index.js';
import { screenTask } from '../tasks/screen-task.js';
import { idempotentTaskId, newTaskId } from '../tasks/task-ids.js';
import type { TaskService } from '../tasks/task-service.js';

export interface TaskRoutesOptions {
  tasks: TaskService;
  approvalTimeoutSeconds: number;
}

const TaskParams = z.object({ id: TaskIdSchema });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() });

const taskRoutes: FastifyPluginAsyncZod<TaskRoutesOptions> = async (app, { tasks, approvalTimeoutSeconds }) => {
  app.post('/v1/tasks', { schema: { body: TaskRequestSchema, headers: IdempotencyHeaders } }, async (request, reply) => {
    const { tenantId, piiPolicy } = request.auth;
    const screened = screenTask(app.reflex, request.body, piiPolicy);
    const taskJson = JSON.stringify(screened.task);
    const taskHash = taskCacheKey(tenantId, taskJson);

    const cached = await app.reflex.cache.get(tenantId, taskHash);
    if (cached) {
      return reply.status(200).send({
        taskId: cached.taskId,
        status: 'completed',
        cacheHit: true,
        result: { output: cached.output },
        completedAt: cached.completedAt,
        links: tasks.links(cached.taskId),
      });
    }

    const idempotencyKey = request.headers['idempotency-key'];
    const taskId = idempotencyKey ? idempotentTaskId(tenantId, idempotencyKey) : newTaskId();
    await tasks.submit({
      input: {
        taskId,
        tenantId,
        task: screened.task,
        flagged: screened.flagged,
        submittedAt: new Date().toISOString(),
        approvalTimeoutSeconds,
        taskHash,
      },
      requestHash: createHash('sha256').update(taskJson).digest('hex'),
      idempotent: idempotencyKey !== undefined,
    });
    // Ties the request id (on every request log line) to the task and its workflow.
    request.log.info({ taskId, tenantId }, 'task submitted');
    return reply.status(202).send({ taskId, status: 'queued', cacheHit: false, links: tasks.links(taskId) });
  });

  app.get('/v1/tasks/:id', { schema: { params: TaskParams } }, async (request) => {
    return tasks.get(request.auth.tenantId, request.params.id);
  });

  app.post('/v1/tasks/:id/cancel', { schema: { params: TaskParams } }, async (request, reply) => {
    const previous = await tasks.cancel(request.auth.tenantId, request.params.id);
    return reply.status(202).send({ taskId: request.params.id, status: 'cancelling', previousStatus: previous });
  });

  app.post('/v1/tasks/:id/approve', { schema: { params: TaskParams, body: ApprovalSchema } }, async (request) => {
    const step = await tasks.approve(request.auth.tenantId, request.params.id, request.body);
    return { taskId: request.params.id, step: { id: step.id, approved: step.approval?.approved ?? false } };
  });

  app.post('/v1/tasks/:id/retry', { schema: { params: TaskParams } }, async (request, reply) => {
    const retried = await tasks.retry(request.auth.tenantId, request.params.id);
    request.log.info({ taskId: retried.taskId, runId: retried.runId, previousRunId: retried.previousRunId }, 'task retried');
    return reply.status(202).send({ ...retried, status: 'retrying', links: tasks.links(retried.taskId) });
  });
};

export default taskRoutes;
