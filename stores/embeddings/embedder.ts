// Turns text into vectors for episodic memory. The dimension sizes each arm's vector collection.

export interface Embedder {
  /** Identifies the model, so vectors from different embedders are never mixed. */
  readonly name: string;
  readonly dimension: number;
  /** One unit-length vector per text, in order. */
  embed(texts: string[]): Promise<number[][]>;
}

export function l2Normalise(vector: number[]): number[] {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const norm = Math.sqrt(sum);
  return norm === 0 ? vector : vector.map((x) => x / norm);
}
