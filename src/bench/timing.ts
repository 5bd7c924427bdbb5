// Times the analysis over articles on the main thread (one core), within a time budget.
import { performance } from 'node:perf_hooks';
import type { Analyzer } from '../pipeline/analyze.ts';
import { Failures } from '../eval/failures.ts';
import type { BenchArticle } from './corpus.ts';

export interface Throughput {
  articles: number;
  sentences: number;
  ms: number;
  failures: Failures;
}

/** Analyses the articles in order, cycling through them, until `rounds` passes are done or the budget is spent. */
export function timeAnalyses(analyzer: Analyzer, articles: readonly BenchArticle[], budgetMs: number, rounds = 1): Throughput {
  const failures = new Failures();
  let done = 0;
  let sentences = 0;
  const t0 = performance.now();
  const total = articles.length * rounds;
  while (done < total && performance.now() - t0 < budgetMs) {
    const a = articles[done % articles.length]!;
    const result = failures.guard(a.name, null, () => analyzer.analyze({ text: a.text, lang: a.lang, publishedAt: a.publishedAt, name: a.name }));
    sentences += result?.sentences.length ?? 0;
    done++;
  }
  return { articles: done, sentences, ms: performance.now() - t0, failures };
}

export const perSecond = (count: number, ms: number): number | null => (ms > 0 && count > 0 ? count / (ms / 1000) : null);

/** Articles per second, or null when every analysis threw (a rate of failures is no throughput). */
export function articleRate(t: Throughput): number | null {
  return t.failures.count === t.articles ? null : perSecond(t.articles, t.ms);
}
