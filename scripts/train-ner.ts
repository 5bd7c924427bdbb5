// Trains the name taggers (src/entities/tagger.ts) on the TRAIN splits of idner-news-2k and NERGrit:
// - ner-id.json, the Indonesian tagger (words, affixes, shapes, gazetteer flags);
// - ner-shapes.json, the same without word identities, for languages with no training data here (English):
//   capitalisation patterns, name-like affixes, gazetteer flags and tag history transfer across languages.
// Then measures them on the DEV splits, never used for training (idner dev, NERGrit valid; CoNLL++ dev for
// English): the tagger alone, and the whole entity stage (rules + tagger) as `npm run eval` scores it.
// Reproducible: fixed seed, fixed epochs. `npm run train:ner`.
import { readFileSync, writeFileSync } from 'node:fs';
import { entities } from '../src/lang/id/entities.ts';
import { text as textLexicon } from '../src/lang/id/text.ts';
import { entities as enEntities } from '../src/lang/en/entities.ts';
import { text as enTextLexicon } from '../src/lang/en/text.ts';
import { packIndex } from '../src/entities/pack-index.ts';
import { sentenceTokens, tokenFlags } from '../src/entities/recognise.ts';
import { TABLE_BITS, TAGS, Tagger, bestTag, decode, spansOf, tableOf, type ModelFile, type Tag, type TaggerInput } from '../src/entities/tagger.ts';
import { extractEntities, nameMentions } from '../src/entities/index.ts';
import { segment } from '../src/text/segment.ts';
import type { EntityType, Token } from '../src/schema/analysis.ts';

const EVAL = new URL('../../shared/eval/ner/', import.meta.url);
const MODELS = new URL('../src/entities/model/', import.meta.url);
const EPOCHS = 12;
const SEED = 20240628;
const MIN_WEIGHT = 0.02;

interface Sentence {
  words: string[];
  tags: Tag[];
}

const TAG_NAMES: Record<string, string> = { PER: 'PER', PERSON: 'PER', LOC: 'LOC', PLACE: 'LOC', ORG: 'ORG', ORGANISATION: 'ORG' };

/** CoNLL files: a token and its tag (last column) a line, blank lines between sentences. */
function readConll(name: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  for (const raw of readFileSync(new URL(name, EVAL), 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const cols = line.split(/[\t ]+/);
    const tag = cols[cols.length - 1]!;
    const [bio, kind] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), TAG_NAMES[tag.slice(2)]];
    cur.words.push(cols[0]!);
    cur.tags.push((kind ? `${bio}-${kind}` : 'O') as Tag);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** The sentence as text with offsets, the way the pipeline sees it. */
function asText(words: string[]): { text: string; tokens: Token[] } {
  const tokens: Token[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    tokens.push({ start: text.length, end: text.length + w.length, text: w, kind: /^\p{L}/u.test(w) ? 'word' : /^\d/.test(w) ? 'number' : 'punct', sentence: 0 });
    text += w;
  }
  return { text, tokens };
}

type Pack = { entities: typeof entities; text: typeof textLexicon };
const idPack: Pack = { entities, text: textLexicon };
const enPack: Pack = { entities: enEntities, text: enTextLexicon };
const ruleIndex = packIndex({ ...entities, model: null });
function taggerInput(words: string[]): TaggerInput {
  return { words, flags: tokenFlags(sentenceTokens(asText(words).tokens), ruleIndex) };
}

// ---------------------------------------------------------------- averaged perceptron

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function train(sentences: Sentence[], lexical: boolean): ModelFile {
  const n = TAGS.length;
  const size = (1 << TABLE_BITS) * n;
  const w = new Float64Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  let time = 0;
  const update = (cell: number, delta: number) => {
    total[cell]! += (time - stamp[cell]!) * w[cell]!;
    stamp[cell] = time;
    w[cell]! += delta;
  };
  const inputs = sentences.map((s) => taggerInput(s.words));
  const order = sentences.map((_, i) => i);
  const random = rng(SEED);
  const scores = new Float64Array(n);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const si of order) {
      const { tags } = sentences[si]!;
      decode(
        inputs[si]!,
        lexical,
        (rows, i) => {
          time++;
          const guess = bestTag(w, rows, scores);
          const truth = TAGS.indexOf(tags[i]!);
          if (guess !== truth) {
            errors++;
            for (const row of rows) {
              update(row * n + truth, 1);
              update(row * n + guess, -1);
            }
          }
          return guess;
        },
        // Gold history while training keeps early mistakes from compounding.
        (i) => tags[i]!,
      );
    }
    console.log(`epoch ${epoch + 1}: ${errors} errors`);
  }
  const model: ModelFile = { tags: TAGS, tableBits: TABLE_BITS, lexical, rows: [], weights: [] };
  for (let row = 0; row < 1 << TABLE_BITS; row++) {
    const avg = [];
    for (let t = 0; t < n; t++) {
      const cell = row * n + t;
      avg.push((total[cell]! + (time - stamp[cell]!) * w[cell]!) / Math.max(time, 1));
    }
    if (Math.max(...avg.map(Math.abs)) < MIN_WEIGHT) continue;
    model.rows.push(row);
    model.weights.push(...avg.map((x) => Math.round(x * 1000) / 1000));
  }
  return model;
}

