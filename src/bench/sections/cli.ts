// What a user waits for: the real `sumber` command spawned as a whole process and timed from outside (Node's
// start, loading modules, the work, exit), as compiled from dist/. Ingest throughput with one and two
// analysis threads shows what more cores buy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../../eval/data.ts';
import { benchCorpus } from '../corpus.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';

const BIN = join(REPO_ROOT, 'bin', 'sumber.mjs');
const SAMPLE = join(REPO_ROOT, 'samples', 'north-korea-troops-id.txt');
const RUNS = 3;
const INGEST_ARTICLES = 60;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Seconds from spawn to exit; throws with the command's last words when it fails. */
function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, SUMBER_FROM_SOURCE: '' } });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`sumber ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`);
  return s;
}

export const cliSection: BenchSection = {
  name: 'cli',
  description: 'the sumber command as a user runs it: whole-process wall times, ingest with 1 and 2 threads',
  async run(ctx): Promise<SectionResult> {
    if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) return { figures: [], notes: ['dist/ is missing: run `npm run build` first'] };
    const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-cli-'));
    try {
      const help = median(Array.from({ length: RUNS }, () => wall(['--help'])));
      const analyze = median(Array.from({ length: RUNS }, () => wall(['analyze', SAMPLE, '--date', '2024-06-28', '--format', 'json'])));
      // Distinct articles (a repeated sample is made distinct by its number), so none is a duplicate.
      const { articles, source } = benchCorpus(ctx.dataRoot);
      const jsonl = join(dir, 'articles.jsonl');
      const lines = articles.slice(0, INGEST_ARTICLES).map((a, i) => JSON.stringify({ text: `${a.text}\n\nArticle ${i + 1}.`, lang: a.lang, publishedAt: a.publishedAt }));
      writeFileSync(jsonl, lines.join('\n') + '\n');
      const rate = (workers: number) => lines.length / wall(['ingest', '--workers', String(workers), '--db', join(dir, `w${workers}.db`), jsonl]);
      const one = rate(1);
      const two = rate(2);
      const figures: Figure[] = [
        { name: 'sumber --help', value: help, unit: 's', target: { value: 0.3, kind: 'at-most' } },
        { name: 'sumber analyze (the sample, JSON)', value: analyze, unit: 's', target: { value: 1.0, kind: 'at-most' } },
        { name: 'sumber ingest, 1 thread', value: one, unit: 'articles/s' },
        { name: 'sumber ingest, 2 threads', value: two, unit: 'articles/s' },
        { name: '  2 threads / 1 thread', value: two / one, unit: '×' },
      ];
      return {
        figures,
        notes: [
          `median of ${RUNS} processes for --help and analyze; ingest: ${lines.length} articles from ${source}, start-up and story refresh included`,
          `${availableParallelism()} cores; wall times include whatever else the machine is running`,
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
