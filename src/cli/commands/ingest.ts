import type { Command } from 'commander';
import { userInfo } from 'node:os';
import { openStore } from '../../store/open.ts';
import { refreshStories } from './stories.ts';
import { InputError } from '../../errors.ts';
import { Fetcher } from '../../ingest/fetch.ts';
import { Ingester, expandInput, type IngestEvent } from '../../ingest/ingest.ts';
import { MemorySink } from '../../ingest/memory-sink.ts';
import { Progress } from '../../ingest/progress.ts';
import type { Article } from '../../schema/article.ts';
import { DEFAULT_JOB_TIMEOUT_SECONDS } from '../../queue/job-data.ts';

interface IngestOptions {
  dryRun?: boolean;
  analyze: boolean;
  db?: string;
  allowPrivate?: boolean;
  timeout: string;
  delay: string;
  date?: string;
  source?: string;
  workers?: string;
  queue?: boolean;
  jobTimeout: string;
}

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InputError(name, `'${value}' is not a non-negative number`);
  return n;
}

/** What --dry-run prints for an article: everything but the text and the signature. */
function preview(e: Extract<IngestEvent, { kind: 'stored' }>): string {
  const { text, minhash: _minhash, contentHash: _hash, ...rest } = e.article as Article;
  return JSON.stringify({ ...rest, words: text.split(/\s+/).length, nearDuplicateOf: e.nearDuplicateOf, originalId: e.originalId });
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .argument('<inputs...>', 'file, folder (read recursively), .jsonl, feed, http(s) URL, or - for standard input')
    .option('--dry-run', 'print what would be stored (one JSON line per article) and store nothing')
    .option('--no-analyze', 'store articles without analysing them')
    .option('--db <path>', 'the store: a SQLite file, or a postgres:// URL (default: $SUMBER_DATABASE_URL, else $SUMBER_HOME/sumber.db)')
    .option('--allow-private', 'allow fetching from loopback and private network addresses')
    .option('--timeout <seconds>', 'give up on a server silent for this long', '15')
    .option('--delay <seconds>', 'pause between two requests to the same host', '1')
    .option('--date <iso-date>', 'publication date for articles that state none (plain text files)')
    .option('--source <name>', "the publisher of articles whose JSONL or feed names none (else page metadata, the text's dateline, the URL's host)")
    .option('--workers <n>', 'threads analysing articles at once (default: one per core)')
    .option('--queue', 'queue the inputs as jobs for `sumber worker` processes instead of analysing them here (PostgreSQL)')
    .option('--job-timeout <seconds>', 'with --queue: a job running longer is taken to be lost with its worker', String(DEFAULT_JOB_TIMEOUT_SECONDS))
    .action(async (inputs: string[], opts: IngestOptions) => {
      const idle = positive(opts.timeout, '--timeout') * 1000;
      const fetcher = new Fetcher({
        allowPrivate: !!opts.allowPrivate,
        idleTimeoutMs: idle,
        totalTimeoutMs: Math.max(4 * idle, 60_000),
        hostDelayMs: positive(opts.delay, '--delay') * 1000,
      });
      if (opts.queue) {
        const [{ ingestToQueue }, { isoDate }] = await Promise.all([import('./ingest-queue.ts'), import('../../pipeline/iso-date.ts')]);
        const settings = { defaultPublishedAt: opts.date ? isoDate(opts.date, '--date') : null, publisher: opts.source?.trim() || null, analyze: opts.analyze };
        return ingestToQueue(inputs, opts.db, opts.jobTimeout, settings, fetcher);
      }
      // Building (page extraction) and analysis run in the pool's threads; this one reads, checks and stores.
      const [{ isoDate }, { packCodes }, { AnalysisPool, workerCount }] = await Promise.all([
        import('../../pipeline/iso-date.ts'),
        import('../../lang/registry.ts'),
        import('../../pipeline/pool.ts'),
      ]);
      const defaultPublishedAt = opts.date ? isoDate(opts.date, '--date') : null;
      const pool = new AnalysisPool(workerCount(opts.workers));
      // The threads load their modules while the store opens and the first inputs are read.
      pool.warm();
      const store = opts.dryRun ? null : await openStore(opts.db);
      const sink = store ? store.auditedSink({ kind: 'cli', id: userInfo().username, name: 'sumber ingest' }, 'article.ingest') : new MemorySink();
      try {
        let progress: Progress | null = null;
        const ingester = new Ingester(
          {
            sink,
            analyzer: opts.analyze ? pool : null,
            // Enough articles in hand that every thread has its next job waiting, and one more being stored here.
            concurrency: pool.capacity + 1,
            fetcher,
            detector: pool,
            builder: pool,
            analyzerLanguages: packCodes,
            defaultPublishedAt,
            publisher: opts.source?.trim() || null,
          },
          (e) => {
            progress?.event(e);
            if (opts.dryRun && e.kind === 'stored') process.stdout.write(preview(e) + '\n');
          },
        );
        progress = new Progress(process.stderr, inputs.flatMap((i) => expandInput(i)).length, () => ingester.summary, !!opts.dryRun);
        // First Ctrl-C: finish the article in hand and stop; a second one quits at once. Saved articles stay.
        const interrupt = () => (ingester.stopped ? process.exit(130) : ingester.stop());
        process.on('SIGINT', interrupt);
        process.on('SIGTERM', interrupt);
        const summary = await ingester.run(inputs);
        progress.finish(ingester.stopped);
        if (store && opts.analyze) await refreshStories(store, { allowPrivate: opts.allowPrivate });
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
        if (ingester.stopped) process.exitCode = 130;
        // Each failed input had its line; as with one bad input anywhere, the exit code says bad input.
        else if (summary.failed > 0) process.exitCode = 2;
      } finally {
        await pool.close();
        await store?.close();
      }
    });
}
