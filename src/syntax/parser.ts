// Labelled dependency parsing: greedy arc-hybrid transitions scored by one averaged perceptron, and the
// label of each token chosen once, by a second perceptron, when the token is attached (its own children
// are all attached by then, so their labels are features). Trained with the dynamic oracle and exploration.
import { feature } from './hash.ts';
import { LinearModel, PerceptronTrainer } from './perceptron.ts';
import { ParseState, TRANSITIONS } from './transitions.ts';
import type { TokenIds } from './token-ids.ts';
import { shuffle, type Random } from './random.ts';
import { UPOS } from './tagger.ts';

const NONE = 0x7ffe0001;
const ROOT = 0x7ffe0002;
const NO_LABEL = 0x7ffe0003;
const MAX_FEATURES = 64;

/** A sentence as the parser reads it: hashed tokens and their tags (UPOS ids). */
export interface ParserInput {
  ids: TokenIds;
  tags: Uint8Array;
}

export interface Parse {
  /** Head token index, -1 for the root. */
  head: number[];
  /** Index into the model's labels. */
  label: number[];
}

class Context {
  constructor(
    readonly input: ParserInput,
    readonly st: ParseState,
  ) {}
  w(i: number): number {
    return i < 0 ? NONE : i === this.st.n ? ROOT : this.input.ids.word[i]!;
  }
  p(i: number): number {
    return i < 0 ? NONE : i === this.st.n ? ROOT : this.input.tags[i]!;
  }
  l(i: number): number {
    return i < 0 || i === this.st.n ? NONE : this.st.label[i]! < 0 ? NO_LABEL : this.st.label[i]!;
  }
}

// No closures or array destructuring in the feature functions: they run twice per token.
function child(arr: Int32Array, i: number): number {
  return i < 0 ? -1 : arr[i]!;
}

function transitionFeatures(c: Context, out: Int32Array): number {
  const st = c.st;
  const ids = c.input.ids;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b;
  const b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
  const b1r = b1 === st.n ? -1 : b1; // the root has no word after it
  const s0lc = child(st.lc1, s0);
  const s0rc = child(st.rc1, s0);
  const b0lc = st.lc1[b0]!;
  const s1rc = child(st.rc1, s1);
  const s0w = c.w(s0);
  const s0p = c.p(s0);
  const s1w = c.w(s1);
  const s1p = c.p(s1);
  const b0w = c.w(b0);
  const b0p = c.p(b0);
  const b1p = c.p(b1);
  const dist = s0 < 0 ? NONE : Math.min(b0 - s0, 8);
  const dist01 = s1 < 0 ? NONE : Math.min(s0 - s1, 8);
  let n = 0;
  out[n++] = feature(2, s0w);
  out[n++] = feature(3, s0p);
  out[n++] = feature(4, s0w, s0p);
  out[n++] = feature(11, s1w);
  out[n++] = feature(12, s1p);
  out[n++] = feature(13, c.p(s2));
  out[n++] = feature(14, s0w, b0w);
  out[n++] = feature(15, s0p, b0p);
  out[n++] = feature(16, s0w, s0p, b0p);
  out[n++] = feature(17, s0p, b0w, b0p);
  out[n++] = feature(18, s0w, b0p);
  out[n++] = feature(19, s0p, b0w);
  out[n++] = feature(20, s1p, s0p);
  out[n++] = feature(21, s1p, s0p, b0p);
  out[n++] = feature(22, s0p, b0p, b1p);
  out[n++] = feature(24, c.p(s2), s1p, s0p);
  out[n++] = feature(25, s1w, s0w);
  out[n++] = feature(26, s0p, c.p(s0lc), b0p);
  out[n++] = feature(27, s0p, c.p(s0rc), b0p);
  out[n++] = feature(28, s0p, b0p, c.p(b0lc));
  out[n++] = feature(29, s1p, c.p(s1rc), s0p);
  out[n++] = feature(30, s0p, c.l(s0lc), c.l(child(st.lc2, s0)));
  out[n++] = feature(31, s0p, c.l(s0rc), c.l(child(st.rc2, s0)));
  out[n++] = feature(32, b0p, c.l(b0lc), c.l(st.lc2[b0]!));
  out[n++] = feature(33, s0w, dist);
  out[n++] = feature(34, s0p, b0p, dist);
  out[n++] = feature(35, s0p, s0 < 0 ? 0 : st.nLeft[s0]!, s0 < 0 ? 0 : st.nRight[s0]!);
  out[n++] = feature(36, b0p, st.nLeft[b0]!);
  out[n++] = feature(37, s1p, s0w);
  out[n++] = feature(38, s1w, s0p);
  out[n++] = feature(39, s1p, s0p, dist01);
  out[n++] = feature(40, s1p, c.l(child(st.lc1, s1)), c.l(s1rc));
  out[n++] = feature(42, s0p, b0p, c.w(b1r));
  out[n++] = feature(43, c.w(s0lc), s0p);
  out[n++] = feature(44, c.w(b0lc), b0p);
  // Third order: the two nearest children's tags together.
  out[n++] = feature(45, s0p, c.p(child(st.lc2, s0)), c.p(s0lc));
  out[n++] = feature(46, s0p, c.p(child(st.rc2, s0)), c.p(s0rc));
  out[n++] = feature(47, b0p, c.p(st.lc2[b0]!), c.p(b0lc));
  out[n++] = feature(48, (s0p << 5) | b0p, s0w, b0w);
  // Affixes stand in for unseen words (and carry morphology: di-, meN-, -ed, -ción).
  out[n++] = feature(50, s0p, s0 < 0 || s0 === st.n ? NONE : ids.suffix3[s0]!, b0p);
  out[n++] = feature(51, b0p, b0 === st.n ? NONE : ids.suffix3[b0]!, s0p);
  out[n++] = feature(52, s0p, s0 < 0 || s0 === st.n ? NONE : ids.prefix2[s0]!, b0p);
  out[n++] = feature(53, b0p, b0 === st.n ? NONE : ids.prefix2[b0]!, s0p);
  out[n++] = feature(54, s0w, s0 < 0 ? 0 : st.nLeft[s0]!, s0 < 0 ? 0 : st.nRight[s0]!);
  out[n++] = feature(55, b0w, st.nLeft[b0]!);
  out[n++] = feature(56, c.w(s0rc), s0p);
  out[n++] = feature(57, b0w, dist);
  out[n++] = feature(58, s1p, s0p, c.p(s0lc));
  return n;
}

