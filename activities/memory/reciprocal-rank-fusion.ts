// Reciprocal-rank fusion (Cormack et al., 2009): merges ranked lists that score on incomparable
// scales (full-text rank, cosine similarity) using only positions: score = Σ 1 / (k + rank).

export const RRF_K = 60;

export interface Fused<T> {
  key: string;
  item: T;
  score: number;
}

/** Items keyed by `keyOf`; an item present in several lists sums its contributions. Highest score first. */
export function reciprocalRankFusion<T>(lists: T[][], keyOf: (item: T) => string, k = RRF_K): Fused<T>[] {
  const fused = new Map<string, Fused<T>>();
  for (const list of lists) {
    list.forEach((item, index) => {
      const key = keyOf(item);
      const entry = fused.get(key) ?? { key, item, score: 0 };
      entry.score += 1 / (k + index + 1);
      fused.set(key, entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}
