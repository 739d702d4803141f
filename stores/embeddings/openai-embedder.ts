// Embeddings from any OpenAI-compatible /v1/embeddings endpoint (OpenAI, Ollama, vLLM, LM Studio),
// sent in batches. The dimension is learnt from the first response unless configured.
import OpenAI from 'openai';
import { l2Normalise, type Embedder } from './embedder.js';

export interface OpenAiEmbedderOptions {
  apiKey: string;
  baseUrl?: string;
  /** Default text-embedding-3-small. */
  model?: string;
  /** The model's output size; when omitted, one probe request learns it. */
  dimension?: number;
  /** Texts per request. */
  batchSize?: number;
}

// Known output sizes, so start-up needs no probe request for the common models.
const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
  'nomic-embed-text': 768,
  'mxbai-embed-large': 1024,
  'all-minilm': 384,
};

export async function createOpenAiEmbedder(options: OpenAiEmbedderOptions): Promise<Embedder> {
  const client = new OpenAI({ apiKey: options.apiKey, ...(options.baseUrl ? { baseURL: options.baseUrl } : {}), maxRetries: 2 });
  const model = options.model ?? 'text-embedding-3-small';
  const batchSize = options.batchSize ?? 96;

  const embedBatch = async (input: string[]): Promise<number[][]> => {
    const response = await client.embeddings.create({ model, input, encoding_format: 'float' });
    // The API may return items out of order; `index` says where each belongs.
    const out = new Array<number[]>(input.length);
    for (const item of response.data) out[item.index] = l2Normalise(item.embedding);
    if (out.some((v) => v === undefined)) throw new Error(`embeddings endpoint returned ${response.data.length} of ${input.length} vectors`);
    return out;
  };

  const dimension = options.dimension ?? KNOWN_DIMENSIONS[model] ?? (await embedBatch(['dimension probe']))[0]!.length;

  return {
    name: `openai:${model}`,
    dimension,
    async embed(texts) {
      const vectors: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        // Empty strings are rejected by the API; a single space embeds to "nothing in particular".
        const batch = texts.slice(i, i + batchSize).map((t) => (t.trim() === '' ? ' ' : t));
        const result = await embedBatch(batch);
        for (const v of result) {
          if (v.length !== dimension) throw new Error(`embedding has ${v.length} dimensions, expected ${dimension}`);
          vectors.push(v);
        }
      }
      return vectors;
    },
  };
}
