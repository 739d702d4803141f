// Keyword search over the task's own context: each string leaf is a passage cited by its JSON path.

export interface Passage {
  citation: string;
  text: string;
  score: number;
}

const WORD = /[\p{L}\p{N}_]{2,}/gu;
const words = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []);

function collectPassages(value: unknown, path: string, out: { citation: string; text: string }[], depth = 0): void {
  if (depth > 8 || out.length >= 2_000) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.push({ citation: path, text: String(value) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectPassages(v, `${path}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectPassages(v, `${path}.${k}`, out, depth + 1);
  }
}

/** Passages ranked by BM25 against the query; passages sharing no term with it are left out. */
export function searchContext(context: Record<string, unknown>, query: string, limit = 5): Passage[] {
  const passages: { citation: string; text: string }[] = [];
  collectPassages(context, 'context', passages);
  if (passages.length === 0) return [];
  const queryTerms = [...new Set(words(query))];
  const docs = passages.map((p) => words(`${p.citation} ${p.text}`));
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / docs.length || 1;
  const docFreq = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
  const k1 = 1.2;
  const b = 0.75;
  return passages
    .map((p, i) => {
      const doc = docs[i]!;
      let score = 0;
      for (const term of queryTerms) {
        const tf = doc.filter((w) => w === term).length;
        if (tf === 0) continue;
        const df = docFreq.get(term) ?? 0;
        const idf = Math.log(1 + (passages.length - df + 0.5) / (df + 0.5));
        score += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / avgLength));
      }
      return { ...p, score };
    })
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
