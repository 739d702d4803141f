// A small learned lexical score for prompt injection, joined into the detector's noisy-OR next to
// the signatures: it catches paraphrases no signature was written for.
//
// Model: a linear score over hashed features of the normalised text (the text the signatures see:
// lowercased, homoglyphs and leetspeak folded, encoded blobs decoded). Per token: its word, the
// bigram with the token before it, its first five letters (a crude stem: "instrucciones" and
// "instructions" share "instr"), and the words its neighbours would make if they were glued back
// together ("dis regard" → "disregard", "in struc tions" → "instructions") looked up as words
// (never for common function words, which would only waste lookups), and the cross-lingual concepts it
// names (concept-index.ts: "ignore", "ignoriere", "αγνόησε" and "忽略" are all IGNORE) alone and paired
// with those of the few tokens before it, so what the model learns from one language reaches the others.
// A token's contribution is the sum of its features' weights; the score is the bias plus the best
// sum over any run of WINDOW consecutive tokens, through a logistic.
//
// Weights are non-negative by construction (scripts/train-injection-model.ts): a feature can only be
// evidence FOR an attack, so padding a text with benign words never lowers the model's score (the
// same promise the signatures make), and the best window means a long document does not dilute an
// instruction planted in it. One pass over the text, a fixed ring buffer: linear time, no per-call
// allocation beyond the shared code-unit scratch.
import { createCodeUnitReader } from '../string-ops.js';
import { CONCEPT_INDEX, conceptsOf, pairKey, stemKey, wordKey } from './concept-index.js';
import { LEXICAL_MODEL } from './lexical-weights.js';
import { CLASS, FNV_BASIS, FNV_PRIME, hashUnits, pairOf, SEPARATOR, SOLO, STEM, STEM_MIN_WORD, WORD } from './token-hash.js';

/** The committed model (see lexical-weights.ts, written by scripts/train-injection-model.ts). */
export interface LexicalModelData {
  /** log2 of the hashed feature space. */
  readonly bits: number;
  /** Tokens per scoring window. */
  readonly window: number;
  readonly bias: number;
  /** Weight = byte × scale. */
  readonly scale: number;
  /** Base64: sorted feature indices as LEB128 deltas. */
  readonly index: string;
  /** Base64: one quantised weight byte per index. */
  readonly weight: string;
}

/**
 * Below this the model adds nothing: faint lexical resemblance is not evidence worth a score. (A gate
 * at the flag threshold, so the model counts only when it would flag alone, was tried and dropped: it
 * removed no false alarm on heldout2–4 and lost recall on each; they were never-trained-on checks then.)
 */
export const LEXICAL_GATE = 0.3;
/** The most the model contributes next to a signature match: with one it can flag a text, not block it alone. */
export const LEXICAL_CAP = 0.79;
/**
 * The most the model contributes when no signature matched and it is not sure (raw p under
 * LEXICAL_SOLO_FLAG_AT): below the flag threshold, so then it only corroborates signature evidence.
 * Model-only flags were most of the false alarms on unseen text once (heldout7 scored blind: FPR 0.162,
 * 0.026 from the signatures), since long benign documents (a privacy policy, a phishing-warning
 * notice) and requests to translate or teach about injections score high on trigger vocabulary.
 * Still reported, so a near-miss says why it scored.
 */
