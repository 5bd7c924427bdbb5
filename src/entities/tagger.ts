// A greedy averaged-perceptron name tagger (BIO over PER, LOC, ORG) for names no list holds.
// Features: the word and its neighbours, shape, affixes, and per-token gazetteer flags computed from the pack
// (country, place, title, agent, org cue…), so lists and model reinforce each other.
// Trained by scripts/train-ner.ts; the model is a JSON file of rounded weights.
import { readFileSync } from 'node:fs';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Tag = (typeof TAGS)[number];

export interface TaggerInput {
  words: string[];
  /** Gazetteer flags per token (see tokenFlags in recognise.ts): a short string of letters. */
  flags: string[];
}

/** A sentence with what every feature reads computed once. */
interface Prepared extends TaggerInput {
  lower: string[];
  shapes: string[];
  caps: boolean[];
}

function prepare(input: TaggerInput): Prepared {
  return {
    ...input,
    lower: input.words.map((w) => w.toLowerCase()),
    shapes: input.words.map(shape),
    caps: input.words.map((w) => UPPER_START.test(w)),
  };
}

const UPPER_START = /^\p{Lu}/u;

export interface ModelFile {
  tags: readonly string[];
  weights: Record<string, number[]>;
}

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

/** The features of token i given the two tags before it. */
function features(input: Prepared, i: number, prev: string, prev2: string): string[] {
  const { lower, shapes, flags } = input;
  const lw = lower[i]!;
  const at = (k: number) => (k < 0 ? '<s>' : k >= lower.length ? '</s>' : lower[k]!);
  const sh = shapes[i]!;
  const shPrev = i > 0 ? shapes[i - 1]! : '<s>';
  const shNext = i + 1 < shapes.length ? shapes[i + 1]! : '</s>';
  const fl = flags[i] ?? '';
  return [
    'b',
    'w=' + lw,
    'w-1=' + at(i - 1),
    'w+1=' + at(i + 1),
    'w-2=' + at(i - 2),
    'w+2=' + at(i + 2),
    's=' + sh,
    's-1s=' + shPrev + '|' + sh,
    'ss+1=' + sh + '|' + shNext,
    'p3=' + lw.slice(0, 3),
    'x3=' + lw.slice(-3),
    'x2=' + lw.slice(-2),
    'first=' + (i === 0) + sh,
    'f=' + fl,
    'f-1=' + (flags[i - 1] ?? '<s>'),
    'f+1=' + (flags[i + 1] ?? '</s>'),
    't-1=' + prev,
    't-2t-1=' + prev2 + '|' + prev,
    't-1w=' + prev + '|' + lw,
    't-1s=' + prev + '|' + sh,
  ];
}

/** Tags a sentence left to right with a scorer; lower-case words outside a name are O without scoring: names
 *  start capitalised in the languages we train, and this keeps the tagger cheap. Training (with gold history
 *  and updates) and tagging share it. */
export function decode(
  input: TaggerInput,
  score: (feats: string[], i: number) => number,
  history: (i: number, guess: Tag) => Tag = (_i, guess) => guess,
): Tag[] {
  const p = prepare(input);
  const out: Tag[] = [];
  for (let i = 0; i < p.words.length; i++) {
    const prev: string = out[i - 1] ?? '<s>';
    if ((prev === '<s>' || prev === 'O') && !p.caps[i]) {
      out.push('O');
      continue;
    }
    let tag = TAGS[score(features(p, i, prev, out[i - 2] ?? '<s>'), i)]!;
    // An I- tag must continue a name of its kind.
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) tag = ('B-' + tag.slice(2)) as Tag;
    out.push(history(i, tag));
  }
  return out;
}

export class Tagger {
  private readonly scores = new Float64Array(TAGS.length);

  constructor(private readonly weights: Map<string, number[]>) {}

  private best(feats: string[]): number {
    const scores = this.scores;
    scores.fill(0);
    for (const f of feats) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
    }
    let best = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
    return best;
  }

  tag(input: TaggerInput): Tag[] {
    return decode(input, (feats) => this.best(feats));
  }
}

export function loadTagger(file: URL): Tagger {
  let model: ModelFile;
  try {
    model = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
  } catch (e) {
    throw new Error(`cannot read the name-tagger model ${file.pathname}: ${(e as Error).message} (run npm run train:ner)`);
  }
  if (model.tags.join() !== TAGS.join()) throw new Error(`${file.pathname}: tags ${model.tags.join()} are not ${TAGS.join()}`);
  return new Tagger(new Map(Object.entries(model.weights)));
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
