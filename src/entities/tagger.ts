// A greedy averaged-perceptron name tagger (BIO over PER, LOC, ORG) for names no list holds.
// Features: the word and its neighbours, shape, affixes, and per-token gazetteer flags computed from the pack
// (country, place, title, agent, org cue…), so lists and model reinforce each other. Features are hashed into a
// fixed table (no feature strings are built while tagging), which keeps tagging within the time budget.
// Trained by scripts/train-ner.ts; the model file holds the non-zero rows of the table, rounded.
import { readFileSync } from 'node:fs';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Tag = (typeof TAGS)[number];
const N_TAGS = TAGS.length;

/** Rows of the weight table (a power of two). */
export const TABLE_BITS = 18;
const MASK = (1 << TABLE_BITS) - 1;

export interface TaggerInput {
  words: string[];
  /** Gazetteer flags per token (see tokenFlags in recognise.ts): a short string of letters. */
  flags: string[];
}

export interface ModelFile {
  tags: readonly string[];
  tableBits: number;
  /** false: a model without word identities (shapes, affixes, gazetteer flags and tags only): it transfers to
   *  languages without training data of their own. */
  lexical: boolean;
  /** Row indices with non-zero weights, and their N_TAGS weights each, flattened. */
  rows: number[];
  weights: number[];
}

/** FNV-1a over a string's UTF-16 units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const mix = (a: number, b: number) => Math.imul((a ^ b) + 0x9e3779b9, 0x85ebca6b) >>> 0;
const BEGIN = hash('<s>');
const END = hash('</s>');
const TAG_HASH = [...TAGS.map(hash), BEGIN];
const BEGIN_TAG = TAGS.length; // index into TAG_HASH for "no tag yet"
/** Per tag index: whether it is an I- tag, and its kind ('' for O). */
const IS_INSIDE = TAGS.map((t) => t.startsWith('I-'));
const KIND_OF = TAGS.map((t) => t.slice(2));

/** "Kim" → "Xx", "Jong-un" → "Xx-x", "2023" → "d": character classes with repeats collapsed. */
function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    const c =
      code >= 65 && code <= 90 ? 'X'
      : code >= 97 && code <= 122 ? 'x'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : ch !== ch.toLowerCase() ? 'X'
      : ch !== ch.toUpperCase() ? 'x'
      : ch;
    if (c !== last) out += last = c;
  }
  return out;
}

const UPPER_START = /^\p{Lu}/u;

/** Per-token hashes every feature reads, computed once a sentence. */
interface Prepared {
  n: number;
  word: Uint32Array;
  shape: Uint32Array;
  prefix3: Uint32Array;
  suffix3: Uint32Array;
  suffix2: Uint32Array;
  flags: Uint32Array;
  caps: boolean[];
}

/** The one "word" a model without word identities sees. */
const NO_WORD = hash('');

/** A word's own hashes (word, shape, affixes) and capital; words repeat, so they are kept. */
interface WordHashes {
  word: number;
  shape: number;
  prefix3: number;
  suffix3: number;
  suffix2: number;
  cap: boolean;
}

const MAX_REMEMBERED = 50_000;
const wordHashes = new Map<string, WordHashes>();
const flagHashes = new Map<string, number>();

function hashesOf(w: string): WordHashes {
  let h = wordHashes.get(w);
  if (!h) {
    const lw = w.toLowerCase();
    h = { word: hash(lw), shape: hash(shape(w)), prefix3: hash(lw.slice(0, 3)), suffix3: hash(lw.slice(-3)), suffix2: hash(lw.slice(-2)), cap: UPPER_START.test(w) };
    if (wordHashes.size >= MAX_REMEMBERED) wordHashes.clear();
    wordHashes.set(w, h);
  }
  return h;
}

function flagHash(flags: string): number {
  let h = flagHashes.get(flags);
  if (h === undefined) flagHashes.set(flags, (h = hash(flags)));
  return h;
}

function prepare(input: TaggerInput, lexical: boolean): Prepared {
  const n = input.words.length;
  const p: Prepared = {
    n, word: new Uint32Array(n), shape: new Uint32Array(n), prefix3: new Uint32Array(n), suffix3: new Uint32Array(n),
    suffix2: new Uint32Array(n), flags: new Uint32Array(n), caps: new Array<boolean>(n),
  };
  for (let i = 0; i < n; i++) {
    const h = hashesOf(input.words[i]!);
    p.word[i] = lexical ? h.word : NO_WORD;
    p.shape[i] = h.shape;
    p.prefix3[i] = h.prefix3;
    p.suffix3[i] = h.suffix3;
    p.suffix2[i] = h.suffix2;
    p.flags[i] = flagHash(input.flags[i] ?? '');
    p.caps[i] = h.cap;
  }
  return p;
}

export const N_FEATURES = 20;

/** Token k's hash in a per-token table, or the sentence-boundary hashes beyond it. */
function at(p: Prepared, a: Uint32Array, k: number): number {
  return k < 0 ? BEGIN : k >= p.n ? END : a[k]!;
}

