// The arms' one door to language models: structured output validated with zod, one re-ask on an invalid reply,
// provider fallback on provider faults, and token usage and cost on every call (also as metrics and a span); inside an
// activity every call heartbeats and is aborted by the activity's cancel.
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';
import { defaultModel, modelFor, type Config, type ModelChoice, type Provider } from '../../config/config.js';
import type { Arm } from '../../contracts/names.js';
import type { Usage } from '../../contracts/usage.js';
import { sha256 } from '../hashing.js';
import { whileHeartbeating } from '../heartbeat.js';
import { createAnthropicProvider } from './anthropic-provider.js';
import { isProviderFault, LlmFailureTypes, toActivityFailure } from './llm-errors.js';
import { NO_LLM_METRICS, observeCompletion, type LlmMetrics } from './llm-telemetry.js';
import { createOpenAiProvider } from './openai-provider.js';
import type { ChatTurn, ProviderClient } from './provider.js';
import { jsonSchemaFor, parseJsonReply } from './structured-output.js';

export interface StructuredRequest<T> {
  arm: Arm;
  system: string;
  prompt: string;
  schema: z.ZodType<T>;
  schemaName: string;
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
}

export interface StructuredReply<T> {
  value: T;
  usage: Usage;
  /** `provider:model` that produced the accepted reply. */
  model: string;
  promptHash: string;
}

export interface Llm {
  structured<T>(request: StructuredRequest<T>): Promise<StructuredReply<T>>;
}

export const NOT_CONFIGURED_MESSAGE =
  'No LLM provider is configured: set OPENAI_API_KEY (and OPENAI_BASE_URL for any OpenAI-compatible server) or ANTHROPIC_API_KEY';

export function createLlm(config: Config, metrics: LlmMetrics = NO_LLM_METRICS): Llm {
  const providers: Partial<Record<Provider, ProviderClient>> = {};
  if (config.llm.openai) providers.openai = createOpenAiProvider(config.llm.openai);
  if (config.llm.anthropic) providers.anthropic = createAnthropicProvider(config.llm.anthropic);

  const fallbackFor = (choice: ModelChoice): ModelChoice | undefined => {
    const other: Provider = choice.provider === 'openai' ? 'anthropic' : 'openai';
    return providers[other] ? { provider: other, model: defaultModel(other) } : undefined;
  };

  return {
    async structured<T>(request: StructuredRequest<T>): Promise<StructuredReply<T>> {
      const primary = modelFor(config, request.arm);
      if (!primary || !providers[primary.provider]) {
        throw ApplicationFailure.create({ type: LlmFailureTypes.notConfigured, message: NOT_CONFIGURED_MESSAGE, nonRetryable: true });
      }
      // Inside an activity the call heartbeats while the model thinks, and the activity's cancel aborts it.
      return whileHeartbeating(async (cancellation) => {
        const signal = request.signal && cancellation ? AbortSignal.any([request.signal, cancellation]) : (request.signal ?? cancellation);
        const asked = { ...request, signal };
        // An aborted request is nobody's fault and worth no retry or fallback: it ends as it is.
        const failure = (err: unknown, provider: string): unknown => (signal?.aborted ? err : toActivityFailure(err, provider));
        try {
          return await askWithReask(providers[primary.provider]!, primary, asked, metrics);
        } catch (err) {
          const fallback = signal?.aborted ? undefined : fallbackFor(primary);
          if (!fallback || !isProviderFault(err)) throw failure(err, primary.provider);
          return await askWithReask(providers[fallback.provider]!, fallback, asked, metrics).catch((fallbackErr: unknown) => {
            throw failure(fallbackErr, fallback.provider);
          });
        }
      }, { phase: 'awaiting the model', arm: request.arm });
    },
  };
}

async function askWithReask<T>(provider: ProviderClient, choice: ModelChoice, request: StructuredRequest<T>, metrics: LlmMetrics): Promise<StructuredReply<T>> {
  const jsonSchema = jsonSchemaFor(request.schema);
  const promptHash = sha256(`${request.system}\n${request.prompt}\n${JSON.stringify(jsonSchema)}`);
  const turns: ChatTurn[] = [{ role: 'user', content: request.prompt }];
  let usage: Usage = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
  let problem = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const { completion, costUsd } = await observeCompletion({ provider: choice.provider, model: choice.model, arm: request.arm }, metrics, () =>
      provider.complete(
        {
          model: choice.model,
          system: request.system,
          turns,
          jsonSchema,
          schemaName: request.schemaName,
          temperature: request.temperature ?? 0.2,
          maxTokens: request.maxTokens ?? 2_000,
        },
        request.signal,
      ),
    );
    usage = {
      inputTokens: usage.inputTokens + completion.inputTokens,
      outputTokens: usage.outputTokens + completion.outputTokens,
      costUsd: usage.costUsd + costUsd,
    };
    problem = validationProblem(completion.text, request.schema);
    if (!problem) {
      return { value: request.schema.parse(parseJsonReply(completion.text)), usage, model: `${choice.provider}:${choice.model}`, promptHash };
    }
    // One re-ask with the problem named, the standard repair for a malformed structured reply.
    turns.push(
      { role: 'assistant', content: completion.text.slice(0, 4_000) },
      { role: 'user', content: `That reply was not valid: ${problem}. Reply again with only JSON matching the ${request.schemaName} schema.` },
    );
  }
  throw ApplicationFailure.create({
    type: LlmFailureTypes.invalidOutput,
    message: `${choice.provider}:${choice.model} returned invalid ${request.schemaName} output twice (${problem})`,
    nonRetryable: true,
    details: [{ usage }],
  });
}

function validationProblem(text: string, schema: z.ZodType): string {
  let json: unknown;
  try {
    json = parseJsonReply(text);
  } catch {
    return 'the reply is not JSON';
  }
  const result = schema.safeParse(json);
  if (result.success) return '';
  return result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
    .join('; ');
}
