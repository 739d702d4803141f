// buildApp: the whole gateway as a Fastify instance — tests call it with app.inject(); only the entry point listens.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { FastifyBaseLogger } from 'fastify';
import type { Registry } from 'prom-client';
import type { ApiKeyEntry } from '../config/config.js';
import auth, { type AuthOptions } from './plugins/auth.js';
import errorEnvelope from './plugins/error-envelope.js';
import metrics from './plugins/metrics.js';
import rateLimit from './plugins/rate-limit.js';
import httpTracing from './plugins/tracing.js';
import type { Reflex } from './reflex/types.js';
import armRoutes from './routes/arms.js';
import codecRoutes from './routes/codec.js';
import healthRoutes from './routes/health.js';
import reflexCheckRoutes from './routes/reflex-check.js';
import taskRoutes from './routes/tasks.js';
import taskEventRoutes from './routes/task-events.js';
import taskListRoutes from './routes/task-list.js';
import { createTaskService } from './tasks/task-service.js';

export interface GatewayDependencies {
  client: Client;
  /** The client shares a connection with an orchestrator worker in this process: start tasks eagerly. */
  eagerStart?: boolean;
  namespace: string;
  reflex: Reflex;
  registry: Registry;
  /** The Temporal worker metrics' text, appended on /metrics. */
  workerMetrics?: () => Promise<string>;
  /** Tracing is on (runtime/tracing.ts): every request gets an HTTP server span. */
  tracing?: boolean;
  apiKeys: ApiKeyEntry[];
  /** Database-kept API keys (see gateway/plugins/auth.ts). */
  lookupKey?: AuthOptions['lookupKey'];
  maxBodyBytes: number;
  approvalTimeoutSeconds: number;
  temporalUiUrl?: string;
  /** The payload codec the Temporal UI decodes through (served at /codec/*). */
  codec?: PayloadCodec;
  /** Readiness checks by dependency name; Temporal's is added here. */
  readiness?: Record<string, () => Promise<unknown>>;
  logger?: FastifyBaseLogger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

export async function buildApp(deps: GatewayDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    bodyLimit: deps.maxBodyBytes,
    // Honour a caller's request id when it is safe to echo; otherwise make one.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('reflex', deps.reflex);

  // The OpenAPI UI is public, like health and metrics.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/docs')) route.config = { ...(route.config as object), public: true };
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'OctoLLM API', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });
  await app.register(errorEnvelope);
  if (deps.tracing) await app.register(httpTracing);
  await app.register(metrics, { registry: deps.registry, workerMetrics: deps.workerMetrics });
  await app.register(auth, { apiKeys: deps.apiKeys, lookupKey: deps.lookupKey });
  await app.register(rateLimit);

  const tasks = createTaskService({ client: deps.client, namespace: deps.namespace, uiUrl: deps.temporalUiUrl, eagerStart: deps.eagerStart });
  await app.register(healthRoutes, {
    checks: {
      temporal: () => deps.client.workflowService.getSystemInfo({}),
      ...deps.readiness,
    },
  });
  await app.register(taskRoutes, { tasks, approvalTimeoutSeconds: deps.approvalTimeoutSeconds });
  await app.register(taskListRoutes, { tasks });
  await app.register(taskEventRoutes, { tasks, client: deps.client, namespace: deps.namespace });
  await app.register(reflexCheckRoutes);
  await app.register(armRoutes, { client: deps.client, namespace: deps.namespace });
  if (deps.codec) {
    await app.register(codecRoutes, { codec: deps.codec, allowedOrigins: deps.temporalUiUrl ? [new URL(deps.temporalUiUrl).origin] : [] });
  }
  return app;
}
