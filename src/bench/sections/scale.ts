// Past one process: what the PostgreSQL store and its job queue buy beside SQLite. scale-ingest: articles
// ingested and analysed per second by one and by two processes (PostgreSQL: `sumber worker` processes taking
// queued jobs; SQLite: `sumber ingest` processes writing one file, each given half); scale-query: the API's
// event queries at 16 clients over 1,000,000 synthetic events on each store. The processes run from dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { REPO_ROOT } from '../../eval/data.ts';
import { benchCorpus } from '../corpus.ts';
import { fillStore, queryLoad, QUERY_LOAD_NOTE } from './api.ts';
import { QUEUE_SCHEMA } from '../../queue/list.ts';
import type { BenchSection, Figure, SectionResult } from '../registry.ts';

const BIN = join(REPO_ROOT, 'bin', 'sumber.mjs');
const INGEST_ARTICLES = 400;
const QUERY_EVENTS = 1_000_000;
/** A server to create a database for each run in; SUMBER_BENCH_PG names another. */
const PG_ADMIN_URL = process.env.SUMBER_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh PostgreSQL database for one measurement, or why there is none. */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> } | string> {
  const name = `sumber_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (e) {
    return `PostgreSQL at ${PG_ADMIN_URL} could not be used (${(e as Error).message}); set SUMBER_BENCH_PG`;
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SUMBER_FROM_SOURCE: '' } });
}

async function exited(child: ChildProcess): Promise<void> {
  let err = '';
  child.stderr!.on('data', (c) => (err = (err + c).slice(-2000)));
  const [code] = await once(child, 'exit');
  if (code !== 0 && code !== 2) throw new Error(`sumber ${child.spawnargs.slice(2).join(' ')} failed (${code}): ${err}`);
}

/** The corpus as JSONL files, one per process. */
function corpusFiles(dir: string, dataRoot: string, parts: number): { files: string[]; count: number; source: string } {
  const { articles, source } = benchCorpus(dataRoot);
  const lines = articles.slice(0, INGEST_ARTICLES).map((a, i) => JSON.stringify({ text: `${a.text}\n\nArticle ${i + 1}.`, lang: a.lang, publishedAt: a.publishedAt }));
  const files = Array.from({ length: parts }, (_, p) => {
    const file = join(dir, `part-${parts}-${p}.jsonl`);
    writeFileSync(file, lines.filter((_, i) => i % parts === p).join('\n') + '\n');
    return file;
  });
  return { files, count: lines.length, source };
}

/** SQLite: `processes` ingest runs at once, each with one analysis thread, over their share; articles per second. */
async function sqliteIngest(dir: string, dataRoot: string, processes: number): Promise<number> {
  const { files, count } = corpusFiles(dir, dataRoot, processes);
  const db = join(dir, `ingest-${processes}.db`);
  const t0 = performance.now();
  await Promise.all(files.map((f) => exited(run(['ingest', '--workers', '1', '--db', db, f]))));
  return count / ((performance.now() - t0) / 1000);
}

/** PostgreSQL: the corpus queued, then `processes` workers of one thread each until every article job is done. */
async function postgresIngest(url: string, dir: string, dataRoot: string, processes: number): Promise<{ wall: number; steady: number }> {
  const { files, count } = corpusFiles(dir, dataRoot, 1);
  await exited(run(['ingest', '--queue', '--db', url, files[0]!]));
  const db = new pg.Pool({ connectionString: url, max: 1 });
  const workers = Array.from({ length: processes }, () => run(['worker', '--concurrency', '1', '--db', url]));
  try {
    const t0 = performance.now();
    const open = `SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = 'article' AND state::text IN ('created', 'retry', 'active')`;
    while ((await db.query(open)).rows[0].n > 0) {
      if (workers.some((w) => w.exitCode !== null)) throw new Error('a worker ended before the queue was done');
      await new Promise((r) => setTimeout(r, 100));
    }
    const wall = (performance.now() - t0) / 1000;
    // From the first job taken to the last one done: without the workers' start-up.
    const span = (await db.query(`SELECT extract(epoch FROM max(completed_on) - min(started_on))::float AS s FROM ${QUEUE_SCHEMA}.job WHERE name = 'article'`)).rows[0].s;
    return { wall: count / wall, steady: count / span };
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => (w.exitCode === null ? once(w, 'exit') : null)));
    await db.end();
  }
}

const ratioFigures = (label: string, one: number | null, two: number | null, unit = 'articles/s'): Figure[] => [
  { name: `${label}, 1 process`, value: one, unit },
  { name: `${label}, 2 processes`, value: two, unit },
  { name: `  2 / 1`, value: one && two ? two / one : null, unit: '×', target: { value: 1.8, kind: 'at-least' } },
];

const machine = () => `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}: other processes share the cores, so two processes may find less than two free`;

export const scaleIngestSection: BenchSection = {
  name: 'scale-ingest',
  description: `ingest and analysis of ${INGEST_ARTICLES} articles by 1 and 2 processes: PostgreSQL workers on the job queue, SQLite ingest runs`,
  async run(ctx): Promise<SectionResult> {
    if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) return { figures: [], notes: ['dist/ is missing: run `npm run build` first'] };
    const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-scale-'));
    const notes = [machine()];
    try {
      const sqlite = [await sqliteIngest(dir, ctx.dataRoot, 1), await sqliteIngest(dir, ctx.dataRoot, 2)];
      const figures = ratioFigures('SQLite, sumber ingest', sqlite[0]!, sqlite[1]!);
      const runs: { wall: number; steady: number }[] = [];
      for (const processes of [1, 2]) {
        const database = await benchDatabase();
        if (typeof database === 'string') {
          notes.push(database);
          break;
        }
        try {
          runs.push(await postgresIngest(database.url, dir, ctx.dataRoot, processes));
        } finally {
          await database.drop();
        }
      }
      if (runs.length === 2) {
        figures.push(...ratioFigures('PostgreSQL, sumber worker (start-up included)', runs[0]!.wall, runs[1]!.wall));
        figures.push(...ratioFigures('PostgreSQL, sumber worker (first job to last)', runs[0]!.steady, runs[1]!.steady));
      }
      notes.push(`one analysis thread per process; SQLite runs include their start-up and story refresh; PostgreSQL counts from the workers' start (or the first job) until the last article job is done`);
      return { figures, notes };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const scaleQuerySection: BenchSection = {
  name: 'scale-query',
  description: `API events queries at 16 clients over ${QUERY_EVENTS.toLocaleString('en')} synthetic events, SQLite and PostgreSQL`,
  async run(): Promise<SectionResult> {
    const dir = mkdtempSync(join(tmpdir(), 'sumber-bench-query-'));
    const notes = [QUERY_LOAD_NOTE];
    const figures: Figure[] = [];
    const p99 = (fs: Figure[]) => fs.map((f) => (f.name.endsWith('latency p99') ? { ...f, target: { value: 50, kind: 'at-most' as const } } : f));
    try {
      const db = join(dir, 'sumber.db');
      const sqlite = await fillStore(db, QUERY_EVENTS);
      figures.push(...p99(await queryLoad(db, sqlite.token, 'SQLite: ')), { name: 'SQLite: store fill', value: QUERY_EVENTS / (sqlite.fillMs / 1000), unit: 'events/s' });
      const database = await benchDatabase();
      if (typeof database === 'string') notes.push(database);
      else {
        try {
          const postgres = await fillStore(database.url, QUERY_EVENTS);
          // A live database has its statistics kept by autovacuum; right after a bulk fill they are missing, and
          // the planner's guesses made single queries 10 to 60 times slower (measured at 100,000 events).
          const client = new pg.Client(database.url);
          await client.connect();
          await client.query('ANALYZE').finally(() => client.end());
          figures.push(...p99(await queryLoad(database.url, postgres.token, 'PostgreSQL: ')), {
            name: 'PostgreSQL: store fill',
            value: QUERY_EVENTS / (postgres.fillMs / 1000),
            unit: 'events/s',
          });
        } finally {
          await database.drop();
        }
      }
      notes.push(machine());
      return { figures, notes };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
