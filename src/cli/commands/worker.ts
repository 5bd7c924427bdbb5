// sumber worker: takes jobs from the queue in PostgreSQL (fetch, analyse and save articles, update stories)
// until stopped. Any number may run, on any machine that reaches the database.
import type { Command } from 'commander';
import { hostname } from 'node:os';
import { InputError } from '../../errors.ts';
import { DEFAULT_JOB_TIMEOUT_SECONDS } from '../../queue/job-data.ts';
import { jobTimeout, queueUrl } from '../queue-url.ts';

interface WorkerOptions {
  db?: string;
  concurrency?: string;
  allowPrivate?: boolean;
  jobTimeout: string;
}

function concurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError('--concurrency', `'${value}' is not a number of jobs (1 or more)`);
  return n;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .option('--db <url>', 'the store and its job queue: a postgres:// URL (default: $SUMBER_DATABASE_URL)')
    .option('--concurrency <n>', 'jobs worked on at once, each analysis in its own thread (default: one per core)')
    .option('--allow-private', 'let fetch jobs reach loopback and private network addresses')
    .option('--job-timeout <seconds>', 'a job running longer is taken to be lost with its worker and given to another (also for the jobs this worker queues)', String(DEFAULT_JOB_TIMEOUT_SECONDS))
    .action(async (opts: WorkerOptions) => {
      const url = queueUrl(opts.db, 'sumber worker');
      const timeout = jobTimeout(opts.jobTimeout);
      const [{ openPostgresStore }, { JobQueue }, { startWorker }, { AnalysisPool, defaultPoolSize }, { Fetcher }, { packs }, { originalCues }, { refreshStories }] = await Promise.all([
        import('../../store/postgres/store.ts'),
        import('../../queue/queue.ts'),
        import('../../queue/worker.ts'),
        import('../../pipeline/pool.ts'),
        import('../../ingest/fetch.ts'),
        import('../../lang/index.ts'),
        import('../../ingest/provenance.ts'),
        import('./stories.ts'),
      ]);
      const n = concurrency(opts.concurrency) ?? defaultPoolSize();
      const store = await openPostgresStore(url, { max: n + 2 });
      const queue = await JobQueue.open(url, { jobTimeoutSeconds: timeout, supervise: true, connections: 2 * n + 2 });
      const pool = new AnalysisPool(n);
      const name = `${hostname()}:${process.pid}`;
      startWorker({
        store,
        queue,
        fetcher: new Fetcher({ allowPrivate: !!opts.allowPrivate }),
        analysis: { analyzer: pool, detector: pool, originalCues: originalCues(packs.values()), analyzerLanguages: new Set(packs.keys()) },
        updateStories: (s) => refreshStories(s, { allowPrivate: opts.allowPrivate }),
        concurrency: n,
        actor: { kind: 'cli', id: name, name: 'sumber worker' },
        log: (line) => process.stderr.write(`sumber: ${line}\n`),
      });
      process.stderr.write(`sumber: worker ${name} taking jobs (${n} at once)\n`);
      // Ctrl-C or SIGTERM: finish the jobs in hand, then stop; a second one quits at once (the jobs are retried).
      let stopping = false;
      const stop = async () => {
        if (stopping) process.exit(130);
        stopping = true;
        await queue.close();
        await pool.close();
        await store.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
