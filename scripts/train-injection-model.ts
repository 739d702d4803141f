// Trains the lexical prompt-injection model (gateway/reflex/injection/lexical-model.ts) and writes its
// weights to gateway/reflex/injection/lexical-weights.ts.
//
// Training data: our own corpus (injection.jsonl), the first held-out corpus (heldout-injection.jsonl,
// splits A–D), the hand-written training-only sets (train-extra-injection.jsonl … train-extra8-injection.jsonl;
// 3 and 4, authority, exfiltration, tool abuse, indirect and multi-turn attacks with their benign look-alikes,
// since heldout12 was scored; 5, non-English, and 6, English without the clichés, since heldout13 was; 7,
// non-English exfiltration/authority/tool abuse, and 8, understated English ones, since heldout15 was; 9,
// multi-turn, authority, tool abuse, role-play and extraction, since heldout17 was; 10 and 11, 25 languages
// in all nine categories and English multi-turn/obfuscated/role-play, since heldout18 was; 12, hard negatives,
// since heldout20 was; 13, tool abuse, indirect and obfuscated with their look-alikes, since heldout21 was;
// 14, non-English, and 15, subtle English, extraction, tool abuse, exfiltration and indirect, since round 20;
// 16, long documents only, since round 24). train-extra17 (long documents and their benign twins, tool abuse,
// multi-turn and role-play) was written for round 27, which heldout34/35 dropped: it is not read.
// and, since 2026-11-26, heldout2…29-injection.jsonl (splits H2–H29; heldout2–5 joined first, heldout6
// later the same day, then heldout7 to heldout29, each after it was scored once before and once after the
// change it judged, numbers in its header: each was a never-trained-on check until then; heldout26–29 since
// round 24). NEVER heldout30-injection.* or later: heldout30 judged round 24, heldout31 round 25 (which trained on heldout30
// and was dropped), heldout32 and heldout33 round 26 (which trained on heldout30 and heldout31 and was dropped), heldout34 and heldout35
// round 27 (train-extra17 and heldout30–33, dropped), heldout36 and heldout37 round 28 (a detector rule, dropped), heldout38
// and heldout39 round 29 (a detector rule, dropped); none is trained on.
// `--cv` reports cross-validation by split instead of writing weights: for each held-out split X
// (A–D, H2–H29), train on everything but X and score X, alone and joined with the signatures
// (`--verbose` also lists each split's out-of-sample misses and false alarms). Split H7 is the one to
// calibrate against: its style was never seen by the detector before it was scored, and pooled
// cross-validation predicted FPR ~0.01 where heldout7 scored 0.162.
//
// The model: logistic regression over hashed token features, scored on the best window of WINDOW
// tokens (multiple-instance learning: each step updates the window the current weights rate highest),
// with weights kept >= 0 (projected SGD, L1 shrinkage for a small file) so benign words never subtract.
// Usage: npx tsx scripts/train-injection-model.ts --help
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScriptArgs } from '../cli/args.js';
import { detectInjection } from '../gateway/reflex/injection/detect.js';
import { LEXICAL_SOLO_FLAG_AT, lexicalShare, scanTokens, type FeatureSink } from '../gateway/reflex/injection/lexical-model.js';
import { normaliseForInjection } from '../gateway/reflex/injection/normalise.js';
import { SIGNATURES } from '../gateway/reflex/injection/signatures.js';
import { readJsonl, type InjectionCase } from './reflex-corpus.js';

/** Hyper-parameters; LEXICAL_<NAME> in the environment overrides one (for sweeps under --cv). */
const param = (name: string, value: number): number => Number(process.env[`LEXICAL_${name}`] ?? value);
const BITS = param('BITS', 17);
const WINDOW = param('WINDOW', 32);
const EPOCHS = param('EPOCHS', 30);
const LEARNING_RATE = param('LR', 0.05);
const L1 = param('L1', 2e-5);
/**
 * Benign mistakes cost more than missed attacks: the budget is FPR <= 0.02. 3 since heldout11 joined the
 * training data (2 before): at 2 the added data raised the cross-validated joined FPR of H8 and H9
 * (0.058 → 0.064, 0.035 → 0.040); at 3 no split's FPR rose (H7 0.039 → 0.032) and pooled TPR held.
 */
