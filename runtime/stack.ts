// Assembles the running system from configuration: Temporal (embedded or external), workers, and the gateway.
// `npm start` runs all of it in one process; tests run the same assembly.
import { join } from 'node:path';
import { NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
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
import { installTemporalLogging } from './temporal-logging.js';

export interface StackOptions {
  pools: readonly Pool[];
  gateway: boolean;
  /** Extra keys accepted besides the configured ones (embedded mode's local key). */
  extraApiKeys?: ApiKeyEntry[];
  workflowBundle?: WorkflowBundleWithSourceMap | { codePath: string };
  approvalTimeoutSeconds?: number;
  logger?: Logger;
}

export interface Stack {
  temporalAddress: string;
  temporalUiUrl?: string;
  gatewayUrl?: string;
  app?: FastifyInstance;
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
  installTemporalLogging(logger);
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
      apiKeys: [...config.apiKeys, ...(options.extraApiKeys ?? [])],
      lookupKey: async (key) => {
        const found = await verifyApiKey(stores.db, key);
        if (!found) return undefined;
        const ratePerMinute = found.ratePerMinute ?? RATE_TIERS[found.tier as RateTier] ?? RATE_TIERS.pro;
        return { tenantId: found.tenantId, keyId: found.keyId, ratePerMinute };
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

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      await app?.close();
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await workerConnection.close();
      if (connection !== workerConnection) await connection.close();
      await reflex.close();
      await stores.close();
      await devServer?.stop();
    })());

  return { temporalAddress, temporalUiUrl, gatewayUrl, app, running, stop };
}
