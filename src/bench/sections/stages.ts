// Where the analysis spends its time: CPU milliseconds per stage on the sample article, warm.
// CPU time (process.cpuUsage), not wall time, so the figures hold on a busy machine.
import type { StageName } from '../../pipeline/analyze.ts';
import { loadPipeline } from '../../eval/pipeline.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';
import { sampleArticles } from '../corpus.ts';

const WARM_UP = 50;
const ROUNDS = 5;
const RUNS_PER_ROUND = 60;
const TARGET_PER_SECOND = 200;

type Spent = Map<StageName, number>;

export const stagesSection: BenchSection = {
  name: 'stages',
  description: 'CPU ms per stage on the sample article (Indonesian, language detected), warm',
  async run(): Promise<SectionResult> {
    const sample = sampleArticles().find((s) => s.lang === 'id')!;
    let spent: Spent = new Map();
    const pipeline = await loadPipeline();
    const analyzer = await pipeline.createAnalyzer({
      onStage: (stage, micros) => spent.set(stage, (spent.get(stage) ?? 0) + micros),
    });
    // 'auto' so that language identification shows as a stage of its own.
    const analyse = () => analyzer.analyze({ text: sample.text, lang: 'auto', publishedAt: sample.publishedAt, name: sample.name });
    try {
      for (let i = 0; i < WARM_UP; i++) analyse();
    } catch (e) {
      return { figures: [], notes: [`the analysis threw: ${(e as Error).message}`] };
    }
    // Other processes on the machine slow a round down even in CPU time (caches, shared cores): keep the quietest.
    let best: { spent: Spent; micros: number } | null = null;
    for (let r = 0; r < ROUNDS; r++) {
      spent = new Map();
      const before = process.cpuUsage();
      for (let i = 0; i < RUNS_PER_ROUND; i++) analyse();
      const used = process.cpuUsage(before);
      const micros = used.user + used.system;
      if (!best || micros < best.micros) best = { spent, micros };
    }
    const perRun = (micros: number) => micros / 1000 / RUNS_PER_ROUND;
    const totalMs = perRun(best!.micros);
    const staged = perRun([...best!.spent.values()].reduce((a, b) => a + b, 0));
    const figures: Figure[] = [...best!.spent].map(([stage, micros]) => ({ name: stage, value: perRun(micros), unit: 'CPU ms' }));
    figures.push(
      { name: 'outside the stages (normalising, hashing)', value: totalMs - staged, unit: 'CPU ms' },
      { name: 'whole analysis', value: totalMs, unit: 'CPU ms', target: { value: 1000 / TARGET_PER_SECOND, kind: 'at-most' } },
      { name: 'articles per CPU second', value: 1000 / totalMs, unit: 'articles/s', target: { value: TARGET_PER_SECOND, kind: 'at-least' } },
      {
        name: '  without language identification',
        value: 1000 / (totalMs - perRun(best!.spent.get('language') ?? 0)),
        unit: 'articles/s',
        target: { value: TARGET_PER_SECOND, kind: 'at-least' },
      },
    );
    return {
      figures,
      notes: [
        `the quietest of ${ROUNDS} rounds of ${RUNS_PER_ROUND} analyses after ${WARM_UP} warm-up runs; CPU time of the whole process (GC threads included), so a stage's figure includes the GC it triggers`,
        ...(pipeline.problem ? [pipeline.problem] : []),
      ],
    };
  },
};