/**
 * The features of the buffer's front alone (b0 and the words after it, never changed by a transition):
 * scored once per b0 at parse time, however many transitions happen while it is b0.
 */
function bufferFeatures(c: Context, out: Int32Array, start: number): number {
  const st = c.st;
  const b0 = st.b;
  const b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= st.n ? b0 + 2 : -1;
  const b0w = c.w(b0);
  const b0p = c.p(b0);
  const b1p = c.p(b1);
  const b2p = c.p(b2);
  let n = start;
  out[n++] = feature(1, 0);
  out[n++] = feature(5, b0w);
  out[n++] = feature(6, b0p);
  out[n++] = feature(7, b0w, b0p);
  out[n++] = feature(8, c.w(b1));
  out[n++] = feature(9, b1p);
  out[n++] = feature(10, b2p);
  out[n++] = feature(23, b0p, b1p, b2p);
  out[n++] = feature(41, b0p, c.w(b1));
  out[n++] = feature(49, b0w, c.w(b1));
  return n;
}

function labelFeatures(c: Context, d: number, h: number, out: Int32Array): number {
  const st = c.st;
  const dw = c.w(d);
  const dp = c.p(d);
  const hw = c.w(h);
  const hp = c.p(h);
  const dir = d < h ? 1 : 2;
  const dist = h === st.n ? 0 : Math.min(Math.abs(h - d), 8);
  const dlc = st.lc1[d]!;
  const drc = st.rc1[d]!;
  // The head's nearest child on the same side before this one (already labelled).
  const sibling = d < h ? st.lc2[h]! : st.rc2[h]!;
  let n = 0;
  out[n++] = feature(101, 0);
  out[n++] = feature(102, dw);
  out[n++] = feature(103, dp);
  out[n++] = feature(104, hw);
  out[n++] = feature(105, hp, dir);
  out[n++] = feature(106, dp, hp, dir);
  out[n++] = feature(107, dw, hp, dir);
  out[n++] = feature(108, dp, hw, dir);
  out[n++] = feature(109, dp, dir, dist);
  out[n++] = feature(110, dp, c.w(dlc));
  out[n++] = feature(111, dp, c.l(dlc), c.l(drc));
  out[n++] = feature(112, dw, hw);
  out[n++] = feature(113, dp, hp, c.l(sibling));
  out[n++] = feature(114, dp, hp, c.p(d - 1));
  out[n++] = feature(115, dp, hp, c.p(d + 1 < st.n ? d + 1 : -1));
  out[n++] = feature(116, dp, c.input.ids.suffix3[d]!, dir);
  out[n++] = feature(117, dp, st.nLeft[d]!, st.nRight[d]!);
  out[n++] = feature(118, dp, c.w(dlc), hp);
  out[n++] = feature(119, dp, hp, c.p(dlc));
  out[n++] = feature(120, dw, dp, c.l(dlc));
  // The word before the dependent (a preposition or case marker) and the head's affixes (passive di-, -ed).
  out[n++] = feature(121, dp, hp, c.w(d - 1));
  out[n++] = feature(122, hp, c.w(dlc), dir);
  out[n++] = feature(123, dp, h === st.n ? NONE : c.input.ids.prefix2[h]!, dir);
  out[n++] = feature(124, dp, h === st.n ? NONE : c.input.ids.suffix3[h]!, dir);
  out[n++] = feature(125, dp, c.input.ids.prefix2[d]!, hp);
  out[n++] = feature(126, dp, hp, d < h ? st.nLeft[h]! : st.nRight[h]!);
  out[n++] = feature(127, dw, dir, dist);
  // Shapes tell names from common words (flat:name against nmod or amod).
  const shapes = c.input.ids.shape;
  out[n++] = feature(128, shapes[d]!, h === st.n ? NONE : shapes[h]!, dir);
  out[n++] = feature(129, dp, hp, dist);
  return n;
}

