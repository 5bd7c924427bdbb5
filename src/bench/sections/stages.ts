// Where the analysis spends its time: CPU milliseconds per stage on the sample article, warm.
// CPU time (process.cpuUsage), not wall time, so the figures hold on a busy machine.
import type { StageName } from '../../pipeline/analyze.ts';
import { loadPipeline } from '../../eval/pipeline.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';
import { sampleArticles } from '../corpus.ts';

const WARM_UP = 50;
const RUNS = 300;
const TARGET_PER_SECOND = 200;

export const stagesSection: BenchSection = {
  name: 'stages',
  description: 'CPU ms per stage on the sample article (Indonesian, language detected), warm',
  async run(): Promise<SectionResult> {
    const sample = sampleArticles().find((s) => s.lang === 'id')!;
    const spent = new Map<StageName, number>();
    let recording = false;
    const pipeline = await loadPipeline();
    const analyzer = await pipeline.createAnalyzer({
      onStage: (stage, micros) => {
        if (recording) spent.set(stage, (spent.get(stage) ?? 0) + micros);
      },
    });
    // 'auto' so that language identification shows as a stage of its own.
    const analyse = () => analyzer.analyze({ text: sample.text, lang: 'auto', publishedAt: sample.publishedAt, name: sample.name });
    try {
      for (let i = 0; i < WARM_UP; i++) analyse();
    } catch (e) {
      return { figures: [], notes: [`the analysis threw: ${(e as Error).message}`] };
    }
    recording = true;
    const before = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) analyse();
    const used = process.cpuUsage(before);
    const totalMs = (used.user + used.system) / 1000 / RUNS;
    const staged = [...spent.values()].reduce((a, b) => a + b, 0) / 1000 / RUNS;
    const figures: Figure[] = [...spent].map(([stage, micros]) => ({ name: stage, value: micros / 1000 / RUNS, unit: 'CPU ms' }));
    figures.push(
      { name: 'between stages (hashing, dates, GC)', value: totalMs - staged, unit: 'CPU ms' },
      { name: 'whole analysis', value: totalMs, unit: 'CPU ms', target: { value: 1000 / TARGET_PER_SECOND, kind: 'at-most' } },
      { name: 'articles per CPU second', value: 1000 / totalMs, unit: 'articles/s', target: { value: TARGET_PER_SECOND, kind: 'at-least' } },
    );
    return { figures, notes: [`mean of ${RUNS} analyses after ${WARM_UP} warm-up runs; a stage's figure includes the GC it triggers`, ...(pipeline.problem ? [pipeline.problem] : [])] };
  },
};