// ---------------------------------------------------------------- measurement (conlleval: exact spans)

interface Score {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = ({ tp, fp, fn }: Score) => {
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
};
const fmt = (s: Score) => {
  const { p, r, f } = f1(s);
  return `P ${(p * 100).toFixed(1)} R ${(r * 100).toFixed(1)} F1 ${(f * 100).toFixed(1)}`;
};

function score(gold: Sentence[], predict: (s: Sentence) => string[]): Record<string, Score> {
  const by: Record<string, Score> = {};
  const get = (k: string) => (by[k] ??= { tp: 0, fp: 0, fn: 0 });
  for (const s of gold) {
    const key = (x: { start: number; end: number; kind: string }) => `${x.start}:${x.end}:${x.kind}`;
    const g = new Set(spansOf(s.tags).map(key));
    const p = new Set(spansOf(predict(s)).map(key));
    for (const k of p) {
      const kind = k.split(':')[2]!;
      if (g.has(k)) (get(kind).tp++, get('ALL').tp++);
      else (get(kind).fp++, get('ALL').fp++);
    }
    for (const k of g) if (!p.has(k)) (get(k.split(':')[2]!).fn++, get('ALL').fn++);
  }
  return by;
}

const NER_KIND: Partial<Record<EntityType, string>> = {
  person: 'PER', country: 'LOC', place: 'LOC', region: 'LOC', organization: 'ORG', government: 'ORG', military: 'ORG', media: 'ORG', group: 'ORG',
};

/** The whole entity stage over a sentence, as BIO tags over its tokens. */
const stageTags = (pack: Pack) => (s: Sentence): string[] => {
  const { text, tokens } = asText(s.words);
  const doc = segment(text, pack.text);
  const tags: string[] = s.words.map(() => 'O');
  for (const m of nameMentions(extractEntities(doc, pack).mentions)) {
    // A capital standing for its government is still a place name to NER annotators.
    const kind = m.metonymOf ? 'LOC' : NER_KIND[m.type];
    const first = tokens.findIndex((t) => t.start === m.start);
    const last = tokens.findIndex((t) => t.end === m.end);
    if (!kind || first < 0 || last < first) continue;
    for (let k = first; k <= last; k++) tags[k] = (k === first ? 'B-' : 'I-') + kind;
  }
  return tags;
};

function report(name: string, by: Record<string, Score>): void {
  console.log(`  ${name}: ${fmt(by.ALL!)}  (` + ['PER', 'LOC', 'ORG'].map((k) => `${k} ${(f1(by[k] ?? { tp: 0, fp: 0, fn: 0 }).f * 100).toFixed(1)}`).join(', ') + ')');
}

const trainSet = [...readConll('idner-news-2k/train.txt'), ...readConll('nergrit/train.txt')];
console.log(`training on ${trainSet.length} sentences`);
const taggers = new Map<string, Tagger>();
for (const [file, lexical] of [['ner-id.json', true], ['ner-shapes.json', false]] as const) {
  const model = train(trainSet, lexical);
  writeFileSync(new URL(file, MODELS), JSON.stringify(model));
  console.log(`wrote ${file}: ${model.rows.length} weight rows`);
  taggers.set(file, new Tagger(tableOf(model), lexical));
}

for (const [name, file] of [['idner-news-2k dev', 'idner-news-2k/dev.txt'], ['nergrit valid', 'nergrit/valid.txt']] as const) {
  const dev = readConll(file);
  console.log(`${name} (${dev.length} sentences)`);
  for (const [model, tagger] of taggers) report(`tagger alone, ${model}`, score(dev, (s) => tagger.tag(taggerInput(s.words))));
  report('entity stage', score(dev, stageTags(idPack)));
}
const conllpp = readConll('conllpp/dev.txt');
console.log(`CoNLL++ dev, English (${conllpp.length} sentences; MISC not scored)`);
report('entity stage', score(conllpp, stageTags(enPack)));
