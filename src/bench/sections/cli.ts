// What a user waits for: the real `sumber` command spawned as a whole process and timed from outside (Node's
// start, loading modules, the work, exit), as compiled from dist/. Ingest throughput with one and two
// analysis threads shows what more cores buy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../../eval/data.ts';
import { benchCorpus } from '../corpus.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';

const BIN = join(REPO_ROOT, 'bin', 'sumber.mjs');
const SAMPLE = join(REPO_ROOT, 'samples', 'north-korea-troops-id.txt');
const RUNS = 3;
const INGEST_ARTICLES = 60;

/** Whether Linux schedules by session (autogroup): threads of one command then compete for one share. */
function sharedPerSession(): boolean {
  try {
    return readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1';
  } catch {
    return false;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * CPU seconds used by the finished children of this process (Linux: cutime + cstime in /proc/self/stat), or
 * null elsewhere. On a busy machine the wall time says more about the neighbours; this says what the command costs.
 */
function childCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/** Wall and CPU seconds from spawn to exit; throws with the command's last words when it fails. */
function timed(args: string[]): { wall: number; cpu: number | null } {
  const [t0, c0] = [performance.now(), childCpu()];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, SUMBER_FROM_SOURCE: '' } });
  const wall = (performance.now() - t0) / 1000;
  const c1 = childCpu();
  if (r.status !== 0) throw new Error(`sumber ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`);
  return { wall, cpu: c0 === null || c1 === null ? null : c1 - c0 };
}

function medianOf(args: string[]): { wall: number; cpu: number | null } {
  const runs = Array.from({ length: RUNS }, () => timed(args));
  const cpus = runs.flatMap((r) => (r.cpu === null ? [] : [r.cpu]));
  return { wall: median(runs.map((r) => r.wall)), cpu: cpus.length ? median(cpus) : null };
}

export const cliSection: BenchSection = {
  name: 'cli',
  description: 'the sumber command as a user runs it: whole-process wall times, ingest with 1 and 2 threads',
  async run(ctx): Promise<SectionResult> {
    if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) return { figures: [], notes: ['dist/ is missing: run `npm run build` first'] };
    const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-cli-'));
    try {
      const help = medianOf(['--help']);
      const analyze = medianOf(['analyze', SAMPLE, '--date', '2024-06-28', '--format', 'json']);
      // With its language given, the command reads no language model.
      const given = medianOf(['analyze', SAMPLE, '--lang', 'id', '--date', '2024-06-28', '--format', 'json']);
      // Distinct articles (a repeated sample is made distinct by its number), so none is a duplicate.
      const { articles, source } = benchCorpus(ctx.dataRoot);
      const jsonl = join(dir, 'articles.jsonl');
      const lines = articles.slice(0, INGEST_ARTICLES).map((a, i) => JSON.stringify({ text: `${a.text}\n\nArticle ${i + 1}.`, lang: a.lang, publishedAt: a.publishedAt }));
      writeFileSync(jsonl, lines.join('\n') + '\n');
      const ingest = (workers: number) => timed(['ingest', '--workers', String(workers), '--db', join(dir, `w${workers}.db`), jsonl]);
      const one = ingest(1);
      const two = ingest(2);
      const perArticle = (cpu: number | null) => (cpu === null ? null : (cpu / lines.length) * 1000);
      const figures: Figure[] = [
        { name: 'sumber --help', value: help.wall, unit: 's', target: { value: 0.3, kind: 'at-most' } },
        { name: '  CPU time', value: help.cpu, unit: 's' },
        { name: 'sumber analyze (the sample, JSON)', value: analyze.wall, unit: 's', target: { value: 1.0, kind: 'at-most' } },
        { name: '  CPU time', value: analyze.cpu, unit: 's' },
        { name: 'sumber analyze --lang id (no language model)', value: given.wall, unit: 's', target: { value: 1.0, kind: 'at-most' } },
        { name: '  CPU time', value: given.cpu, unit: 's' },
        { name: 'sumber ingest, 1 thread', value: lines.length / one.wall, unit: 'articles/s' },
        { name: '  CPU per article, all threads', value: perArticle(one.cpu), unit: 'ms' },
        { name: 'sumber ingest, 2 threads', value: lines.length / two.wall, unit: 'articles/s' },
        { name: '  CPU per article, all threads', value: perArticle(two.cpu), unit: 'ms' },
        { name: '  2 threads / 1 thread', value: one.wall / two.wall, unit: '×' },
      ];
      return {
        figures,
        notes: [
          `median of ${RUNS} processes for --help and analyze; ingest: ${lines.length} articles from ${source}, start-up and story refresh included`,
          `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}; wall times include whatever else the machine is running`,
          ...(sharedPerSession() ? ['the kernel shares CPU between sessions (autogroup): on a busy machine a second thread splits this session\'s share instead of adding a core, so compare the CPU figures'] : []),
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