/** Which list of candidate labels an arc draws from: by the tags of dependent and head (the root has its own) and direction. */
export function labelSlot(depTag: number, headTag: number, leftward: boolean, tags: number): number {
  return ((depTag * (tags + 1) + headTag) << 1) | (leftward ? 1 : 0);
}

export class Parser {
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly rows = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(Math.max(TRANSITIONS, 1024));
  private readonly frontScores = new Float64Array(TRANSITIONS);
  private readonly allLabels: Uint8Array;
  // One state reused sentence after sentence: small typed arrays are slow to allocate and collect.
  private state = new ParseState(64);

  constructor(
    readonly transitions: LinearModel,
    readonly labeller: LinearModel,
    readonly labels: readonly string[],
    /** Per labelSlot (tags of dependent and head, direction), the labels seen in training: only these are scored. */
    readonly labelsBySlot: readonly Uint8Array[],
  ) {
    this.allLabels = Uint8Array.from(labels, (_, i) => i);
  }

  parse(input: ParserInput): Parse {
    if (input.ids.n > this.state.capacity) this.state = new ParseState(input.ids.n * 2);
    const st = this.state;
    st.reset(input.ids.n);
    const c = new Context(input, st);
    const scores = this.scores;
    const front = this.frontScores;
    let frontOf = -1;
    while (!st.done) {
      let best = st.forced();
      if (best < 0) {
        if (frontOf !== st.b) {
          const m = bufferFeatures(c, this.feats, 0);
          this.transitions.rows(this.feats, m, this.rows);
          this.transitions.score(this.rows, m, front);
          frontOf = st.b;
        }
        const n = transitionFeatures(c, this.feats);
        this.transitions.rows(this.feats, n, this.rows);
        this.transitions.score(this.rows, n, scores);
        for (let t = 0; t < TRANSITIONS; t++) {
          scores[t]! += front[t]!;
          if (st.valid(t) && (best < 0 || scores[t]! > scores[best]!)) best = t;
        }
      }
      const d = st.apply(best);
      if (d >= 0) st.label[d] = this.chooseLabel(c, d);
    }
    const head: number[] = new Array(st.n);
    const label: number[] = new Array(st.n);
    for (let i = 0; i < st.n; i++) {
      head[i] = st.head[i] === st.n ? -1 : st.head[i]!;
      label[i] = st.label[i]!;
    }
    return { head, label };
  }

  private chooseLabel(c: Context, d: number): number {
    const n = labelFeatures(c, d, c.st.head[d]!, this.feats);
    this.labeller.rows(this.feats, n, this.rows);
    const h = c.st.head[d]!;
    const slot = labelSlot(c.input.tags[d]!, h === c.st.n ? UPOS.length : c.input.tags[h]!, d < h, UPOS.length);
    // An arc between tags never seen together in training may take any label.
    const list = this.labelsBySlot[slot];
    return this.labeller.bestOf(this.rows, n, list?.length ? list : this.allLabels);
  }
}