export const LEXICAL_SOLO_CAP = 0.45;
/**
 * At or above this raw probability the model may flag on its own (up to LEXICAL_CAP: flag for the
 * guardian, never block alone). With six times the training data of heldout7's day, the cap had become
 * the limit: on heldout13, left out of training, the model alone caught 0.881 at FPR 0.018 where the
 * capped join caught 0.712. Chosen by leave-one-split-out cross-validation over the blind-written splits
 * H7–H13 (`LEXICAL_SOLO_FLAG_AT=<p> npx tsx scripts/train-injection-model.ts --cv`) as the
 * most sensitive bar whose pooled FPR stays within the 0.03 target: 0.995 then (TPR 0.860 FPR 0.029
 * against 0.841/0.028 capped). Re-chosen once heldout14/15 and train-extra7/8 joined the training data,
 * by a rule fixed before heldout16 was scored (the lowest of 0.995/0.99/0.98/0.97/0.95 with pooled joined
 * FPR over H7–H15 ≤ 0.030 and no split's FPR more than 0.015 above its value at 0.995): 0.99 gave
 * 0.831/0.030 against 0.824/0.028 at 0.995 (0.98: 0.844/0.034). With the concept features (round 11, same
 * rule) 0.99 gave 0.840/0.031, over the bound, so back to 0.995: 0.833/0.029. With heldout16 and
 * train-extra9 in training (round 12), over H7–H16: 0.99 gives 0.829/0.027 against 0.818/0.026 at 0.995
 * (0.98: 0.842/0.030, but H10's FPR rises by 0.017). Round 13 (heldout17, train-extra10/11), over H7–H17:
 * 0.99 still, 0.831/0.026 against 0.819/0.024 at 0.995 (0.98: 0.842/0.029, H10's FPR up 0.029).
 * Round 15 (heldout18/19 and train-extra12 in training) dropped the per-split condition, which kept flipping
 * on three texts of H10, and kept the target itself: the lowest of 0.995/0.99/0.98/0.97/0.95/0.9 with pooled
 * joined FPR over H7–H19 ≤ 0.030 is 0.97 (0.838/0.030; 0.99: 0.814/0.026; 0.95: 0.851/0.035). Judged by
 * heldout21: flag TPR 0.671 → 0.715 at FPR 0.022. Round 16 (heldout20/21 and train-extra13 in training), same rule
 * over H7–H21: 0.97 still (0.828/0.027; 0.95: 0.841, just over 0.030). Judged by heldout22: 0.802 → 0.826 at FPR 0.021.
 * Round 20 (heldout22–25 and train-extra14/15 in training, with scope.ts in the signatures), same rule over H7–H25: 0.97
 * still (0.834/0.030; 0.95: 0.849/0.032). Judged by heldout26: 0.760 → 0.777 at FPR 0.038 (every false alarm the model's).
 * Round 24 (train-extra16's long documents and heldout26–29 in training), same rule over H7–H29, now with a third of some
 * splits long documents: 0.99 (0.781/0.029; 0.98: 0.800/0.031). Judged by heldout30 (a third long documents): flag
 * 0.852/0.169 → 0.806/0.093, kept for Youden's J (+0.030): most of the model's lone flags were on long documents.
 * Round 25 (heldout30 in training), same rule over H7–H30: 0.99 still (0.779/0.030). Judged by heldout31: 0.733/0.063 →
 * 0.725/0.067, dropped; the model is round 24's.
 */
export const LEXICAL_SOLO_FLAG_AT = 0.99;
/** The rule name a counted model score is reported under in `matches` (its span: the best-scoring window). */
export const LEXICAL_RULE = 'lexical-model';

// Feature namespaces, mixed into the hash so a word, a bigram and a stem with the same hash land in different slots.
const NS_WORD = 0x1b873593;
const NS_BIGRAM = 0x5bd1e995;
const NS_STEM = 0x27d4eb2f;
const NS_CONCEPT = 0x3c6ef372;
const NS_CONCEPT_PAIR = 0xa54ff53a;
/** A concept pairs with those of the CONCEPT_SPAN tokens before it (a power of two: a ring index mask). */
const CONCEPT_SPAN = 4;
const recentConcepts = new Uint32Array(CONCEPT_SPAN);
/** Fragments glued back together: each at most this long, at least one of them short, and long enough together to be a word worth knowing. */
const JOIN_MAX = 8;
const JOIN_SHORT = 5;
const JOIN_MIN = 6;
/** At most this many separator characters between glued fragments. */
const JOIN_GAP = 3;

/**
 * Common short function words never glued to a neighbour ("to the" is not "tothe"): most adjacent
 * short words in ordinary text are these, and skipping them halves the gluing work. Words that start
 * attack vocabulary when split ("in struc tions", "for get", "over ride", "re veal") are not here.
 */
const STOP_WORDS =
  'a an the and or but is are was were be been to of on at by as it its this that these those with from i we you he she they me my our ' +
  'your his her their them us do does did not no so if then than can will would should could has have had how what when where which who why there here just also very';
/** Bitmap over the top STOP_BITS bits of a token's hash: one load tells whether it is (probably) a stop word. */
const STOP_BITS = 12;
const STOP = new Uint8Array(1 << STOP_BITS);

/** Slot of hash `h` in namespace `ns`: multiplicative (Fibonacci) hashing, the top `32 - shift` bits. */
const slot = (h: number, ns: number, shift: number): number => Math.imul(h ^ ns, 0x9e3779b1) >>> shift;

for (const w of STOP_WORDS.split(' ')) STOP[slot(hashUnits(w), NS_WORD, 32 - STOP_BITS)] = 1;

/**
 * One bit per filter slot of every concept index key (8 KB, so it stays in L1 between tokens): most
 * tokens name no concept, and a clear bit says so without a probe of the 256 KB index (one or two
 * cache misses per token). A set bit only sends the key on to the index, so the result is the same.
 */
