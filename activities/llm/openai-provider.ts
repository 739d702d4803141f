// OpenAI-compatible Chat Completions with a JSON-schema response_format: works with OpenAI, vLLM, Ollama, LM Studio.
import OpenAI from 'openai';
import type { Completion, CompletionRequest, ProviderClient } from './provider.js';

export function createOpenAiProvider(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): ProviderClient {
  // SDK retries off: Temporal's retry policy is the one place retries happen.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: 0, timeout: options.timeoutMs ?? 120_000 });
  return {
    name: 'openai',
    async complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion> {
      const response = await client.chat.completions.create(
        {
          model: request.model,
          temperature: request.temperature,
          max_completion_tokens: request.maxTokens,
          messages: [{ role: 'system', content: request.system }, ...request.turns],
          response_format: {
            type: 'json_schema',
            json_schema: { name: request.schemaName, schema: request.jsonSchema, strict: true },
          },
        },
        { signal },
      );
      return {
        text: response.choices[0]?.message?.content ?? '',
        inputTokens: response.usage?.prompt_tokens ?? 0,
        outputTokens: response.usage?.completion_tokens ?? 0,
      };
    },
  };
}
