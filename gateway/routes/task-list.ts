// `GET /v1/tasks`: the caller's tasks, newest first, from Temporal visibility (search attributes only).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TaskListingQuerySchema } from '../../contracts/task-listing.js';
import type { TaskService } from '../tasks/task-service.js';

export interface TaskListRoutesOptions {
  tasks: TaskService;
}

const taskListRoutes: FastifyPluginAsyncZod<TaskListRoutesOptions> = async (app, { tasks }) => {
  app.get('/v1/tasks', { schema: { querystring: TaskListingQuerySchema } }, async (request) => {
    return tasks.list(request.auth.tenantId, request.query);
  });
};

export default taskListRoutes;
