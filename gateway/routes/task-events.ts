// `GET /v1/tasks/:id/events`: Server-Sent Events with status changes and step progress until the task ends.
// Ids are history event ids (tagged with the run), so `Last-Event-ID` (header, or `lastEventId` in the query for clients that cannot
// set headers) resumes exactly after the last event the client saw. The last event is always `end`.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TaskIdSchema } from '../../contracts/task.js';
import { parseEventId, streamTaskEvents } from '../tasks/task-event-stream.js';
import type { TaskService } from '../tasks/task-service.js';
import type { Client } from '@temporalio/client';

export interface TaskEventRoutesOptions {
  tasks: TaskService;
  client: Client;
  namespace: string;
}

const EventId = z.string().refine((v) => parseEventId(v) !== undefined, 'must be an event id from this stream');
const Params = z.object({ id: TaskIdSchema });
const Headers = z.object({ 'last-event-id': EventId.optional() });
const Query = z.object({ lastEventId: EventId.optional() }).strict();

/** A browser reconnects this long after a dropped connection. */
const RECONNECT_MS = 1_000;

const sse = (id: string, event: string, data: unknown): string => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

const taskEventRoutes: FastifyPluginAsyncZod<TaskEventRoutesOptions> = async (app, { tasks, client, namespace }) => {
  app.get('/v1/tasks/:id/events', { schema: { params: Params, headers: Headers, querystring: Query } }, async (request, reply) => {
    const taskId = request.params.id;
    // Tenant check and run lookup happen before the stream opens, so a 404 is an ordinary JSON error.
    const { runId } = await tasks.latestRun(request.auth.tenantId, taskId);
    const lastEventId = request.headers['last-event-id'] ?? request.query.lastEventId;
    const resumeAfter = lastEventId === undefined ? undefined : parseEventId(lastEventId);

    const controller = new AbortController();
    reply.raw.on('close', () => controller.abort());
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no', // nginx: do not buffer the stream
      'x-request-id': String(request.id),
    });
    reply.raw.write(`retry: ${RECONNECT_MS}\n\n`);
    try {
      for await (const item of streamTaskEvents({ client, namespace, workflowId: taskId, runId, resumeAfter, signal: controller.signal })) {
        if ('keepAlive' in item) reply.raw.write(': keep-alive\n\n');
        else reply.raw.write(sse(item.id, item.event.type, item.event));
      }
    } catch (err) {
      request.log.error({ err: { message: (err as Error).message }, taskId }, 'task event stream failed');
      // No id: a client reconnecting after this resumes from the last good event.
      if (!controller.signal.aborted) reply.raw.write(`event: error\ndata: ${JSON.stringify({ code: 'stream_failed', message: 'the event stream failed; reconnect to resume' })}\n\n`);
    } finally {
      reply.raw.end();
    }
  });
};

export default taskEventRoutes;
