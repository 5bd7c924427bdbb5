// Universal part-of-speech tagging, left to right, by an averaged perceptron over hashed features of the
// word, its affixes and shape, its neighbours and the two tags before it.
import { feature } from './hash.ts';
import { LinearModel, PerceptronTrainer } from './perceptron.ts';
import type { TokenIds } from './token-ids.ts';
import { shuffle, type Random } from './random.ts';

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export const UPOS_ID: ReadonlyMap<string, number> = new Map(UPOS.map((t, i) => [t, i]));
const START = 0x7fff0001;
const END = 0x7fff0002;
const NO_TAG = UPOS.length;
const MAX_FEATURES = 48;

/** A neighbour's value, or the sentence's start or end mark. */
function near(arr: Int32Array, j: number, last: number): number {
  return j < 0 ? START : j > last ? END : arr[j]!;
}

function features(ids: TokenIds, cls: Int32Array, i: number, prev: number, prev2: number, out: Int32Array): number {
  const w = ids.word;
  const last = ids.n - 1;
  let n = 0;
  out[n++] = feature(1, 0);
  out[n++] = feature(2, w[i]!);
  out[n++] = feature(3, ids.suffix3[i]!);
  out[n++] = feature(4, ids.suffix2[i]!);
  out[n++] = feature(5, ids.prefix2[i]!);
  out[n++] = feature(6, ids.shape[i]!);
  out[n++] = feature(7, prev);
  out[n++] = feature(8, prev, prev2);
  out[n++] = feature(9, prev, w[i]!);
  out[n++] = feature(10, near(w, i - 1, last));
  out[n++] = feature(11, near(w, i - 2, last));
  out[n++] = feature(12, near(w, i + 1, last));
  out[n++] = feature(13, near(w, i + 2, last));
  out[n++] = feature(14, near(ids.suffix3, i - 1, last));
  out[n++] = feature(15, near(ids.suffix3, i + 1, last));
  out[n++] = feature(16, near(ids.shape, i + 1, last));
  out[n++] = feature(17, near(w, i - 1, last), w[i]!);
  out[n++] = feature(18, w[i]!, near(w, i + 1, last));
  out[n++] = feature(19, prev, near(w, i + 1, last));
  out[n++] = feature(20, i === 0 ? 1 : 0, ids.shape[i]!);
  out[n++] = feature(21, prev, ids.suffix3[i]!);
  out[n++] = feature(22, ids.suffix4[i]!);
  out[n++] = feature(23, ids.form[i]!);
  out[n++] = feature(24, near(w, i + 1, last), near(w, i + 2, last));
  out[n++] = feature(25, prev, near(w, i - 1, last));
  out[n++] = feature(26, near(ids.shape, i - 1, last), ids.shape[i]!);
  out[n++] = feature(27, ids.suffix1[i]!);
  out[n++] = feature(28, ids.prefix3[i]!);
  out[n++] = feature(29, prev2, w[i]!);
  out[n++] = feature(30, prev, near(ids.shape, i + 1, last));
  out[n++] = feature(31, near(ids.suffix2, i - 1, last), ids.suffix3[i]!);
  out[n++] = feature(32, ids.prefix2[i]!, ids.suffix2[i]!);
  out[n++] = feature(33, near(ids.suffix3, i + 2, last));
  // Tags the word and its right neighbours can take: what a second, right-to-left pass would tell.
  out[n++] = feature(34, cls[i]!);
  out[n++] = feature(35, cls[i]!, near(cls, i + 1, last));
  out[n++] = feature(36, prev, cls[i]!);
  out[n++] = feature(37, near(cls, i + 1, last), near(cls, i + 2, last));
  out[n++] = feature(38, w[i]!, near(cls, i + 1, last));
  return n;
}

/** How often each word took each tag in the training data. */
function tagCounts(data: readonly TaggedSentence[]): Map<number, Uint32Array> {
  const counts = new Map<number, Uint32Array>();
  for (const { ids, upos } of data) {
    for (let i = 0; i < ids.n; i++) {
      let c = counts.get(ids.word[i]!);
      if (!c) counts.set(ids.word[i]!, (c = new Uint32Array(UPOS.length)));
      c[upos[i]!]!++;
    }
  }
  return counts;
}

/** Frequent words that (nearly) always take one tag: tagged without the model (faster, rarely wrong). */
export function tagDictionary(data: readonly TaggedSentence[], minCount = 20, minShare = 0.99): Map<number, number> {
  const out = new Map<number, number>();
  for (const [word, c] of tagCounts(data)) {
    const total = c.reduce((a, b) => a + b, 0);
    const top = c.indexOf(Math.max(...c));
    if (total >= minCount && c[top]! / total >= minShare) out.set(word, top);
  }
  return out;
}

/**
 * Each frequent word's ambiguity class: the set of tags it took at least a tenth of the time, as a bit set
 * (rare words have none: their few tags would tell the tagger the answer in training and nothing at use).
 */
