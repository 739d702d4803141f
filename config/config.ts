// Configuration is parsed once, at the edge, from the environment (SPEC §8) into a typed object passed down.
// A bad value stops the process with a message naming the variable.
import { z } from 'zod';
import { ARMS, type Arm } from '../contracts/names.js';
import { isPiiPolicy, PII_POLICIES, type PiiPolicy } from '../contracts/reflex.js';

export const RATE_TIERS = {
  free: 60,
  pro: 600,
  enterprise: 6_000,
  unlimited: Number.POSITIVE_INFINITY,
} as const satisfies Record<string, number>;
export type RateTier = keyof typeof RATE_TIERS;

export const PROVIDERS = ['openai', 'anthropic'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface ModelChoice {
  provider: Provider;
  model: string;
}

export interface ApiKeyEntry {
  tenantId: string;
  key: string;
  /** Requests per minute. */
  ratePerMinute: number;
  tier: string;
  /** What the reflex layer does with PII in this key's requests (SPEC §4): redact (default), block or allow. */
  piiPolicy: PiiPolicy;
}

const DEFAULT_MODELS: Record<Provider, string> = { openai: 'gpt-4.1-mini', anthropic: 'claude-haiku-4-5' };

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const optionalUrl = optionalString.pipe(z.url().optional());

const apiKeyEntry = z.string().transform((entry, ctx): ApiKeyEntry => {
  const parts = entry.split(':').map((p) => p.trim());
  const [tenantId, key] = parts;
  // an empty field takes its default: tenant:key::block
  const limit = parts[2] || 'pro';
  const piiPolicy = parts[3] || 'redact';
  if (parts.length > 4 || !tenantId || !key || !/^[A-Za-z0-9_.-]{1,64}$/.test(tenantId)) {
    ctx.addIssue({ code: 'custom', message: 'each entry must be tenant:key[:limit[:pii]] with a tenant of letters, digits, _ . -' });
    return z.NEVER;
  }
  if (key.length < 8) {
    ctx.addIssue({ code: 'custom', message: `the key for tenant "${tenantId}" is shorter than 8 characters` });
    return z.NEVER;
  }
  if (!isPiiPolicy(piiPolicy)) {
    ctx.addIssue({ code: 'custom', message: `pii policy "${piiPolicy}" for tenant "${tenantId}" is not one of ${PII_POLICIES.join(', ')}` });
    return z.NEVER;
  }
  if (limit in RATE_TIERS) return { tenantId, key, ratePerMinute: RATE_TIERS[limit as RateTier], tier: limit, piiPolicy };
  const perMinute = Number(limit);
  if (!Number.isInteger(perMinute) || perMinute < 1) {
    ctx.addIssue({
      code: 'custom',
      message: `limit "${limit}" for tenant "${tenantId}" is neither a tier (${Object.keys(RATE_TIERS).join(', ')}) nor a positive whole number of requests per minute`,
    });
    return z.NEVER;
  }
  return { tenantId, key, ratePerMinute: perMinute, tier: 'custom', piiPolicy };
});

const modelChoice = z.string().transform((value, ctx): ModelChoice => {
  const i = value.indexOf(':');
  const provider = value.slice(0, i);
  const model = value.slice(i + 1);
  if (i < 1 || !model || !(PROVIDERS as readonly string[]).includes(provider)) {
    ctx.addIssue({ code: 'custom', message: `expected provider:model with provider one of ${PROVIDERS.join(', ')}, got "${value}"` });
    return z.NEVER;
  }
  return { provider: provider as Provider, model };
});

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  TEMPORAL_ADDRESS: optionalString,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_CLI_PATH: optionalString,
  TEMPORAL_UI_PORT: z.coerce.number().int().min(1).max(65_535).default(8233),
  TEMPORAL_UI_URL: optionalUrl,
  DATABASE_URL: optionalString,
  REDIS_URL: optionalString,
  QDRANT_URL: optionalUrl,
  QDRANT_API_KEY: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalUrl,
  OCTOLLM_API_KEYS: optionalString.pipe(
    z
      .string()
      .optional()
      .transform((v) => (v ? v.split(',').filter((e) => e.trim() !== '') : [])),
  ).pipe(z.array(apiKeyEntry)),
  OCTOLLM_PAYLOAD_KEY: optionalString,
  OCTOLLM_EMBEDDING_MODEL: optionalString,
  OCTOLLM_DATA_DIR: z.string().min(1).default('.octollm'),
  OCTOLLM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OCTOLLM_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(256 * 1024),
  OCTOLLM_WORKER_METRICS_ADDRESS: optionalString.pipe(
    z.string().regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]*):\d{1,5}$/, 'expected host:port, e.g. 0.0.0.0:9464').optional(),
  ),
  OCTOLLM_WORKFLOW_STACK_TRACES: optionalString.pipe(z.enum(['true', 'false', '1', '0']).optional()),
  // OpenTelemetry's standard variables; tracing is off unless an exporter or an OTLP endpoint is named.
  OTEL_TRACES_EXPORTER: optionalString.pipe(z.enum(['none', 'otlp', 'console']).optional()),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalUrl,
  OTEL_SERVICE_NAME: z.string().min(1).default('octollm'),
});

