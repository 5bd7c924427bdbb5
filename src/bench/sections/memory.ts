// Peak memory of this bench process: the analyzer plus whatever the sections before it analysed.
import { defaultAnalyzer, loadPipeline } from '../../eval/pipeline.ts';
import type { BenchSection, SectionResult } from '../registry.ts';
import { sampleArticles } from '../corpus.ts';
import { timeAnalyses } from '../timing.ts';

const GIB_IN_MIB = 1024;

export const memorySection: BenchSection = {
  name: 'memory',
  description: 'peak resident memory (RSS) of this process; listed last so it covers the sections before it',
  async run(): Promise<SectionResult> {
    // Run alone, it still measures an analyzer that has analysed something.
    timeAnalyses(await defaultAnalyzer(), sampleArticles(), Infinity);
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    const heapMiB = process.memoryUsage().heapUsed / 1024 / 1024;
    return {
      figures: [
        { name: 'peak RSS', value: peakMiB, unit: 'MiB', target: { value: GIB_IN_MIB, kind: 'at-most' } },
        { name: 'heap in use now', value: heapMiB, unit: 'MiB' },
      ],
      notes: [(await loadPipeline()).problem].filter((n): n is string => n !== null),
    };
  },
};
