// What every LLM provider adapter does: one structured completion, returning raw text and token counts.

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface CompletionRequest {
  model: string;
  system: string;
  turns: ChatTurn[];
  jsonSchema: Record<string, unknown>;
  schemaName: string;
  temperature: number;
  maxTokens: number;
}

export interface Completion {
  /** The structured reply as JSON text. */
  text: string;
  inputTokens: number;
  outputTokens: number;
}

export interface ProviderClient {
  readonly name: 'openai' | 'anthropic';
  complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion>;
}
