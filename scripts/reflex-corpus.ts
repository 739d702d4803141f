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

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