const BENIGN_WEIGHT = param('BENIGN_WEIGHT', 3);
/**
 * Raw model probability at which the model alone reaches the flag threshold (0.5): the written bias is
 * shifted by its logit. Chosen by cross-validation (`--cv`, LEXICAL_FLAG_AT swept 0.5–0.8). With A–D
 * only it was 0.6; with H2–H5 joined (2026-11-26) 0.5 caught more at the same pooled FPR. With H6,
 * train-extra2 and the wider signatures joined (2026-11-26, later), over the pooled left-out H2–H6
 * splits 0.5 gives joined TPR 0.910 FPR 0.019 (0.55) / 0.916 FPR 0.021 (0.5) and 0.6 gives TPR 0.904
 * FPR 0.015: 0.6, because the unseen corpora have shown more false alarms than cross-validation
 * predicts (heldout6: FPR 0.071 against a cross-validated 0.033). WINDOW 32 (swept 16–48; 24 before)
 * catches more at the same FPR: TPR 0.912 FPR 0.015 at 0.6; 40 and 48 add one attack.
 * Since the model mostly corroborates a signature match (LEXICAL_SOLO_CAP, 2026-11-26, after heldout7; alone
 * only at raw p >= LEXICAL_SOLO_FLAG_AT since heldout13 was scored), this mostly sets how much it adds to one; the gate swept 0.1–0.7 moved pooled TPR 0.824–0.800 at the
 * same H7 FPR.
 * Re-swept once heldout12 and train-extra3/4 joined (leave-one-split-out over H7–H12, joined TPR/FPR pooled
 * 0.861/0.029 at the defaults): FLAG_AT 0.7 0.851/0.026, BENIGN_WEIGHT 6 0.854/0.027 (both: H8 FPR down, a
 * point of TPR lost on most splits), BENIGN_WEIGHT 2 0.867/0.031 (H12 FPR 0.024 → 0.034), WINDOW 24
 * 0.857/0.027 (H8 0.052 → 0.035, H12 0.024 → 0.029). None better on every split: defaults kept.
 */
const FLAG_AT = param('FLAG_AT', 0.6);
/** Lowest weight (0: evidence only FOR an attack; negative only for --cv experiments: it breaks monotonicity and the byte format). */
const NEG_FLOOR = param('NEG_FLOOR', 0);
/**
 * Highest weight of one feature (Infinity: none), a --cv knob against leaning on single trigger words.
 * Swept 0.5–1.2 with H7 (2026-11-26): no gain once the model cannot flag alone; BENIGN_WEIGHT 4–8,
 * L1 1e-4–3e-4 and WINDOW 16–24 did not cut H7's model-only false alarms either.
 */
const W_MAX = param('W_MAX', Infinity);
/** Raw probability at which the model may flag with no signature match (a --cv knob; the detector uses LEXICAL_SOLO_FLAG_AT). */
const SOLO_FLAG_AT = param('SOLO_FLAG_AT', LEXICAL_SOLO_FLAG_AT);
/**
 * A --cv experiment, not in the detector (0: off): the solo bar rises by this many logits per doubling of a text's
 * tokens beyond one window, since the model's best window has more chances in a long text. SOLO_FLAG_AT 0.9 with
 * SLOPE 2 cut the lone-model false alarms on long documents (stop 16's note), but a bar that rises with length lets
 * benign padding take an attack out of the lone flag, which the detector promises it cannot: left out for that.
 */