export type TraceExporter = 'none' | 'otlp' | 'console';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['OCTOLLM_LOG_LEVEL'];
  maxBodyBytes: number;
  temporal: {
    /** Unset: the embedded dev server is started. */
    address?: string;
    namespace: string;
    cliPath?: string;
    uiPort: number;
    uiUrl?: string;
  };
  databaseUrl?: string;
  redisUrl?: string;
  qdrant: { url?: string; apiKey?: string };
  llm: {
    openai?: { apiKey: string; baseUrl?: string };
    anthropic?: { apiKey: string; baseUrl?: string };
    /** Per-arm model choice; arms without an override use the first configured provider's default model. */
    models: Partial<Record<Arm, ModelChoice>>;
  };
  apiKeys: ApiKeyEntry[];
  payloadKey?: string;
  /** Set: embeddings come from the OpenAI-compatible endpoint with this model; unset: the offline embedder. */
  embeddingModel?: string;
  /** Where a process without the gateway serves /metrics (`host:port`); unset: it serves none. */
  workerMetricsAddress?: string;
  /** Workflow code keeps per-promise stack traces for the Web UI's stack-trace query (slower workflow tasks). */
  workflowStackTraces: boolean;
  tracing: {
    exporter: TraceExporter;
    /** OTLP/HTTP traces URL; unset: the exporter's default (http://localhost:4318/v1/traces). */
    otlpTracesUrl?: string;
    serviceName: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || 'environment'}: ${issue.message}`);
  }
  const models: Partial<Record<Arm, ModelChoice>> = {};
  for (const arm of ARMS) {
    const name = `OCTOLLM_MODEL_${arm.toUpperCase()}`;
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const choice = modelChoice.safeParse(raw.trim());
    if (choice.success) models[arm] = choice.data;
    else problems.push(`${name}: ${choice.error.issues[0]?.message ?? 'invalid'}`);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.OCTOLLM_DATA_DIR,
    logLevel: e.OCTOLLM_LOG_LEVEL,
    maxBodyBytes: e.OCTOLLM_MAX_BODY_BYTES,
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      cliPath: e.TEMPORAL_CLI_PATH,
      uiPort: e.TEMPORAL_UI_PORT,
      uiUrl: e.TEMPORAL_UI_URL,
    },
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    qdrant: { url: e.QDRANT_URL, apiKey: e.QDRANT_API_KEY },
    llm: {
      openai: e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL } : undefined,
      anthropic: e.ANTHROPIC_API_KEY ? { apiKey: e.ANTHROPIC_API_KEY, baseUrl: e.ANTHROPIC_BASE_URL } : undefined,
      models,
    },
    apiKeys: e.OCTOLLM_API_KEYS,
    payloadKey: e.OCTOLLM_PAYLOAD_KEY,
    embeddingModel: e.OCTOLLM_EMBEDDING_MODEL,
    workerMetricsAddress: e.OCTOLLM_WORKER_METRICS_ADDRESS,
    workflowStackTraces: e.OCTOLLM_WORKFLOW_STACK_TRACES === 'true' || e.OCTOLLM_WORKFLOW_STACK_TRACES === '1',
    tracing: {
      exporter: e.OTEL_TRACES_EXPORTER ?? (e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || e.OTEL_EXPORTER_OTLP_ENDPOINT ? 'otlp' : 'none'),
      otlpTracesUrl: e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (e.OTEL_EXPORTER_OTLP_ENDPOINT && `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`),
      serviceName: e.OTEL_SERVICE_NAME,
    },
  };
}

/** The model an arm uses: its override, else the default model of the first configured provider. */
export function modelFor(config: Config, arm: Arm): ModelChoice | undefined {
  const override = config.llm.models[arm];
  if (override) return override;
  if (config.llm.openai) return { provider: 'openai', model: DEFAULT_MODELS.openai };
  if (config.llm.anthropic) return { provider: 'anthropic', model: DEFAULT_MODELS.anthropic };
  return undefined;
}

export function defaultModel(provider: Provider): string {
  return DEFAULT_MODELS[provider];
}
