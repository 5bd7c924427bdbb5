// Syntax throughput: tagging, lemmatising and parsing every sentence of real news, per language pack,
// in CPU time (the cache is bypassed: each sentence is analysed afresh).
import { packs } from '../../lang/index.ts';
import { segment } from '../../text/segment.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';
import { benchCorpus, devSetArticles, sampleArticles, type BenchArticle } from '../corpus.ts';

const BUDGET_MS = 10_000;
const WARM_UP_SENTENCES = 200;
/** The sample article's size, to express the cost per article. */
const SENTENCES_PER_ARTICLE = 35;

export const parseSection: BenchSection = {
  name: 'parse',
  description: 'tagging + lemmatising + parsing, sentences/s on one core per language pack',
  async run(ctx): Promise<SectionResult> {
    const figures: Figure[] = [];
    const notes: string[] = [];
    const { articles, source } = benchCorpus(ctx.dataRoot);
    for (const pack of packs.values()) {
      const model = pack.syntax?.get();
      if (!model) {
        notes.push(`${pack.code}: no syntax model`);
        continue;
      }
      // The evaluation data's news where it has the language, else the shipped event dev sets, else the samples.
      const fallbacks: [string, () => BenchArticle[]][] = [
        [source, () => articles],
        ['the real-news event dev sets', devSetArticles],
        ['the bundled samples', sampleArticles],
      ];
      let texts: string[] = [];
      let from = '';
      for (const [name, get] of fallbacks) {
        texts = get().filter((a) => a.lang === pack.code).map((a) => a.text);
        from = name;
        if (texts.length) break;
      }
      const sentences: string[][] = [];
      for (const text of texts) {
        const seg = segment(text, pack.text);
        for (const s of seg.sentences) sentences.push(seg.tokens.filter((t) => t.sentence === s.index).map((t) => t.text));
      }
      if (!sentences.length) {
        notes.push(`${pack.code}: no text in its language to parse`);
        continue;
      }
      for (let i = 0; i < Math.min(WARM_UP_SENTENCES, sentences.length); i++) model.compute(sentences[i]!);
      let done = 0;
      let tokens = 0;
      const before = process.cpuUsage();
      const started = Date.now();
      while (Date.now() - started < BUDGET_MS) {
        const s = sentences[done % sentences.length]!;
        model.compute(s);
        tokens += s.length;
        done++;
      }
      const used = process.cpuUsage(before);
      const seconds = (used.user + used.system) / 1e6;
      figures.push(
        { name: `${pack.code}: sentences per CPU second`, value: done / seconds, unit: 'sentences/s' },
        { name: `${pack.code}: tokens per CPU second`, value: tokens / seconds, unit: 'tokens/s' },
        { name: `${pack.code}: per ${SENTENCES_PER_ARTICLE}-sentence article`, value: (seconds * 1000 * SENTENCES_PER_ARTICLE) / done, unit: 'CPU ms' },
      );
      notes.push(`${pack.code}: ${sentences.length} sentences (${(tokens / done).toFixed(1)} tokens each on average) from ${from}`);
    }
    return { figures, notes };
  },
};