/** The table rows of token i's features given the two tags before it (indices into TAG_HASH). */
function features(p: Prepared, i: number, prev: number, prev2: number, out: Uint32Array): void {
  const t1 = TAG_HASH[prev]!;
  const t2 = TAG_HASH[prev2]!;
  const w = p.word[i]!;
  const s = p.shape[i]!;
  // Feature k goes to row mix(feature, k + 1); the order is the model's, fixed by training.
  out[0] = mix(1, 1) & MASK;
  out[1] = mix(w, 2) & MASK;
  out[2] = mix(at(p, p.word, i - 1), 3) & MASK;
  out[3] = mix(at(p, p.word, i + 1), 4) & MASK;
  out[4] = mix(at(p, p.word, i - 2), 5) & MASK;
  out[5] = mix(at(p, p.word, i + 2), 6) & MASK;
  out[6] = mix(s, 7) & MASK;
  out[7] = mix(mix(at(p, p.shape, i - 1), s), 8) & MASK;
  out[8] = mix(mix(s, at(p, p.shape, i + 1)), 9) & MASK;
  out[9] = mix(p.prefix3[i]!, 10) & MASK;
  out[10] = mix(p.suffix3[i]!, 11) & MASK;
  out[11] = mix(p.suffix2[i]!, 12) & MASK;
  out[12] = mix(i === 0 ? mix(s, 1) : s, 13) & MASK;
  out[13] = mix(p.flags[i]!, 14) & MASK;
  out[14] = mix(at(p, p.flags, i - 1), 15) & MASK;
  out[15] = mix(at(p, p.flags, i + 1), 16) & MASK;
  out[16] = mix(t1, 17) & MASK;
  out[17] = mix(mix(t2, t1), 18) & MASK;
  out[18] = mix(mix(t1, w), 19) & MASK;
  out[19] = mix(mix(t1, s), 20) & MASK;
}

/**
 * Tags a sentence left to right. `score` gets the feature rows of token i and returns the index of a tag;
 * `history` decides which tag the next tokens see (the guess when tagging, the gold tag when training).
 * Lower-case words outside a name are O without scoring: names start capitalised in the languages we train.
 */
export function decode(
  input: TaggerInput,
  lexical: boolean,
  score: (rows: Uint32Array, i: number) => number,
  history: (i: number, guess: Tag) => Tag = (_i, guess) => guess,
): Tag[] {
  const p = prepare(input, lexical);
  const rows = new Uint32Array(N_FEATURES);
  const out: Tag[] = [];
  const idx: number[] = [];
  for (let i = 0; i < p.n; i++) {
    const prev = i > 0 ? idx[i - 1]! : BEGIN_TAG;
    if ((prev === BEGIN_TAG || prev === 0) && !p.caps[i]) {
      out.push(history(i, 'O'));
      idx.push(TAGS.indexOf(out[i]!));
      continue;
    }
    features(p, i, prev, i > 1 ? idx[i - 2]! : BEGIN_TAG, rows);
    let t = score(rows, i);
    // An I- tag must continue a name of its kind: I-X is B-X + 1, and prev must be B-X or I-X.
    if (IS_INSIDE[t] && (prev === BEGIN_TAG || KIND_OF[prev] !== KIND_OF[t])) t -= 1;
    out.push(history(i, TAGS[t]!));
    idx.push(TAGS.indexOf(out[i]!));
  }
  return out;
}

/** The best tag for a token's feature rows under a dense weight table. */
export function bestTag(table: Float32Array | Float64Array, rows: Uint32Array, scores: Float64Array): number {
  scores.fill(0);
  for (let k = 0; k < rows.length; k++) {
    const base = rows[k]! * N_TAGS;
    for (let t = 0; t < N_TAGS; t++) scores[t]! += table[base + t]!;
  }
  let best = 0;
  for (let t = 1; t < N_TAGS; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

export class Tagger {
  private readonly scores = new Float64Array(N_TAGS);

  constructor(
    private readonly table: Float32Array,
    readonly lexical = true,
  ) {}

  tag(input: TaggerInput): Tag[] {
    return decode(input, this.lexical, (rows) => bestTag(this.table, rows, this.scores));
  }
}

/** A dense table from the model file's sparse rows. */
export function tableOf(model: ModelFile): Float32Array {
  const table = new Float32Array((1 << model.tableBits) * N_TAGS);
  const { rows, weights } = model;
  for (let r = 0; r < rows.length; r++) {
    const at = rows[r]! * N_TAGS;
    for (let t = 0; t < N_TAGS; t++) table[at + t] = weights[r * N_TAGS + t]!;
  }
  return table;
}

export function loadTagger(file: URL): Tagger {
  let model: ModelFile;
  try {
    model = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
  } catch (e) {
    throw new Error(`cannot read the name-tagger model ${file.pathname}: ${(e as Error).message} (run npm run train:ner)`);
  }
  if (model.tags.join() !== TAGS.join() || model.tableBits !== TABLE_BITS) {
    throw new Error(`${file.pathname}: a model for other tags or table size; retrain with npm run train:ner`);
  }
  return new Tagger(tableOf(model), model.lexical);
}

/** Spans [start, end) of token indices with their kind, from a BIO sequence. */
export function spansOf(tags: readonly string[]): { start: number; end: number; kind: string }[] {
  const out: { start: number; end: number; kind: string }[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O') continue;
    const kind = t.slice(2);
    const last = out[out.length - 1];
    if (t.startsWith('I-') && last && last.end === i && last.kind === kind) last.end = i + 1;
    else out.push({ start: i, end: i + 1, kind });
  }
  return out;
}
