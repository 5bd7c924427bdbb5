// Start-up: a fresh Node process creates the analyzer and analyses the sample article.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../../eval/data.ts';
import type { BenchSection, SectionResult } from '../registry.ts';

const PROBE = fileURLToPath(new URL('../startup-probe.ts', import.meta.url));
const RUNS = 3;

interface ProbeTimes {
  entered: number;
  imported: number;
  created: number;
  analysed: number;
  error: string | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const startupSection: BenchSection = {
  name: 'startup',
  description: 'fresh process: create the analyzer and analyse one article',
  async run(): Promise<SectionResult> {
    const runs: (ProbeTimes & { wall: number })[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--import', 'tsx', PROBE], { cwd: REPO_ROOT, encoding: 'utf8' });
      const wall = performance.now() - t0;
      if (r.status !== 0) return { figures: [], notes: [`the probe failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`] };
      runs.push({ ...(JSON.parse(r.stdout.trim().split('\n').pop()!) as ProbeTimes), wall });
    }
    const secs = (f: (r: ProbeTimes & { wall: number }) => number) => median(runs.map(f)) / 1000;
    const errors = runs.flatMap((r) => (r.error ? [r.error] : []));
    return {
      figures: [
        { name: 'process start to first article analysed', value: secs((r) => r.analysed), unit: 's', target: { value: 2, kind: 'at-most' } },
        { name: '  of which Node and the tsx loader', value: secs((r) => r.entered), unit: 's' },
        { name: '  of which loading the stages', value: secs((r) => r.imported - r.entered), unit: 's' },
        { name: '  of which creating the analyzer', value: secs((r) => r.created - r.imported), unit: 's' },
        { name: '  of which analysing the article (reading its pack and the language model)', value: secs((r) => r.analysed - r.created), unit: 's' },
        { name: 'spawn to exit (wall clock)', value: secs((r) => r.wall), unit: 's' },
      ],
      notes: [`median of ${RUNS} fresh processes`, ...(errors.length ? [`the analysis threw in the probe: ${errors[0]}`] : [])],
    };
  },
};