const SOLO_SLOPE = param('SOLO_SLOPE', 0);
/** The solo bar for a text of `tokens` tokens under SOLO_FLAG_AT and SOLO_SLOPE. */
function soloBar(tokens: number): number {
  const z = Math.log(SOLO_FLAG_AT / (1 - SOLO_FLAG_AT)) + SOLO_SLOPE * Math.log2(Math.max(1, tokens / WINDOW));
  return 1 / (1 + Math.exp(-z));
}
/** Weights are stored as one byte each: weight = byte x scale. */
const LEVELS = 255;
/** Seed of the deterministic shuffle (the committed weights are reproducible). */
const SEED = 0x5eed;


export interface Example {
  tokens: number[][];
  y: 0 | 1;
  text: string;
  split: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../test/fixtures/reflex');

/** The training-only corpora (split T). */
const LAST_TRAIN_EXTRA = 16;
const TRAIN_EXTRA = ['train-extra', ...Array.from({ length: LAST_TRAIN_EXTRA - 1 }, (_, i) => `train-extra${i + 2}`)];
/** The newest held-out corpus trained on: heldout30 and later are checks not yet trained on (see the header). */
const LAST_TRAINED_HELDOUT = 29;
/**
 * heldout2–29 (splits H2–H29): checks until scored (heldout7–29: after their two scores), training data since.
 * eval-reflex.ts reads it too, to say which corpora the cross-validation holds out.
 */
export const FORMER_HELDOUT = Array.from({ length: LAST_TRAINED_HELDOUT - 1 }, (_, i) => `heldout${i + 2}`);
/** The former held-out splits as a range for messages, read off the list ("H2–H29"). */
const FORMER_SPLITS = `H${FORMER_HELDOUT[0]!.slice('heldout'.length)}–H${FORMER_HELDOUT.at(-1)!.slice('heldout'.length)}`;

export function loadExamples(): Example[] {
  const own = readJsonl<InjectionCase>(join(fixtures, 'injection.jsonl')).map((c) => ({ ...c, split: 'own' }));
  const heldout = readJsonl<InjectionCase>(join(fixtures, 'heldout-injection.jsonl'));
  const extra = TRAIN_EXTRA.flatMap((f) => readJsonl<InjectionCase>(join(fixtures, `${f}-injection.jsonl`)));
  const former = FORMER_HELDOUT.flatMap((f) => readJsonl<InjectionCase>(join(fixtures, `${f}-injection.jsonl`)));
  const zero = new Float32Array(1 << BITS);
  return [...own, ...heldout, ...extra, ...former].map((c) => {
    const tokens: FeatureSink = [];
    scanTokens(normaliseForInjection(c.text).text, zero, BITS, WINDOW, undefined, tokens);
    return { tokens, y: c.label === 'attack' ? 1 : 0, text: c.text, split: c.split ?? 'own' };
  });
}

/** xorshift32: a deterministic shuffle, so the committed weights are reproducible. */
function shuffle<T>(items: T[], seed: number): void {
  let s = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Best window [start, end) of token indices and its sum, exactly as scanTokens scores it. */
function bestWindow(tokens: number[][], w: Float64Array): { start: number; end: number; sum: number } {
  const contrib = tokens.map((f) => f.reduce((s, k) => s + w[k]!, 0));
  let best = { start: 0, end: 0, sum: 0 };
  let sum = 0;
  for (let k = 0; k < contrib.length; k++) {
    sum += contrib[k]!;
    if (k >= WINDOW) sum -= contrib[k - WINDOW]!;
    if (sum > best.sum) best = { start: Math.max(0, k - WINDOW + 1), end: k + 1, sum };
  }
  return best;
}

export interface Model {
  w: Float64Array;
  bias: number;
}

export function train(examples: Example[]): Model {
  const w = new Float64Array(1 << BITS);
  let bias = -2;
  const order = examples.slice();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, SEED + epoch);
    const lr = LEARNING_RATE / (1 + epoch * 0.1);
    for (const ex of order) {
      const win = bestWindow(ex.tokens, w);
      const p = 1 / (1 + Math.exp(-(bias + win.sum)));
      const g = (p - ex.y) * (ex.y === 1 ? 1 : BENIGN_WEIGHT);
      bias -= lr * g;
      for (let k = win.start; k < win.end; k++) {
        for (const f of ex.tokens[k]!) w[f] = Math.min(W_MAX, Math.max(NEG_FLOOR, w[f]! - lr * (g + L1)));
      }
      // every token, not only the window, may start to count for an attack: the window is empty at first
      if (ex.y === 1 && win.end === 0) for (const t of ex.tokens) for (const f of t) w[f] = Math.min(W_MAX, Math.max(0, w[f]! - lr * g));
    }
  }
  return { w, bias: bias - Math.log(FLAG_AT / (1 - FLAG_AT)) };
}

