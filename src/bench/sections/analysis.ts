// Whole-analysis throughput: over a corpus of real news sentences, and on the sample article alone.
import type { Analyzer } from '../../pipeline/analyze.ts';
import { defaultAnalyzer } from '../../eval/pipeline.ts';
import type { BenchSection, SectionResult } from '../registry.ts';
import { benchCorpus, devSetArticles, sampleArticles } from '../corpus.ts';
import { articleRate, perSecond, timeAnalyses, type Throughput } from '../timing.ts';

const CORPUS_BUDGET_MS = 120_000;
const SAMPLE_BUDGET_MS = 10_000;
const SAMPLE_ROUNDS = 1000;
const WARM_UP = 3;

let shared: Analyzer | null = null;
async function analyzer(): Promise<Analyzer> {
  shared ??= await defaultAnalyzer();
  return shared;
}

function failureNotes(t: Throughput): string[] {
  const s = t.failures.summary('articles', t.articles);
  return s ? [s] : [];
}

export const corpusSection: BenchSection = {
  name: 'analysis-corpus',
  description: 'whole analysis over real news sentences: articles/s and sentences/s on one core',
  async run(ctx): Promise<SectionResult> {
    const { articles, source } = benchCorpus(ctx.dataRoot);
    const a = await analyzer();
    timeAnalyses(a, articles.slice(0, WARM_UP), Infinity);
    const t = timeAnalyses(a, articles, CORPUS_BUDGET_MS);
    return {
      figures: [
        { name: 'articles per second', value: articleRate(t), unit: 'articles/s' },
        { name: 'sentences per second', value: perSecond(t.sentences, t.ms), unit: 'sentences/s' },
        { name: 'articles analysed', value: t.articles, unit: 'articles' },
        { name: 'sentences analysed', value: t.sentences, unit: 'sentences' },
      ],
      notes: [
        `corpus: ${articles.length} articles from ${source}; sentences as Sumber segments them`,
        ...(t.articles < articles.length ? [`stopped after the ${CORPUS_BUDGET_MS / 1000} s budget`] : []),
        ...failureNotes(t),
      ],
    };
  },
};

export const sampleSection: BenchSection = {
  name: 'analysis-sample',
  description: 'whole analysis of the sample article (Indonesian), repeated: articles/s',
  async run(): Promise<SectionResult> {
    const sample = sampleArticles().filter((s) => s.lang === 'id');
    const a = await analyzer();
    timeAnalyses(a, sample, Infinity, WARM_UP);
    const t = timeAnalyses(a, sample, SAMPLE_BUDGET_MS, SAMPLE_ROUNDS);
    return {
      figures: [
        { name: 'sample article', value: articleRate(t), unit: 'articles/s', target: { value: 200, kind: 'at-least' } },
        { name: 'mean time per article', value: articleRate(t) === null ? null : t.ms / t.articles, unit: 'ms' },
      ],
      notes: [`${t.articles} analyses after ${WARM_UP} warm-up runs`, ...failureNotes(t)],
    };
  },
};

const LANGUAGE_BUDGET_MS = 10_000;
const LANGUAGE_ROUNDS = 200;

export const languagesSection: BenchSection = {
  name: 'analysis-languages',
  description: 'whole analysis of the real-news dev set articles of each language pack: articles/s on one core',
  async run(): Promise<SectionResult> {
    const articles = devSetArticles();
    const a = await analyzer();
    const langs = [...new Set(articles.map((x) => x.lang))];
    const figures = [];
    const notes = [];
    for (const lang of langs) {
      const docs = articles.filter((x) => x.lang === lang);
      timeAnalyses(a, docs, Infinity, 1);
      const t = timeAnalyses(a, docs, LANGUAGE_BUDGET_MS, LANGUAGE_ROUNDS);
      figures.push({ name: `${lang} articles per second`, value: articleRate(t), unit: 'articles/s', target: { value: 100, kind: 'at-least' as const } });
      notes.push(`${lang}: ${docs.length} dev-set articles, ${t.articles} analyses`, ...failureNotes(t));
    }
    return { figures, notes };
  },
};
