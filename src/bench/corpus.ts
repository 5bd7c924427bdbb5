// Real news sentences to time the analysis on: the evaluation data's sentences grouped into articles,
// or, in a clone without ../shared, the bundled samples repeated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, DEV_SETS } from '../eval/data.ts';
import { parseConll, rebuildText } from '../eval/ner/conll.ts';
import { SAMPLE_FILES } from '../eval/sample/task.ts';
import { SAMPLE_DATE } from '../eval/sample/checklist.ts';

export interface BenchArticle {
  name: string;
  text: string;
  lang: string;
  publishedAt: string;
}

export interface BenchCorpus {
  articles: BenchArticle[];
  /** Where the articles came from, for the report. */
  source: string;
}

const SENTENCES_PER_ARTICLE = 10;
const MIN_SENTENCES = 1000;
const DATE = '2000-01-01';

function chunk<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** A CoNLL file as articles: its documents, or runs of ten sentences where it has none. */
function conllArticles(path: string, lang: string, label: string): BenchArticle[] {
  const content = readIfThere(path);
  if (content === null) return [];
  const f = parseConll(content);
  const docs = f.hasDocumentBreaks
    ? f.documents
    : chunk(f.documents.flatMap((d) => d.sentences), SENTENCES_PER_ARTICLE).map((sentences) => ({ sentences }));
  return docs.map((d, i) => ({ name: `${label} #${i + 1}`, text: rebuildText(d).text, lang, publishedAt: DATE }));
}

function jsonlArticles(path: string, label: string): BenchArticle[] {
  const content = readIfThere(path);
  if (content === null) return [];
  const texts = content
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
  return chunk(texts, SENTENCES_PER_ARTICLE).map((t, i) => ({ name: `${label} #${i + 1}`, text: t.join('\n\n'), lang: 'en', publishedAt: DATE }));
}

export function sampleArticles(): BenchArticle[] {
  return SAMPLE_FILES.map((f) => ({ name: f.path, text: readFileSync(f.path, 'utf8'), lang: f.lang, publishedAt: SAMPLE_DATE }));
}

/** The shipped real-news event dev sets as articles, one per document, each in its language. */
export function devSetArticles(): BenchArticle[] {
  const docs = new Map<string, BenchArticle>();
  for (const set of DEV_SETS) {
    for (const line of (readIfThere(set.path) ?? '').split('\n').filter((l) => l.trim())) {
      const r = JSON.parse(line) as { doc: string; text: string; language: string; date: string };
      const doc = docs.get(r.doc);
      if (doc) doc.text += '\n' + r.text;
      else docs.set(r.doc, { name: r.doc, text: r.text, lang: r.language, publishedAt: r.date });
    }
  }
  return [...docs.values()];
}

export function benchCorpus(dataRoot: string): BenchCorpus {
  const articles = [
    ...conllArticles(join(dataRoot, DATASETS.nerIdnerDev), 'id', 'idner-news-2k dev'),
    ...conllArticles(join(dataRoot, DATASETS.nerGritValid), 'id', 'NERGrit valid'),
    ...conllArticles(join(dataRoot, DATASETS.nerConllppDev), 'en', 'CoNLL++ dev'),
    ...jsonlArticles(join(dataRoot, DATASETS.ploverDev), 'PLOVER GSR dev'),
    ...jsonlArticles(join(dataRoot, DATASETS.petrarchRecords), 'PETRARCH2 records'),
  ];
  if (articles.length) return { articles, source: `evaluation data sentences under ${dataRoot}` };
  const samples = sampleArticles();
  const perRound = samples.reduce((n, a) => n + a.text.split(/[.!?]\s/).length, 0);
  const rounds = Math.ceil(MIN_SENTENCES / perRound);
  return {
    articles: Array.from({ length: rounds }, () => samples).flat(),
    source: `the bundled samples repeated ${rounds} times (no data at ${dataRoot})`,
  };
}