export function probability(model: Model, ex: Example): number {
  return 1 / (1 + Math.exp(-(model.bias + bestWindow(ex.tokens, model.w).sum)));
}

/** Signature-only score: the default list copied, so detect.ts does not join the committed model. */
const SIGNATURES_ONLY = SIGNATURES.slice();
const signatureScore = (text: string): number => detectInjection(text, SIGNATURES_ONLY).score;

interface Rates {
  tpr: number;
  fpr: number;
  attacks: number;
  benign: number;
}
function rates(examples: Example[], score: (ex: Example) => number, threshold = 0.5): Rates {
  const attacks = examples.filter((e) => e.y === 1);
  const benign = examples.filter((e) => e.y === 0);
  return {
    tpr: attacks.filter((e) => score(e) >= threshold).length / Math.max(1, attacks.length),
    fpr: benign.filter((e) => score(e) >= threshold).length / Math.max(1, benign.length),
    attacks: attacks.length,
    benign: benign.length,
  };
}
const fmt = (r: Rates): string => `TPR ${r.tpr.toFixed(3)} FPR ${r.fpr.toFixed(3)}`;

export function crossValidate(examples: Example[], verbose = false): void {
  const splits = [...new Set(examples.map((e) => e.split).filter((s) => s !== 'own' && s !== 'T'))].sort();
  const pooled: { sig: number; lex: number; joined: number; y: 0 | 1; split: string }[] = [];
  console.log(`cross-validation by held-out split (train on own + extra + held-out A–D/${FORMER_SPLITS} without X, score X; flag threshold 0.5):`);
  for (const x of splits) {
    const model = train(examples.filter((e) => e.split !== x));
    const test = examples.filter((e) => e.split === x);
    const rows = test.map((e) => {
      const sig = signatureScore(e.text);
      const p = probability(model, e);
      const lex = lexicalShare(p, sig > 0, SOLO_SLOPE === 0 ? SOLO_FLAG_AT : soloBar(e.tokens.length));
      const alone = lexicalShare(p, true); // the model column: what it would say with no cap for being alone
      return { sig, lex: alone, joined: 1 - (1 - sig) * (1 - lex), y: e.y, split: x };
    });
    pooled.push(...rows);
    const by = (k: 'sig' | 'lex' | 'joined'): Rates => rates(test, (e) => rows[test.indexOf(e)]![k]);
    console.log(`  split ${x} (${test.filter((e) => e.y === 1).length} attacks, ${test.filter((e) => e.y === 0).length} benign): signatures ${fmt(by('sig'))} | model alone ${fmt(by('lex'))} | joined ${fmt(by('joined'))}`);
    if (verbose) {
      test.forEach((e, i) => {
        const r = rows[i]!;
        if ((e.y === 1) !== r.joined >= 0.5) console.log(`    ${e.y === 1 ? 'missed' : 'false alarm'} (sig ${r.sig.toFixed(2)}, model ${r.lex.toFixed(2)}): ${JSON.stringify(e.text.slice(0, 140))}`);
      });
    }
  }
  const as = pooled.map((r, i) => ({ ...r, i }));
  const pr = (k: 'sig' | 'lex' | 'joined', th = 0.5, only?: (split: string) => boolean): string => {
    const of = only ? as.filter((r) => only(r.split)) : as;
    const a = of.filter((r) => r.y === 1);
    const b = of.filter((r) => r.y === 0);
    return `TPR ${(a.filter((r) => r[k] >= th).length / a.length).toFixed(3)} FPR ${(b.filter((r) => r[k] >= th).length / b.length).toFixed(3)}`;
  };
  console.log(`  pooled: signatures ${pr('sig')} | model alone ${pr('lex')} | joined ${pr('joined')}  (block 0.8: joined ${pr('joined', 0.8)})`);
  // the signatures have been tuned on the former held-out splits since each was scored: there only the model column is out-of-sample
  const h = (split: string): boolean => split.startsWith('H');
  if (as.some((r) => h(r.split))) console.log(`  pooled over ${FORMER_SPLITS} only: signatures ${pr('sig', 0.5, h)} | model alone ${pr('lex', 0.5, h)} | joined ${pr('joined', 0.5, h)}`);
  console.log(`  model alone at other thresholds (calibrated so 0.5 is raw ${FLAG_AT}): ${[0.3, 0.4, 0.6, 0.7].map((th) => `${th}: ${pr('lex', th)}`).join(' | ')}`);
  console.log('  (signature numbers on A–D are tuned-on; only the model columns are out-of-sample here)');
}