const FILTER_BITS = 16;
const CONCEPT_FILTER = new Int32Array(1 << (FILTER_BITS - 5));
const filterSlot = (key: number): number => Math.imul(key, 0x2c1b3c6d) >>> (32 - FILTER_BITS);
for (let k = 0; k < CONCEPT_INDEX.keys.length; k++) {
  if (CONCEPT_INDEX.masks[k] === 0) continue;
  const b = filterSlot(CONCEPT_INDEX.keys[k]!);
  CONCEPT_FILTER[b >>> 5]! |= 1 << (b & 31);
}
/** conceptsOf(CONCEPT_INDEX, key), skipping the probe when the filter rules the key out. */
export function conceptsOfKey(key: number): number {
  const b = filterSlot(key);
  return (CONCEPT_FILTER[b >>> 5]! & (1 << (b & 31))) === 0 ? 0 : conceptsOf(CONCEPT_INDEX, key);
}

/** Per-token feature slots, filled by `scanTokens` when training (2–5 per token, more where it names concepts). */
export type FeatureSink = number[][];

const readUnits = createCodeUnitReader();

/** Ring buffer of the last `window` token contributions and starts (grown once per window size). */
let ring = new Float64Array(32);
let ringStart = new Int32Array(32);

/** FNV of units[from, to) continued from state `h`. */
function fnvFrom(h: number, units: Uint16Array, from: number, to: number): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ units[k]!, FNV_PRIME);
  return h >>> 0;
}

/**
 * One pass over normalised text `t` (lowercase): returns the best sum of token contributions under
 * `weights` over any `window` consecutive tokens, and writes that window's range into `span`
 * ([start, end) in `t`). With `sink`, also records every token's feature slots (the trainer's view
 * of exactly these features).
 */
export function scanTokens(t: string, weights: Float32Array | Uint8Array, bits: number, window: number, span?: Int32Array, sink?: FeatureSink): number {
  const shift = 32 - bits;
  if (ring.length < window) {
    ring = new Float64Array(window);
    ringStart = new Int32Array(window);
  }
  const units = readUnits(t);
  const n = units.length;
  // module bindings read into locals: the loop then skips their per-access checks
  const classOf = CLASS;
  const stop = STOP;
  const stopShift = bits - STOP_BITS; // a word's stop bit sits at the top bits of its word slot
  const contributions = ring;
  const starts = ringStart;
  let best = 0;
  let sum = 0;
  let at = 0; // ring slot of the next token
  let full = false; // the ring holds `window` tokens
  let prevHash = 0; // FNV of the previous token (0: none)
  let prevLen = 0; // its length when it may be glued to the next token (a short non-stop word), else 0
  let prevJoin = 0; // FNV of the previous two tokens glued (0: none)
  let prevEnd = -1000;
  let prevSolo = false; // the previous token is one character of a script without spaces
  const recent = recentConcepts.fill(0); // concept masks of the last CONCEPT_SPAN tokens
  let tokenCount = 0;
  let i = 0;
  while (i < n) {
    let c = units[i]!;
    const cls = classOf[c]!;
    if (cls === SEPARATOR) {
      i++;
      continue;
    }
    const start = i;
    let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME);
    i++;
    if (cls === WORD) {
      while (i < n && classOf[(c = units[i]!)] === WORD) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      }
    }
    h >>>= 0;
    const len = i - start;
    // features of this token
    const fWord = slot(h, NS_WORD, shift);
    let contribution = weights[fWord]!;
    let fBigram = -1;
    let fStem = -1;
    let fJoin2 = -1;
    let fJoin3 = -1;
    if (prevHash !== 0) {
      fBigram = slot(pairOf(prevHash, h), NS_BIGRAM, shift);
      contribution += weights[fBigram]!;
    }
    let concepts: number;
    if (cls === WORD && len >= STEM_MIN_WORD) {
      const stem = fnvFrom(FNV_BASIS, units, start, start + STEM);
      fStem = slot(stem, NS_STEM, shift);
      contribution += weights[fStem]!;
      concepts = conceptsOfKey(wordKey(h)) | conceptsOfKey(stemKey(stem));
    } else if (cls === WORD) {
      concepts = conceptsOfKey(wordKey(h));
    } else {
      concepts = prevSolo && prevEnd === start ? conceptsOfKey(pairKey(prevHash, h)) : 0;
    }
    let fConcepts: number[] | undefined;
    if (concepts !== 0) {
      // each concept the token names, and each pair of it with a different concept named shortly before, in
      // either order ("ignore … instructions", "指示を無視"): word order differs between languages
      const before = recent[0]! | recent[1]! | recent[2]! | recent[3]!;
      for (let m = concepts; m !== 0; m &= m - 1) {
        const c = 31 - Math.clz32(m & -m);
        const f = slot(c + 1, NS_CONCEPT, shift);
        contribution += weights[f]!;
        if (sink) (fConcepts ??= []).push(f);
        for (let q = before & ~(1 << c); q !== 0; q &= q - 1) {
          const d = 31 - Math.clz32(q & -q);
          const fp = slot((c < d ? (c << 5) | d : (d << 5) | c) + 1, NS_CONCEPT_PAIR, shift);
          contribution += weights[fp]!;
          if (sink) fConcepts!.push(fp);
        }
      }
    }
    recent[tokenCount++ & (CONCEPT_SPAN - 1)] = concepts;
    let join = 0;
    const gluable = cls === WORD && len <= JOIN_MAX && stop[fWord >>> stopShift] === 0;
    if (gluable && prevLen > 0 && prevLen + len >= JOIN_MIN && start - prevEnd <= JOIN_GAP && (len <= JOIN_SHORT || prevLen <= JOIN_SHORT)) {
      join = fnvFrom(prevHash, units, start, i);
      fJoin2 = slot(join, NS_WORD, shift);
      contribution += weights[fJoin2]!;
      if (prevJoin !== 0) {
        fJoin3 = slot(fnvFrom(prevJoin, units, start, i), NS_WORD, shift);
        contribution += weights[fJoin3]!;
      }
    }
    if (sink) {
      const f = [fWord];
      if (fBigram >= 0) f.push(fBigram);
      if (fStem >= 0) f.push(fStem);
      if (fJoin2 >= 0) f.push(fJoin2);
      if (fJoin3 >= 0) f.push(fJoin3);
      if (fConcepts) f.push(...fConcepts);
      sink.push(f);
    }
    // slide the window
    if (full) sum -= contributions[at]!;
    contributions[at] = contribution;
    starts[at] = start;
    sum += contribution;
    if (++at === window) {
      at = 0;
      full = true;
    }
    if (sum > best) {
      best = sum;
      if (span) {
        span[0] = starts[full ? at : 0]!;
        span[1] = i;
      }
    }
    prevJoin = join;
    prevHash = h || 1;
    prevSolo = cls === SOLO;
    prevLen = gluable ? len : 0;
    prevEnd = i;
  }
  return best;
}