export interface ParserExample extends ParserInput {
  /** Gold head per token, -1 for the root. */
  head: Int32Array;
  /** Gold label ids. */
  label: Int16Array;
}

export interface ParserTraining {
  transitionBits: number;
  labelBits: number;
  epochs: number;
  random: Random;
  /** Chance of following its own (possibly wrong) transition after the first epoch. */
  explore: number;
  /** Number of tags. */
  tags: number;
  onEpoch?: (epoch: number) => void;
}

/** The labels seen per labelSlot in the data (tags as the parser sees them); an empty list where none was seen. */
export function labelsBySlot(data: readonly ParserExample[], tags: number): Uint8Array[] {
  const seen = Array.from({ length: labelSlot(tags, tags, true, tags) + 1 }, () => new Set<number>());
  for (const ex of data) {
    ex.tags.forEach((t, i) => {
      const h = ex.head[i]!;
      seen[labelSlot(t, h < 0 ? tags : ex.tags[h]!, i < h || h < 0, tags)]!.add(ex.label[i]!);
    });
  }
  return seen.map((s) => Uint8Array.from([...s].sort((a, b) => a - b)));
}

/** Trains the transition and label models with the dynamic oracle. */
export function trainParser(data: readonly ParserExample[], labels: readonly string[], opts: ParserTraining): Parser {
  if (labels.length > 256) throw new Error(`${labels.length} labels: at most 256`);
  const bySlot = labelsBySlot(data, opts.tags);
  const allLabels = Uint8Array.from(labels, (_, i) => i);
  const trans = new PerceptronTrainer(opts.transitionBits, TRANSITIONS);
  const lab = new PerceptronTrainer(opts.labelBits, labels.length);
  const feats = new Int32Array(MAX_FEATURES);
  const rows = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(Math.max(TRANSITIONS, labels.length));
  const costs = new Int32Array(TRANSITIONS);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, opts.random);
    for (const s of order) {
      const ex = data[s]!;
      const st = new ParseState(ex.ids.n);
      const gold = Int32Array.from(ex.head, (h) => (h < 0 ? st.n : h));
      const c = new Context(ex, st);
      const labelArc = (d: number): void => {
        if (d < 0) return;
        const m = labelFeatures(c, d, st.head[d]!, feats);
        lab.model.rows(feats, m, rows);
        const h = st.head[d]!;
        const slot = bySlot[labelSlot(ex.tags[d]!, h === st.n ? opts.tags : ex.tags[h]!, d < h, opts.tags)]!;
        const guess = lab.model.bestOf(rows, m, slot.length ? slot : allLabels);
        if (st.head[d] === gold[d]) lab.update(rows, m, ex.label[d]!, guess);
        st.label[d] = guess;
      };
      while (!st.done) {
        const forced = st.forced();
        if (forced >= 0) {
          // No choice, nothing to learn; the arc (if any) still trains the labeller.
          labelArc(st.apply(forced));
          continue;
        }
        const n = bufferFeatures(c, feats, transitionFeatures(c, feats));
        trans.model.rows(feats, n, rows);
        trans.model.score(rows, n, scores);
        let pred = -1;
        let best = -1;
        let minCost = Infinity;
        for (let t = 0; t < TRANSITIONS; t++) {
          if (!st.valid(t)) continue;
          costs[t] = st.cost(t, gold);
          if (costs[t]! < minCost) minCost = costs[t]!;
          if (pred < 0 || scores[t]! > scores[pred]!) pred = t;
        }
        for (let t = 0; t < TRANSITIONS; t++) {
          if (st.valid(t) && costs[t] === minCost && (best < 0 || scores[t]! > scores[best]!)) best = t;
        }
        trans.update(rows, n, best, costs[pred] === minCost ? best : pred);
        const follow = epoch > 0 && costs[pred] !== minCost && opts.random() < opts.explore ? pred : costs[pred] === minCost ? pred : best;
        labelArc(st.apply(follow));
      }
    }
    opts.onEpoch?.(epoch);
  }
  return new Parser(trans.average(), lab.average(), labels, bySlot);
}
