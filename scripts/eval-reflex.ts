// Scores the reflex layer on the labelled corpora in test/fixtures/reflex/ — our own generated corpus
// (pii.jsonl, injection.jsonl) and the hand-written held-out one (heldout-*.jsonl, also per split A–D)
// and heldout2-pii … heldout4-pii.jsonl (each written blind after the PII tuning before it) — or on files given with --pii / --injection: PII precision/recall/F1 per type, span-level (a finding
// counts when it has the gold type and overlaps the gold span), and injection TPR/FPR at the flag and
// block thresholds, with and without the learned lexical model. Then the injection-only corpora
// heldout2–5 (each and pooled; never-trained-on checks until 2026-11-26, the lexical model's training
// data since), heldout6 (the never-trained-on check until it joined the training data and the signature
// tuning later on 2026-11-26), heldout7 (written blind that day, scored once before and once after that
// session's changes, tuned on since), heldout8 to heldout12 (each written blind after the one before,
// scored once before and once after the change it judged, numbers in its header; signatures tuned and
// the model trained on them since; heldout12 too, after its two scores) and the lexical model's cross-validation
// by held-out split (A–D, H2–H29). heldout13 to heldout29 (each written blind for the change after the one
// before) were checks for those changes, and training data since (heldout26–29 since round 24); heldout30 to heldout39
// (written blind for rounds 24 to 29; 32–39 in pairs) are not trained on, shown with their scores.
// --verbose lists every miss and false alarm; --no-cv skips the cross-validation (it retrains once per held-out split).
// Usage: npm run eval:reflex -- --help
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from '../cli/args.js';
import { PII_TYPES, type PiiFinding } from '../contracts/reflex.js';
import { detectInjection, INJECTION_FLAG_THRESHOLD, injectionBand } from '../gateway/reflex/injection/detect.js';
import { SIGNATURES } from '../gateway/reflex/injection/signatures.js';
import { findPii } from '../gateway/reflex/pii/registry.js';
import { CorpusError, readJsonl, type InjectionCase, type PiiCase } from './reflex-corpus.js';
import { crossValidate, FORMER_HELDOUT, loadExamples } from './train-injection-model.js';

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Span-level matching: each gold entity can be claimed by one finding of its type that overlaps it. */
export function scorePii(cases: readonly PiiCase[], detect: (text: string) => readonly Pick<PiiFinding, 'type' | 'start' | 'end'>[]): {
  scores: Map<string, TypeScore>;
  errors: { id?: string; kind: 'fp' | 'fn'; type: string; span: string }[];
} {
  const scores = new Map<string, TypeScore>();
  const errors: { id?: string; kind: 'fp' | 'fn'; type: string; span: string }[] = [];
  const score = (t: string): TypeScore => {
    let s = scores.get(t);
    if (!s) scores.set(t, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  for (const c of cases) {
    const found = detect(c.text);
    const claimed = new Set<number>();
    for (const f of found) {
      const gi = c.entities.findIndex((g, i) => !claimed.has(i) && g.type === f.type && f.start < g.end && g.start < f.end);
      if (gi >= 0) {
        claimed.add(gi);
        score(f.type).tp++;
      } else {
        score(f.type).fp++;
        errors.push({ id: c.id, kind: 'fp', type: f.type, span: c.text.slice(f.start, f.end) });
      }
    }
    c.entities.forEach((g, i) => {
      if (claimed.has(i)) return;
      score(g.type).fn++;
      errors.push({ id: c.id, kind: 'fn', type: g.type, span: c.text.slice(g.start, g.end) });
    });
  }
  return { scores, errors };
}

const pct = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
export function prf(s: TypeScore): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function piiTable(scores: Map<string, TypeScore>): string[] {
  const lines = ['type          precision  recall   F1      tp   fp   fn'];
  const all: TypeScore = { tp: 0, fp: 0, fn: 0 };
  for (const t of PII_TYPES) {
    const s = scores.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    all.tp += s.tp;
    all.fp += s.fp;
    all.fn += s.fn;
    const { p, r, f1 } = prf(s);
    lines.push(`${t.padEnd(13)} ${pct(p).padStart(9)} ${pct(r).padStart(7)} ${pct(f1).padStart(7)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  const { p, r, f1 } = prf(all);
  lines.push(`${'ALL (micro)'.padEnd(13)} ${pct(p).padStart(9)} ${pct(r).padStart(7)} ${pct(f1).padStart(7)} ${String(all.tp).padStart(5)} ${String(all.fp).padStart(4)} ${String(all.fn).padStart(4)}`);
  return lines;
}

interface Corpus {
  name: string;
  piiPath: string;
  injectionPath: string;
}

/** Cases of one split ("A"/"B" in the held-out corpora), or all of them. */
const ofSplit = <T extends { split?: string }>(cases: T[], split: string | undefined): T[] => (split ? cases.filter((c) => c.split === split) : cases);

function evaluatePii(path: string, verbose: boolean): void {
  const all = readJsonl<PiiCase & { split?: string }>(path);
  const splits = [...new Set(all.map((c) => c.split).filter((s): s is string => s !== undefined))].sort();
  console.log(`PII corpus: ${path}`);
  for (const split of [undefined, ...splits]) {
    const cases = ofSplit(all, split);
    const entityCount = cases.reduce((n, c) => n + c.entities.length, 0);
    const { scores, errors } = scorePii(cases, findPii);
    console.log(`  ${split ? `split ${split}: ` : ''}${cases.length} texts, ${entityCount} labelled entities, ${cases.filter((c) => c.entities.length === 0).length} texts without PII`);
    for (const line of piiTable(scores)) console.log('  ' + line);
    if (verbose && !split) for (const e of errors) console.log(`  ${e.kind} ${e.type} ${e.id ?? ''} ${JSON.stringify(e.span)}`);
  }
}

function evaluateInjection(path: string, verbose: boolean): void {
  const all = readJsonl<InjectionCase & { split?: string }>(path);
  const splits = [...new Set(all.map((c) => c.split).filter((s): s is string => s !== undefined))].sort();
  const bandOf = new Map(all.map((c) => [c, injectionBand(detectInjection(c.text).score)] as const));
  // a copy of the default list: detect.ts joins the lexical model only for SIGNATURES itself
  const signaturesOnly = SIGNATURES.slice();
  const sigBandOf = new Map(all.map((c) => [c, injectionBand(detectInjection(c.text, signaturesOnly).score)] as const));
  console.log(`\nInjection corpus: ${path}`);
  for (const split of [undefined, ...splits]) {
    const inj = ofSplit(all, split);
    const bands = inj.map((c) => ({ c, band: bandOf.get(c)! }));
    const rate = (label: string, pred: (b: string) => boolean): number =>
      bands.filter((x) => x.c.label === label && pred(x.band)).length / Math.max(1, bands.filter((x) => x.c.label === label).length);
    const indent = split ? '    ' : '  ';
    console.log(`  ${split ? `split ${split}: ` : ''}${inj.filter((c) => c.label === 'attack').length} attacks, ${inj.filter((c) => c.label === 'benign').length} benign`);
    console.log(`${indent}detected (score >= flag 0.5, "injection.detected"):  TPR ${pct(rate('attack', (b) => b !== 'none'))}  FPR ${pct(rate('benign', (b) => b !== 'none'))}`);
    console.log(`${indent}blocked  (score >= block 0.8, decision "block"):     TPR ${pct(rate('attack', (b) => b === 'block'))}  FPR ${pct(rate('benign', (b) => b === 'block'))}`);
    const sigRate = (label: string): number => inj.filter((c) => c.label === label && sigBandOf.get(c) !== 'none').length / Math.max(1, inj.filter((c) => c.label === label).length);
    console.log(`${indent}detected by the signatures alone (no lexical model):  TPR ${pct(sigRate('attack'))}  FPR ${pct(sigRate('benign'))}`);
    if (split) continue;
    const byGroup = new Map<string, { n: number; hit: number }>();
    for (const x of bands) {
      if (x.c.label !== 'attack') continue;
      for (const key of [`category:${x.c.category ?? '-'}`, `lang:${x.c.lang ?? '-'}`]) {
        const g = byGroup.get(key) ?? { n: 0, hit: 0 };
        g.n++;
        if (x.band !== 'none') g.hit++;
        byGroup.set(key, g);
      }
    }
    console.log('  attack TPR (detected) by group:');
    for (const [k, g] of [...byGroup.entries()].sort()) console.log(`    ${k.padEnd(28)} ${pct(g.hit / g.n)}  (${g.hit}/${g.n})`);
    if (verbose) {
      for (const x of bands) {
        const tag = x.c.split ? ` [${x.c.split}]` : '';
        if (x.c.label === 'attack' && x.band === 'none') console.log(`  missed attack ${x.c.id ?? ''}${tag}: ${JSON.stringify(x.c.text.slice(0, 160))}`);
        if (x.c.label === 'benign' && x.band !== 'none') console.log(`  false alarm ${x.c.id ?? ''}${tag} (${x.band}): ${JSON.stringify(x.c.text.slice(0, 160))}`);
      }
    }
  }
}

/**
 * Several corpora scored as one (detected at flag 0.5), under `title`, after the `notes` lines: heldout2–5, until
 * 2026-11-26 the best estimate of an unseen corpus (the model trains on them since), and heldout32–39, the best now.
 */
function pooledFresh(title: string, paths: string[], notes: string[]): void {
  const all = paths.flatMap((p) => readJsonl<InjectionCase>(p));
  const signaturesOnly = SIGNATURES.slice();
  const line = (score: (t: string) => number): string => {
    const hit = (label: string): number => all.filter((c) => c.label === label && score(c.text) >= INJECTION_FLAG_THRESHOLD).length / Math.max(1, all.filter((c) => c.label === label).length);
    return `TPR ${pct(hit('attack'))}  FPR ${pct(hit('benign'))}`;
  };
  console.log(`\n======== ${title} pooled (${all.filter((c) => c.label === 'attack').length} attacks, ${all.filter((c) => c.label === 'benign').length} benign; detected at flag 0.5) ========`);
  for (const note of notes) console.log(`  ${note}`);
  console.log(`  signatures alone:        ${line((t) => detectInjection(t, signaturesOnly).score)}`);
  console.log(`  with the lexical model:  ${line((t) => detectInjection(t).score)}`);
}

/**
 * The eight newest blind injection corpora, four pairs each written at once by two writers, all scored first on the
 * detector of today: together the fairest estimate on unseen traffic (bench/reflex.ts runs other detectors on them too).
 */
export const FRESH_INJECTION = ['heldout32', 'heldout33', 'heldout34', 'heldout35', 'heldout36', 'heldout37', 'heldout38', 'heldout39'];

/**
 * heldout6–30, each written before the change it judged (7–30 blind) and scored once before and once after it:
 * those scores, and for those trained on since, the split the model's cross-validation holds it out as.
 */
/** The PII corpora written blind after tuning, each with its first score (its header has the details). */
const BLIND_PII: { file: string; about: string; firstScore: string }[] = [
  {
    file: 'heldout2-pii',
    about: 'hand-written blind 2026-11-27, after all PII tuning; three fixes since its first score',
    firstScore: '(6813fbd): ALL F1 0.988 (P 0.987 R 0.990); PHONE 0.952, EMAIL 0.990, SECRET 0.989, the rest 1.000',
  },
  {
    file: 'heldout3-pii',
    about: 'hand-written blind 2026-11-27, after the fixes heldout2-pii led to; five fixes since its first score',
    firstScore: '(8a89852): ALL F1 0.979 (P 0.978 R 0.981); PHONE 0.936, SECRET 0.945, SSN 0.987, IP_ADDRESS 0.989, the rest 1.000',
  },
  {
    file: 'heldout4-pii',
    about: 'hand-written blind 2026-11-27, after the fixes heldout3-pii led to; not tuned on',
    firstScore: '(cabbd19): ALL F1 0.990 (P 0.997 R 0.984); CREDIT_CARD 0.973, IP_ADDRESS 0.978, SECRET 0.989, PHONE 0.990, the rest 1.000',
  },
];

const SCORED_ONCE: { file: string; about: string; scores: string[] }[] = [
  {
    file: 'heldout6',
    about: 'hand-written 2026-11-26; lexical model TRAINED and signatures TUNED ON it since later that day',
    scores: [
      'before heldout2–5 joined the training data: with the model TPR 0.713 FPR 0.071, signatures alone TPR 0.574 FPR 0.027',
      'before heldout6 itself joined (its last never-trained-on score): with the model TPR 0.809 FPR 0.071, signatures alone TPR 0.574 FPR 0.027',
    ],
  },
  {
    file: 'heldout7',
    about: 'hand-written blind 2026-11-26; lexical model TRAINED and the combination TUNED ON it since',
    scores: [
      "blind, before that session's injection changes: with the model TPR 0.758 FPR 0.156, signatures alone TPR 0.418 FPR 0.026",
      'blind, after them (its last never-trained-on score): with the model TPR 0.863 FPR 0.162, signatures alone TPR 0.562 FPR 0.026',
    ],
  },
  {
    file: 'heldout8',
    about: 'hand-written blind 2026-11-26; signatures TUNED and lexical model TRAINED ON it since',
    scores: [
      'blind, before the model needed a signature to flag: with the model TPR 0.893 FPR 0.150, blocked TPR 0.621 FPR 0.058',
      'blind, after it (its last never-tuned-on score): with the model TPR 0.680 FPR 0.064, blocked TPR 0.627 FPR 0.035',
    ],
  },
  {
    file: 'heldout9',
    about: 'hand-written blind 2026-11-26; signatures TUNED and lexical model TRAINED ON it since',
    scores: [
      'blind, before the agent signatures (tool abuse, exfiltration, extraction): with the model TPR 0.619 FPR 0.035, blocked TPR 0.530 FPR 0.029',
      'blind, after them (its last never-tuned-on score): with the model TPR 0.685 FPR 0.035, blocked TPR 0.583 FPR 0.029',
    ],
  },
  {
    file: 'heldout10',
    about: 'hand-written blind 2026-11-26; lexical model TRAINED ON it since',
    scores: [
      'blind, before heldout8–9 joined training and the weak signatures: with the model TPR 0.631 FPR 0.023, blocked TPR 0.595 FPR 0.023',
      'blind, after them: with the model TPR 0.655 FPR 0.023, blocked TPR 0.625 FPR 0.023',
      'before it joined training, after the family signatures (its last never-trained-on score): with the model TPR 0.679 FPR 0.023, blocked TPR 0.643 FPR 0.023',
    ],
  },
  {
    file: 'heldout11',
    about: 'hand-written blind 2026-11-26; signatures TUNED and lexical model TRAINED ON it since',
    scores: [
      'blind, before heldout10 joined training and the family signatures: with the model TPR 0.541 FPR 0.016, blocked TPR 0.519 FPR 0.010',
      'blind, after them (its last never-trained-on score): with the model TPR 0.574 FPR 0.016, blocked TPR 0.525 FPR 0.010',
    ],
  },
  {
    file: 'heldout12',
    about: 'hand-written blind 2026-11-26; signatures TUNED and lexical model TRAINED ON it since (heldout13 is the never-trained-on check)',
    scores: [
      'blind, before heldout11 joined training and the family signatures (signatures-family.ts): with the model TPR 0.485 FPR 0.024, blocked TPR 0.422 FPR 0.010',
      'blind, after them (its last never-trained-on score): with the model TPR 0.549 FPR 0.019, blocked TPR 0.446 FPR 0.010',
    ],
  },
  {
    file: 'heldout13',
    about: 'hand-written blind 2026-11-26; lexical model TRAINED ON it since',
    scores: [
      'blind, before heldout12 and train-extra3/4 joined training and the harm signatures (signatures-harm.ts): with the model TPR 0.653 FPR 0.013, blocked TPR 0.593 FPR 0.009',
      'blind, after them (its last never-trained-on score): with the model TPR 0.703 FPR 0.018, blocked TPR 0.631 FPR 0.013',
    ],
  },
  {
    file: 'heldout14',
    about: 'hand-written blind 2026-11-27; looked at three times; lexical model TRAINED ON it since round 10',
    scores: [
      'blind, before heldout13 and train-extra5/6 joined training: with the model TPR 0.566 FPR 0.009, blocked TPR 0.496 FPR 0.004',
      'blind, after them: with the model TPR 0.593 FPR 0.009, blocked TPR 0.535 FPR 0.004',
      'third look (not blind, never trained on), after the model-only flag at raw p >= 0.995: with the model TPR 0.650 FPR 0.009, blocked TPR 0.535 FPR 0.004',
    ],
  },
  {
    file: 'heldout15',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 10',
    scores: [
      'blind, before the model-only flag (384c1d0): with the model TPR 0.640 FPR 0.026, blocked TPR 0.588 FPR 0.013',
      'blind, after it (its last never-trained-on score): with the model TPR 0.706 FPR 0.026, blocked TPR 0.588 FPR 0.013',
    ],
  },
  {
    file: 'heldout16',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 12',
    scores: [
      'blind, before round 10 (c8be89f): with the model TPR 0.604 FPR 0.004, blocked TPR 0.484 FPR 0.004',
      'blind, after it (heldout14/15 and train-extra7/8 into training, solo bar 0.99; its last never-trained-on score): with the model TPR 0.653 FPR 0.004, blocked TPR 0.511 FPR 0.004',
    ],
  },
  {
    file: 'heldout17',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 13',
    scores: [
      'blind, before round 11 (c9b65ef): with the model TPR 0.672 FPR 0.012, blocked TPR 0.550 FPR 0.008',
      'blind, after it (cross-lingual concept features, solo bar 0.995; its last never-trained-on score): with the model TPR 0.693 FPR 0.012, blocked TPR 0.559 FPR 0.008',
    ],
  },
  {
    file: 'heldout18',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 15',
    scores: [
      'blind, before round 12 (92cbe28): with the model TPR 0.702 FPR 0.017, blocked TPR 0.604 FPR 0.013',
      'blind, after it (heldout16 and train-extra9 into training, solo bar 0.99; its last never-trained-on score): with the model TPR 0.764 FPR 0.021, blocked TPR 0.609 FPR 0.013',
    ],
  },
  {
    file: 'heldout19',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 15',
    scores: [
      'blind, before round 13 (ab23c31): with the model TPR 0.640 FPR 0.021, blocked TPR 0.516 FPR 0.009',
      'blind, after it (heldout17 and train-extra10/11 into training, solo bar 0.99; its last never-trained-on score): with the model TPR 0.671 FPR 0.030, blocked TPR 0.538 FPR 0.013',
    ],
  },
  {
    file: 'heldout20',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 16',
    scores: [
      'blind, before round 14 (76826cc, the detector as it stands): with the model TPR 0.658 FPR 0.009, blocked TPR 0.518 FPR 0.004',
      'blind, on round 14 (heldout18 and train-extra12 into training), which its rule then dropped: with the model TPR 0.662 FPR 0.009',
    ],
  },
  {
    file: 'heldout21',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 16',
    scores: [
      'blind, before round 15 (c711f08): with the model TPR 0.671 FPR 0.022, blocked TPR 0.502 FPR 0.013',
      'blind, after it (heldout18/19 and train-extra12 into training, solo bar 0.97 by the pooled-FPR rule; its last never-trained-on score): with the model TPR 0.715 FPR 0.022, blocked TPR 0.512 FPR 0.013',
    ],
  },
  {
    file: 'heldout22',
    about: 'hand-written blind 2026-11-27; its signature false alarms read for round 19; lexical model TRAINED ON it since round 20',
    scores: [
      'blind, before round 16 (c8bdf5e): with the model TPR 0.802 FPR 0.021, blocked TPR 0.671 FPR 0.017',
      'blind, after it (heldout20/21 and train-extra13 into training, solo bar stays 0.97 by the pooled-FPR rule): with the model TPR 0.826 FPR 0.021, blocked TPR 0.676 FPR 0.017',
    ],
  },
  {
    file: 'heldout23',
    about: 'hand-written blind 2026-11-27; its signature false alarms read for round 19; lexical model TRAINED ON it since round 20',
    scores: [
      'blind, before round 17 (7c2f4e9, the detector as it stands): with the model TPR 0.822 FPR 0.055, blocked TPR 0.593 FPR 0.025',
      'blind, on round 17 (heldout22 and train-extra14/15 into training), which its rule then dropped: with the model TPR 0.827 FPR 0.051',
    ],
  },
  {
    file: 'heldout24',
    about: 'hand-written blind 2026-11-27; its signature false alarms read for round 19; lexical model TRAINED ON it since round 20',
    scores: [
      'blind, before round 18 (9e4a050): with the model TPR 0.834 FPR 0.051, blocked TPR 0.668 FPR 0.043',
      'blind, on round 18 (heldout22/23 and train-extra14/15 into training, solo bar 0.98 by the pooled-FPR rule), which its rule then dropped: with the model TPR 0.825 FPR 0.051',
    ],
  },
  {
    file: 'heldout25',
    about: 'hand-written blind 2026-11-27; lexical model TRAINED ON it since round 20',
    scores: [
      'blind, before round 19 (9e4a050): with the model TPR 0.819 FPR 0.033, blocked TPR 0.628 FPR 0.017',
      'blind, after it (scoped orders to drop instructions do not count): with the model TPR 0.819 FPR 0.029, blocked TPR 0.628 FPR 0.013',
    ],
  },
  {
    file: 'heldout26',
    about: 'hand-written blind 2026-11-27; its misses read for round 21; lexical model TRAINED ON it since round 24',
    scores: [
      'blind, before round 20 (d3f6647): with the model TPR 0.760 FPR 0.038, blocked TPR 0.579 FPR 0.004',
      'blind, after it (heldout22–25 and train-extra14/15 into training, solo bar stays 0.97 by the pooled-FPR rule): with the model TPR 0.777 FPR 0.038, blocked TPR 0.579 FPR 0.004',
    ],
  },
  {
    file: 'heldout27',
    about: 'hand-written blind 2026-11-27, a third of its benign texts long documents; lexical model TRAINED ON it since round 24',
    scores: [
      'blind, before round 21 (ea854f5): with the model TPR 0.777 FPR 0.161 (27 of its 38 false alarms the model alone on long documents), blocked TPR 0.559 FPR 0.038',
      'blind, after it (the fake_consent cues): with the model TPR 0.777 FPR 0.161, blocked TPR 0.568 FPR 0.038',
    ],
  },
  {
    file: 'heldout28',
    about: 'hand-written blind 2026-11-27, a third of its texts long documents; lexical model TRAINED ON it since round 24',
    scores: [
      'blind, before round 22 (7b012ec): with the model TPR 0.858 FPR 0.188 (25 of its 45 false alarms the model alone, 23 of them on long documents), blocked TPR 0.521 FPR 0.063',
      'blind, on round 22 (heldout26/27 and train-extra16 into training, solo bar 0.95 by the pooled-FPR rule), which its rule then dropped: with the model TPR 0.831 FPR 0.155',
    ],
  },
  {
    file: 'heldout29',
    about: 'hand-written blind 2026-11-27, a quarter of its texts long documents; lexical model TRAINED ON it since round 24',
    scores: [
      'blind, before round 23 (dbf2b47): with the model TPR 0.879 FPR 0.161 (21 of its 37 false alarms the model alone, 20 of them on long documents), blocked TPR 0.680 FPR 0.052',
      'blind, on round 23 (13 cues for data sent out, bulk deletes and transfers in business words), which its rule then dropped: every number unchanged (the cues matched one attack, already caught)',
    ],
  },
  {
    file: 'heldout30',
    about: 'hand-written blind 2026-11-27, a third of its texts long documents; not trained or tuned on (round 25, which trained on it, was dropped)',
    scores: [
      'blind, before round 24 (989740d): with the model TPR 0.852 FPR 0.169 (23 of its 40 false alarms the model alone, 19 of them on long documents), blocked TPR 0.586 FPR 0.072',
      'blind, after it (train-extra16 and heldout26–29 into training, solo bar 0.99 by the pooled-FPR rule), kept by its rule (J +0.030): with the model TPR 0.806 FPR 0.093, blocked TPR 0.578 FPR 0.042',
    ],
  },
  {
    file: 'heldout31',
    about: 'hand-written blind 2026-11-27, a third of its texts long documents; not trained or tuned on, scored twice',
    scores: [
      'blind, before round 25 (be62c7f): with the model TPR 0.733 FPR 0.063 (13 of its 15 false alarms on long documents), blocked TPR 0.579 FPR 0.029',
      'blind, on round 25 (heldout30 into training, solo bar 0.99 by the pooled-FPR rule), which its rule then dropped (J -0.013): with the model TPR 0.725 FPR 0.067, blocked TPR 0.575 FPR 0.025',
    ],
  },
  {
    file: 'heldout32',
    about: 'hand-written blind 2026-11-27 with heldout33 by another writer, a third of its texts long documents; not trained or tuned on, scored twice',
    scores: [
      'blind, before round 26 (53c2adb): with the model TPR 0.825 FPR 0.063 (12 of its 15 false alarms on long documents), blocked TPR 0.642 FPR 0.021',
      'blind, on round 26 (heldout30 and heldout31 into training, solo bar 0.995 by the pooled-FPR rule), which the rule over heldout32 and heldout33 pooled then dropped (J -0.023): with the model TPR 0.787 FPR 0.050, blocked TPR 0.637 FPR 0.021',
    ],
  },
  {
    file: 'heldout33',
    about: 'hand-written blind 2026-11-27 with heldout32 by another writer, a third of its texts long documents; not trained or tuned on, scored twice',
    scores: [
      'blind, before round 26 (53c2adb): with the model TPR 0.821 FPR 0.096 (20 of its 23 false alarms on long documents), blocked TPR 0.679 FPR 0.025',
      'blind, on round 26, which the rule over both corpora pooled dropped (flag 0.823/0.079 -> 0.794/0.073, block FPR 11/480 -> 13/480): with the model TPR 0.800 FPR 0.096, blocked TPR 0.679 FPR 0.033',
    ],
  },
  {
    file: 'heldout34',
    about: 'hand-written blind 2026-11-27 with heldout35 by another writer, a third of its texts long documents; not trained or tuned on, scored twice',
    scores: [
      'blind, before round 27 (5d44c8a): with the model TPR 0.754 FPR 0.046 (9 of its 11 false alarms on long documents), blocked TPR 0.608 FPR 0.008',
      'blind, on round 27 (train-extra17 and heldout30–33 into training, solo bar 0.995), which the rule over heldout34 and heldout35 pooled then dropped (J +0.000): with the model TPR 0.758 FPR 0.037, blocked TPR 0.608 FPR 0.013',
    ],
  },
  {
    file: 'heldout35',
    about: 'hand-written blind 2026-11-27 with heldout34 by another writer, a third of its texts long documents; not trained or tuned on, scored twice',
    scores: [
      'blind, before round 27 (5d44c8a): with the model TPR 0.813 FPR 0.108 (23 of its 26 false alarms on long documents, 12 by the signatures alone), blocked TPR 0.688 FPR 0.063',
      'blind, on round 27, which the rule over both corpora pooled dropped (flag 0.783/0.077 -> 0.777/0.071, block FPR 17/480 both): with the model TPR 0.796 FPR 0.104, blocked TPR 0.679 FPR 0.058',
    ],
  },
  {
    file: 'heldout36',
    about: 'hand-written blind 2026-11-27 with heldout37 by another writer, a third of its texts long documents; not trained or tuned on, scored twice',
    scores: [
      'blind, before round 28 (d459a28): with the model TPR 0.850 FPR 0.085 (14 of its 17 false alarms on long documents, 11 by the signatures alone), blocked TPR 0.705 FPR 0.060',
      'blind, on round 28 (the model corroborates a signature only with a window within 100 characters of its match), which the rule over heldout36 and heldout37 pooled then dropped (J +0.0075): with the model TPR 0.850 FPR 0.085, blocked TPR 0.700 FPR 0.060',
    ],
  },
  {
    file: 'heldout37',
    about: 'hand-written blind 2026-11-27 with heldout36 by another writer, a quarter of its texts long documents; not trained or tuned on, scored twice: the next change needs a fresh corpus',
    scores: [
      'blind, before round 28 (d459a28): with the model TPR 0.785 FPR 0.110 (18 of its 22 false alarms on long documents), blocked TPR 0.615 FPR 0.075',
      'blind, on round 28, which the rule over both corpora pooled dropped (flag 0.818/0.098 -> 0.818/0.090, block FPR 27/400 -> 25/400): with the model TPR 0.785 FPR 0.095, blocked TPR 0.615 FPR 0.065',
    ],
  },
  {
    file: 'heldout38',
    about: 'hand-written blind 2026-11-27 with heldout39 by another writer, a third of its texts long documents; not trained or tuned on, scored twice',
    scores: [
      'blind, before round 29 (43617be, the detector of 5ad704a): with the model TPR 0.742 FPR 0.063 (14 of its 15 false alarms on long documents), blocked TPR 0.588 FPR 0.008',
      'blind, on round 29 (the model corroborates a signature only with a window that overlaps its match), which the rule over heldout38 and heldout39 pooled then dropped (J -0.004): with the model TPR 0.742 FPR 0.063, blocked TPR 0.583 FPR 0.008',
    ],
  },
  {
    file: 'heldout39',
    about: 'hand-written blind 2026-11-27 with heldout38 by another writer, a third of its texts long documents; not trained or tuned on, scored twice: the next change needs a fresh corpus',
    scores: [
      'blind, before round 29 (43617be): with the model TPR 0.692 FPR 0.083 (19 of its 20 false alarms on long documents), blocked TPR 0.546 FPR 0.029',
      'blind, on round 29, which the rule over both corpora pooled dropped (flag 0.717/0.073 -> 0.713/0.073, block FPR 9/480 -> 8/480): with the model TPR 0.683 FPR 0.083, blocked TPR 0.529 FPR 0.025',
    ],
  },
];

const EVAL_OPTIONS = { pii: { type: 'string' }, injection: { type: 'string' }, verbose: { type: 'boolean' }, 'no-cv': { type: 'boolean' } } as const;
const USAGE = `Usage: npm run eval:reflex [-- --verbose] [-- --no-cv] [-- --pii FILE --injection FILE]

Scores PII precision/recall/F1 per type and injection TPR/FPR on the labelled corpora in test/fixtures/reflex/
(every corpus and the lexical model's cross-validation by default; a few minutes).

Options:
  --pii FILE         score this PII corpus (JSONL: {text, entities}) instead, and nothing else
  --injection FILE   score this injection corpus (JSONL: {text, label}) instead, and nothing else
  --verbose          list every miss and false alarm
  --no-cv            skip the cross-validation (it retrains the model once per held-out split)
  -h, --help`;

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const fixtures = join(here, '../test/fixtures/reflex');
  const { pii, injection, verbose = false, 'no-cv': noCv = false } = parseScriptArgs(EVAL_OPTIONS, USAGE, (parsed) => parsed.values);
  // default: our own generated corpus, then the hand-written held-out one (its splits A and B shown too)
  const corpora: Corpus[] =
    pii || injection
      ? [{ name: 'given', piiPath: pii ?? join(fixtures, 'pii.jsonl'), injectionPath: injection ?? join(fixtures, 'injection.jsonl') }]
      : [
          { name: 'own (generated)', piiPath: join(fixtures, 'pii.jsonl'), injectionPath: join(fixtures, 'injection.jsonl') },
          { name: 'held-out (hand-written)', piiPath: join(fixtures, 'heldout-pii.jsonl'), injectionPath: join(fixtures, 'heldout-injection.jsonl') },
        ];
  for (const corpus of corpora) {
    console.log(`\n======== ${corpus.name} ========`);
    evaluatePii(corpus.piiPath, verbose);
    evaluateInjection(corpus.injectionPath, verbose);
  }
  if (pii || injection) return;
  for (const corpus of BLIND_PII) {
    console.log(`\n======== ${corpus.file} (${corpus.about}) ========`);
    console.log(`  blind, first score ${corpus.firstScore}`);
    evaluatePii(join(fixtures, `${corpus.file}.jsonl`), verbose);
  }
  // heldout2–5: no signature or normalisation was fitted to them, but the lexical model trains on them
  // since 2026-11-26, so their "with the model" rows are training-set numbers; the signatures-alone rows stay honest
  console.log('\n======== heldout2 (hand-written; no signature fitted to it; lexical model TRAINED ON it since 2026-11-26) ========');
  console.log('  first look, before any work on it: signatures alone TPR 0.578 FPR 0.022 (flag), see heldout2-injection.txt');
  evaluateInjection(join(fixtures, 'heldout2-injection.jsonl'), verbose);
  console.log('\n======== heldout3 (hand-written after heldout2; no signature fitted to it; lexical model trained on it since 2026-11-26) ========');
  evaluateInjection(join(fixtures, 'heldout3-injection.jsonl'), verbose);
  console.log('\n======== heldout4 (hand-written after heldout3; lexical model trained on it since 2026-11-26) ========');
  evaluateInjection(join(fixtures, 'heldout4-injection.jsonl'), verbose);
  console.log('\n======== heldout5 (hand-written before the 2nd training-only batch; lexical model trained on it since 2026-11-26) ========');
  evaluateInjection(join(fixtures, 'heldout5-injection.jsonl'), verbose);
  pooledFresh(
    'heldout2–5',
    ['heldout2', 'heldout3', 'heldout4', 'heldout5'].map((f) => join(fixtures, `${f}-injection.jsonl`)),
    [
      'before they were trained on (2026-11-26): signatures alone TPR 0.522 FPR 0.019, with the model TPR 0.812 FPR 0.030',
      '(the model row below is now a training-set number; out-of-sample: the H2–H5 rows of the cross-validation)',
    ],
  );
  for (const corpus of SCORED_ONCE) {
    console.log(`\n======== ${corpus.file} (${corpus.about}) ========`);
    for (const line of corpus.scores) console.log(`  ${line}`);
    // a trained-on corpus heldoutN is split HN of the cross-validation (build-heldout.ts names them so)
    if (FORMER_HELDOUT.includes(corpus.file)) console.log(`  (the rows below are training-set numbers now; out-of-sample for the model: the H${corpus.file.slice('heldout'.length)} row of the cross-validation)`);
    evaluateInjection(join(fixtures, `${corpus.file}-injection.jsonl`), verbose);
  }
  pooledFresh('heldout32–39', FRESH_INJECTION.map((f) => join(fixtures, `${f}-injection.jsonl`)), [
    'blind, before rounds 26–29 (53c2adb, 5d44c8a, d459a28, 43617be: the same detector): with the model TPR 0.784 FPR 0.081 (129 of its 149 false alarms on long documents), blocked TPR 0.633 FPR 0.035',
  ]);
  if (!noCv) {
    console.log('\n======== lexical model, cross-validated by held-out split ========');
    crossValidate(loadExamples());
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (err) {
    if (!(err instanceof CorpusError)) throw err;
    console.error(`eval-reflex: ${err.message}`);
    process.exit(2);
  }
}
