// The labelled reflex corpora in test/fixtures/reflex/ (one JSON object per line), as read by the eval, the
// injection model's trainer and bench:reflex.
import { readFileSync } from 'node:fs';

export interface PiiCase {
  id?: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

export interface InjectionCase {
  id?: string;
  text: string;
  label: 'attack' | 'benign';
  category?: string;
  lang?: string;
  /** Held-out corpora: the part (A–D, H2–H6) written at one time. */
  split?: string;
}

/** A corpus file that cannot be read or parsed; the message names the file (and line). */
export class CorpusError extends Error {}

export function readJsonl<T>(path: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CorpusError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      throw new CorpusError(`${path}:${i + 1}: not a JSON object`);
    }
  });
  return out;
}