export function ambiguityClasses(data: readonly TaggedSentence[], minCount = 3, minShare = 0.1): Map<number, number> {
  const out = new Map<number, number>();
  for (const [word, c] of tagCounts(data)) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < minCount) continue;
    let bits = 0;
    c.forEach((k, t) => {
      if (k >= minShare * total) bits |= 1 << t;
    });
    out.set(word, bits);
  }
  return out;
}

/**
 * Each well-attested word's candidate tags: every tag it took in training, as a bit set. The tagger scores
 * only these (a few columns instead of all), which is faster and rules out tags the word never had.
 */
export function tagCandidates(data: readonly TaggedSentence[], minCount = 10): Map<number, number> {
  const seen = new Map<number, { count: number; bits: number }>();
  for (const { ids, upos } of data) {
    for (let i = 0; i < ids.n; i++) {
      const e = seen.get(ids.word[i]!) ?? { count: 0, bits: 0 };
      e.count++;
      e.bits |= 1 << upos[i]!;
      seen.set(ids.word[i]!, e);
    }
  }
  const out = new Map<number, number>();
  for (const [word, e] of seen) if (e.count >= minCount) out.set(word, e.bits);
  return out;
}

const candidateLists = new Map<number, Uint8Array>();
/** The tag ids of a bit set, as a list (one list per distinct set, shared). */
function candidateList(bits: number): Uint8Array {
  let list = candidateLists.get(bits);
  if (!list) {
    list = Uint8Array.from(UPOS.map((_, t) => t).filter((t) => bits & (1 << t)));
    candidateLists.set(bits, list);
  }
  return list;
}

/** The ambiguity class of each token (0 for words without one), into a buffer reused across sentences. */
function classesOf(ids: TokenIds, classes: ReadonlyMap<number, number>, buffer: Int32Array): Int32Array {
  const out = buffer.length >= ids.n ? buffer : new Int32Array(ids.n * 2);
  for (let i = 0; i < ids.n; i++) out[i] = classes.get(ids.word[i]!) ?? 0;
  return out;
}

export class Tagger {
  private readonly feats = new Int32Array(MAX_FEATURES);
  private readonly rows = new Int32Array(MAX_FEATURES);
  private readonly scores = new Float64Array(UPOS.length);
  private cls: Int32Array = new Int32Array(64);
  constructor(
    readonly model: LinearModel,
    readonly dictionary: ReadonlyMap<number, number>,
    readonly classes: ReadonlyMap<number, number>,
    readonly candidates: ReadonlyMap<number, number>,
  ) {}

  /** UPOS ids (indexes into UPOS) for the sentence's tokens. */
  tag(ids: TokenIds): Uint8Array {
    const out = new Uint8Array(ids.n);
    const cls = (this.cls = classesOf(ids, this.classes, this.cls));
    let prev: number = NO_TAG;
    let prev2: number = NO_TAG;
    for (let i = 0; i < ids.n; i++) {
      let t = this.dictionary.get(ids.word[i]!);
      if (t === undefined) {
        const n = features(ids, cls, i, prev, prev2, this.feats);
        this.model.rows(this.feats, n, this.rows);
        const bits = this.candidates.get(ids.word[i]!);
        t = bits === undefined ? this.model.best(this.rows, n, this.scores) : this.model.bestOf(this.rows, n, candidateList(bits));
      }
      out[i] = t;
      [prev2, prev] = [prev, t];
    }
    return out;
  }
}

export interface TaggedSentence {
  ids: TokenIds;
  /** Gold UPOS ids. */
  upos: Uint8Array;
}

/** Trains a tagger: `epochs` passes over the sentences in a seeded shuffled order. */
export function trainTagger(data: readonly TaggedSentence[], opts: { bits: number; epochs: number; random: Random }): Tagger {
  const dictionary = tagDictionary(data);
  const classes = ambiguityClasses(data);
  const candidates = tagCandidates(data);
  let cls: Int32Array = new Int32Array(64);
  const trainer = new PerceptronTrainer(opts.bits, UPOS.length);
  const model = trainer.model;
  const feats = new Int32Array(MAX_FEATURES);
  const rows = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(UPOS.length);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, opts.random);
    for (const s of order) {
      const { ids, upos } = data[s]!;
      let prev: number = NO_TAG;
      let prev2: number = NO_TAG;
      cls = classesOf(ids, classes, cls);
      for (let i = 0; i < ids.n; i++) {
        let guess = dictionary.get(ids.word[i]!);
        if (guess === undefined) {
          const n = features(ids, cls, i, prev, prev2, feats);
          model.rows(feats, n, rows);
          const bits = candidates.get(ids.word[i]!);
          guess = bits === undefined ? model.best(rows, n, scores) : model.bestOf(rows, n, candidateList(bits));
          trainer.update(rows, n, upos[i]!, guess);
        }
        // Train on the tags it will see: its own guesses, as when tagging.
        [prev2, prev] = [prev, guess];
      }
    }
  }
  return new Tagger(trainer.average(), dictionary, classes, candidates);
}
