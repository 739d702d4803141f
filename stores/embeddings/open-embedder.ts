// Picks the embedder: an OpenAI-compatible endpoint when an API key is configured, else the
// deterministic offline one so embedded mode works without network.
import type { Embedder } from './embedder.js';
import { createHashingEmbedder } from './hashing-embedder.js';
import { createOpenAiEmbedder } from './openai-embedder.js';

export interface OpenEmbedderOptions {
  openai?: { apiKey: string; baseUrl?: string };
  model?: string;
  dimension?: number;
}

export async function openEmbedder(options: OpenEmbedderOptions = {}): Promise<Embedder> {
  if (options.openai) {
    return createOpenAiEmbedder({
      apiKey: options.openai.apiKey,
      ...(options.openai.baseUrl ? { baseUrl: options.openai.baseUrl } : {}),
      ...(options.model ? { model: options.model } : {}),
      ...(options.dimension ? { dimension: options.dimension } : {}),
    });
  }
  return createHashingEmbedder(options.dimension ? { dimension: options.dimension } : {});
}
