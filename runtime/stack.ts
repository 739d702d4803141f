// Assembles the running system from configuration: Temporal (embedded or external), workers, and the gateway.
// `npm start` runs all of it in one process; tests run the same assembly.
import { join } from 'node:path';
import { NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { RATE_TIERS, type ApiKeyEntry, type Config, type RateTier } from '../config/config.js';
import { buildApp } from '../gateway/app.js';
import { createMemoryActivities } from '../activities/memory/activities.js';
import { createReflex } from '../gateway/reflex/index.js';
import { openStores } from '../stores/open-stores.js';
import { verifyApiKey } from '../stores/repositories/api-keys.js';
import { createDataConverter } from '../temporal/codec/data-converter.js';
import { resolvePayloadKeyring } from '../temporal/codec/keyring.js';
import { findTemporalCli } from '../temporal/cli-path.js';
import { connectClient } from '../temporal/connection.js';
import { startDevServer, type DevServer } from '../temporal/dev-server.js';
import { ensureSearchAttributes } from '../temporal/search-attribute-registration.js';
import { createWorkers } from '../workers/create-workers.js';
import type { Pool } from '../workers/pools.js';
import { installTemporalRuntime } from './temporal-runtime.js';
import { startTracing } from './tracing.js';
import { fetchCoreMetrics, startMetricsServer } from './worker-metrics.js';

export interface StackOptions {
  pools: readonly Pool[];
  gateway: boolean;
  /** Extra keys accepted besides the configured ones (embedded mode's local key). */
  extraApiKeys?: ApiKeyEntry[];
  workflowBundle?: WorkflowBundleWithSourceMap | { codePath: string };
  approvalTimeoutSeconds?: number;
  logger?: Logger;
  /** Turns tracing on with this exporter instead of the configured one (tests: an in-memory exporter). */
  spanExporter?: SpanExporter;
}

export interface Stack {
  temporalAddress: string;
  temporalUiUrl?: string;
  gatewayUrl?: string;
  /** Where a process without the gateway serves /metrics (OCTOLLM_WORKER_METRICS_ADDRESS). */
  metricsUrl?: string;
  app?: FastifyInstance;
  /** Exports the spans still buffered (tracing on); a no-op otherwise. */
  flushTraces(): Promise<void>;
  /** Resolves when the workers stop (after `stop()`), rejects if one crashes. */
  running: Promise<void>;
  stop(): Promise<void>;
}

function storeUp(name: string, health: 'up' | 'down' | 'embedded'): string {
  if (health === 'down') throw new Error(`${name} is unreachable`);
  return health;
}

export async function startStack(config: Config, options: StackOptions): Promise<Stack> {
  const logger = options.logger ?? pino({ level: config.logLevel, redact: ['req.headers.authorization', 'req.headers["x-api-key"]'] });
  // Core's worker metrics are exported only where a /metrics endpoint will serve them.
  const metricsAddress = options.gateway ? undefined : config.workerMetricsAddress;
  const temporalRuntime = await installTemporalRuntime(logger, { exportMetrics: options.gateway || metricsAddress !== undefined });
  const tracing = await startTracing(config.tracing, options.spanExporter);
  const embedded = !config.temporal.address;
  const gatewayPublicUrl = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;

  let devServer: DevServer | undefined;
  let temporalAddress = config.temporal.address;
  let temporalUiUrl = config.temporal.uiUrl;
  if (!temporalAddress) {
    devServer = await startDevServer({
      cliPath: findTemporalCli(config.temporal.cliPath),
      dbFile: join(config.dataDir, 'temporal.db'),
      port: 7233,
      uiPort: config.temporal.uiPort,
      namespace: config.temporal.namespace,
      // The UI decodes encrypted payloads through the gateway's codec endpoint.
      uiCodecEndpoint: options.gateway ? `${gatewayPublicUrl}/codec` : undefined,
    });
    temporalAddress = devServer.address;
    temporalUiUrl ??= devServer.uiUrl;
  }

  const keyring = await resolvePayloadKeyring({ payloadKey: config.payloadKey, dataDir: config.dataDir, createIfMissing: embedded });
  const dataConverter = createDataConverter(keyring);
  const workerConnection = await NativeConnection.connect({ address: temporalAddress });
  // With the orchestrator worker in this process the gateway shares its connection and starts tasks eagerly:
  // the first workflow task skips a trip through matching.
  const eagerStart = options.gateway && options.pools.includes('orchestrator');
  const { connection, client } = await connectClient({
    address: temporalAddress,
    namespace: config.temporal.namespace,
    dataConverter,
    interceptors: tracing.clientInterceptors,
    ...(eagerStart ? { shared: workerConnection } : {}),
  });
  if (!embedded) await ensureSearchAttributes(connection, config.temporal.namespace);

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const reflex = await createReflex({ redisUrl: config.redisUrl, registry, logger });

  // Every store, embedded where not configured; migrations are applied on open.
  // Remote embeddings only when a model is named: not every OpenAI-compatible server has an embeddings endpoint.
  const storeConfig = config.embeddingModel ? config : { ...config, llm: { ...config.llm, openai: undefined } };
  const stores = await openStores(storeConfig, {
    embeddingModel: config.embeddingModel,
    onError: (message) => logger.warn({ error: message }, 'store connection error'),
  });
  const redactText = (text: string): string => reflex.scan(text, 'redact').redacted;
  const memory = createMemoryActivities({ db: stores.db, vectors: stores.vectors, embedder: stores.embedder, redact: redactText });

  const workers = await createWorkers({
    connection: workerConnection,
    namespace: config.temporal.namespace,
    pools: options.pools,
    workflowBundle: options.workflowBundle,
    dataConverter,
    config,
    scan: (text) => {
      const result = reflex.scan(text, 'redact');
      return { redacted: result.redacted, findings: result.pii };
    },
    resultCache: reflex.cache,
    memory,
    client,
    registry,
    tracing,
  });
  const running = Promise.all(workers.map((w) => w.run())).then(() => undefined);

  let app: FastifyInstance | undefined;
  let gatewayUrl: string | undefined;
  if (options.gateway) {
    app = await buildApp({
      client,
      eagerStart,
      namespace: config.temporal.namespace,
      reflex,
      registry,
      workerMetrics: temporalRuntime.metricsUrl ? () => fetchCoreMetrics(temporalRuntime.metricsUrl!) : undefined,
      tracing: tracing.enabled,
      apiKeys: [...config.apiKeys, ...(options.extraApiKeys ?? [])],
      lookupKey: async (key) => {
        const found = await verifyApiKey(stores.db, key);
        if (!found) return undefined;
        const ratePerMinute = found.ratePerMinute ?? RATE_TIERS[found.tier as RateTier] ?? RATE_TIERS.pro;
        return { tenantId: found.tenantId, keyId: found.keyId, ratePerMinute, piiPolicy: found.piiPolicy };
      },
      maxBodyBytes: config.maxBodyBytes,
      approvalTimeoutSeconds: options.approvalTimeoutSeconds ?? 3_600,
      temporalUiUrl,
      codec: dataConverter.payloadCodecs?.[0],
      readiness: {
        postgres: async () => storeUp('postgres', (await stores.health()).postgres),
        vectors: async () => storeUp('vectors', (await stores.health()).vectors),
        redis: async () => {
          const { redis } = await reflex.health();
          if (redis === 'down') throw new Error('redis is unreachable');
          return redis;
        },
      },
      logger,
    });
    gatewayUrl = await app.listen({ port: config.port, host: config.host });
  }
  const metricsServer = metricsAddress ? await startMetricsServer(metricsAddress, registry, temporalRuntime.metricsUrl) : undefined;

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      await app?.close();
      await metricsServer?.close();
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await workerConnection.close();
      if (connection !== workerConnection) await connection.close();
      await reflex.close();
      await stores.close();
      await devServer?.stop();
      await tracing.shutdown();
    })());

  return { temporalAddress, temporalUiUrl, gatewayUrl, metricsUrl: metricsServer?.url, app, running, stop, flushTraces: () => tracing.flush() };
}
