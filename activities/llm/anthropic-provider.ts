// Anthropic Messages with a forced tool call: the tool's input schema is the structured-output contract.
// (SDK 1.x has no sampling temperature; the forced tool call is what keeps replies structured.)
import Anthropic from '@anthropic-ai/sdk';
import type { Completion, CompletionRequest, ProviderClient } from './provider.js';

export function createAnthropicProvider(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): ProviderClient {
  const client = new Anthropic({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: 0, timeout: options.timeoutMs ?? 120_000 });
  return {
    name: 'anthropic',
    async complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion> {
      const response = await client.messages.create(
        {
          model: request.model,
          max_tokens: request.maxTokens,
          system: request.system,
          messages: request.turns,
          tools: [
            {
              name: request.schemaName,
              description: `Return the ${request.schemaName} result.`,
              input_schema: request.jsonSchema as Anthropic.Tool.InputSchema,
            },
          ],
          tool_choice: { type: 'tool', name: request.schemaName },
        },
        { signal },
      );
      const toolUse = response.content.find((block) => block.type === 'tool_use');
      const text = toolUse
        ? JSON.stringify(toolUse.input)
        : response.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
      return { text, inputTokens: response.usage.input_tokens, outputTokens: response.usage.output_tokens };
    },
  };
}