/** Decodes the committed sparse weights into a dense table of bytes (once, at load; 2^bits bytes). */
export function loadLexicalModel(data: LexicalModelData): Uint8Array {
  const weights = new Uint8Array(1 << data.bits);
  const index = Buffer.from(data.index, 'base64');
  const weight = Buffer.from(data.weight, 'base64');
  let at = 0;
  let prev = 0;
  for (let k = 0; k < weight.length; k++) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = index[at++]!;
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    prev += delta;
    weights[prev] = weight[k]!;
  }
  return weights;
}

const WEIGHTS = loadLexicalModel(LEXICAL_MODEL);

/** Probability-like model score of normalised text `t`, in [0, 1] (before gate and cap). */
export function lexicalProbability(t: string, span?: Int32Array): number {
  const z = LEXICAL_MODEL.bias + LEXICAL_MODEL.scale * scanTokens(t, WEIGHTS, LEXICAL_MODEL.bits, LEXICAL_MODEL.window, span);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's share of the noisy-OR for raw probability `p`: 0 under LEXICAL_GATE, else capped at
 * LEXICAL_CAP when a signature matched (`corroborated`) or p reaches `soloFlagAt` (LEXICAL_SOLO_FLAG_AT;
 * another value only for cross-validation sweeps), otherwise at LEXICAL_SOLO_CAP.
 */
export const lexicalShare = (p: number, corroborated: boolean, soloFlagAt = LEXICAL_SOLO_FLAG_AT): number =>
  p < LEXICAL_GATE ? 0 : Math.min(p, corroborated || p >= soloFlagAt ? LEXICAL_CAP : LEXICAL_SOLO_CAP);

/**
 * The model's share of the noisy-OR for normalised text `t` (see lexicalShare). Never
 * negative, so joining it can only raise a score. `span` receives the best window's [start, end) in `t`.
 */
export function lexicalScore(t: string, span?: Int32Array, corroborated = true): number {
  return lexicalShare(lexicalProbability(t, span), corroborated);
}
