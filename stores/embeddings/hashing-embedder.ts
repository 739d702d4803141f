// The offline embedder: feature hashing of word tokens, word bigrams and character trigrams into a
// fixed number of signed buckets, L2-normalised. Deterministic, dependency-free and fast; texts that
// share words and spellings land close together, which is what episodic recall needs without a model.
import { createHash } from 'node:crypto';
import { l2Normalise, type Embedder } from './embedder.js';

export interface HashingEmbedderOptions {
  /** Default 256. */
  dimension?: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function createHashingEmbedder(options: HashingEmbedderOptions = {}): Embedder {
  const dimension = options.dimension ?? 256;
  if (!Number.isInteger(dimension) || dimension < 16) throw new Error('dimension must be a whole number of at least 16');
  const cache = new Map<string, [number, number]>();

  // Bucket and sign from one hash of the feature; memoised because features repeat across texts.
  const slot = (feature: string): [number, number] => {
    let hit = cache.get(feature);
    if (!hit) {
      const h = createHash('sha1').update(feature).digest();
      hit = [h.readUInt32LE(0) % dimension, h[4]! & 1 ? 1 : -1];
      if (cache.size > 200_000) cache.clear();
      cache.set(feature, hit);
    }
    return hit;
  };

  const embedOne = (text: string): number[] => {
    const v = new Array<number>(dimension).fill(0);
    const add = (feature: string, weight: number): void => {
      const [i, sign] = slot(feature);
      v[i]! += sign * weight;
    };
    const words = text.toLowerCase().match(WORD) ?? [];
    words.forEach((w, i) => {
      add(`w:${w}`, 1);
      if (i > 0) add(`b:${words[i - 1]} ${w}`, 0.5);
      const padded = `#${w}#`;
      for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, 0.25);
    });
    return l2Normalise(v);
  };

  return {
    name: `hashing-${dimension}`,
    dimension,
    embed: async (texts) => texts.map(embedOne),
  };
}