/** Sparse, quantised, base64: sorted indices as LEB128 deltas, one byte per weight. */
function serialise(model: Model): { scale: number; index: string; weight: string; count: number } {
  let max = 0;
  for (const v of model.w) max = Math.max(max, v);
  const scale = max / LEVELS;
  const idx: number[] = [];
  const wt: number[] = [];
  let prev = 0;
  for (let k = 0; k < model.w.length; k++) {
    const q = Math.round(model.w[k]! / scale);
    if (q === 0) continue;
    let d = k - prev;
    prev = k;
    do {
      idx.push((d & 0x7f) | (d >= 0x80 ? 0x80 : 0));
      d >>>= 7;
    } while (d > 0);
    wt.push(q);
  }
  return { scale, index: Buffer.from(idx).toString('base64'), weight: Buffer.from(wt).toString('base64'), count: wt.length };
}

const USAGE = `Usage: npx tsx scripts/train-injection-model.ts [--cv [--verbose]]

Trains the lexical prompt-injection model on the training corpora in test/fixtures/reflex/ and writes
gateway/reflex/injection/lexical-weights.ts (about a minute).

Options:
  --cv        cross-validate by held-out split instead (train on all but one split, score it); writes nothing
  --verbose   with --cv: list each split's out-of-sample misses and false alarms
  -h, --help`;

function main(): void {
  const values = parseScriptArgs({ cv: { type: 'boolean' }, verbose: { type: 'boolean' } }, USAGE, (parsed) => parsed.values);
  const examples = loadExamples();
  if (values.cv === true) {
    crossValidate(examples, values.verbose === true);
    return;
  }
  const model = train(examples);
  const { scale, index, weight, count } = serialise(model);
  const out = join(here, '../gateway/reflex/injection/lexical-weights.ts');
  writeFileSync(
    out,
    `// GENERATED by scripts/train-injection-model.ts from injection.jsonl, heldout-injection.jsonl,\n` +
      `// ${TRAIN_EXTRA[0]}…${TRAIN_EXTRA.at(-1)} and ${FORMER_HELDOUT[0]}…${FORMER_HELDOUT.at(-1)} (-injection.jsonl). ${count} non-zero weights of 2^${BITS}; see lexical-model.ts for the format. Do not edit.\n` +
      `import type { LexicalModelData } from './lexical-model.js';\n\n` +
      `export const LEXICAL_MODEL: LexicalModelData = {\n  bits: ${BITS},\n  window: ${WINDOW},\n  bias: ${model.bias.toFixed(6)},\n  scale: ${scale.toPrecision(9)},\n` +
      `  index:\n    '${index}',\n  weight:\n    '${weight}',\n};\n`,
  );
  const train_ = rates(examples, (e) => lexicalShare(probability(model, e), true));
  console.log(`wrote ${out}: ${count} weights, bias ${model.bias.toFixed(3)}; on its own training data the model alone: ${fmt(train_)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
