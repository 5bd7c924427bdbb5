// The work queue on PostgreSQL (pg-boss, in its own schema beside the store's tables). Three kinds of job:
// fetch (a URL → the articles it holds), article (extract, analyse, save) and stories (update them once the
// saves are in). A job that fails is tried again with exponential backoff; a server that answered 429 or 503
// with Retry-After is asked again no sooner than it said; an input that can never work (404, not UTF-8,
// nothing to read) fails at once and stays listed, with its error line, as a dead job. A job whose worker
// died (killed, machine lost) is taken back once its time runs out and given to another worker.
import PgBoss from 'pg-boss';
import pg from 'pg';
import { InputError } from '../errors.ts';
import { TransientFetchError } from '../ingest/fetch.ts';
import type { JobKind } from '../schema/jobs.ts';
import { QUEUE_SCHEMA } from './list.ts';
import { DEFAULT_JOB_TIMEOUT_SECONDS } from './job-data.ts';

/** Tries and backoff per kind: fetches wait longer between tries (a busy server), analysis faults less. */
const KIND_POLICY: Record<JobKind, { retryLimit: number; retryDelay: number }> = {
  fetch: { retryLimit: 5, retryDelay: 30 },
  article: { retryLimit: 3, retryDelay: 10 },
  stories: { retryLimit: 3, retryDelay: 10 },
};
const KINDS = Object.keys(KIND_POLICY) as JobKind[];

/** How often an idle loop asks for work. */
const IDLE_POLL_MS = 500;
/** A server's Retry-After is honoured up to this; a longer one is the regular failure it amounts to. */
const MAX_RETRY_AFTER_MS = 24 * 3600_000;
/** Any fixed number: the key of the lock under which processes starting together create the queue's tables. */
const SETUP_LOCK = 0x5ab3e5;
/** Failed jobs stay listed this long before they are archived. */
const KEEP_FAILED_SECONDS = 14 * 86400;

export interface QueueOptions {
  /** A job running longer than this is taken to be lost with its worker and tried again elsewhere. */
  jobTimeoutSeconds?: number;
  /** Run the queue's upkeep (taking back lost jobs, archiving): workers do; a process that only enqueues does not. */
  supervise?: boolean;
  /** Connections this process may hold. */
  connections?: number;
  /** The first retry's delay for the jobs this process queues (each kind has its own otherwise); later ones double. */
  retryDelaySeconds?: number;
}

export type Handler<T> = (data: T, job: { id: string; kind: JobKind }) => Promise<unknown>;

export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    readonly jobTimeoutSeconds: number,
    private readonly retryDelaySeconds: number | undefined,
  ) {}

  private closing = false;
  private readonly loops: Promise<void>[] = [];
  /** Resolves the pauses of idle loops, so closing does not wait them out. */
  private readonly wake = new Set<() => void>();

  static async open(url: string, options: QueueOptions = {}): Promise<JobQueue> {
    const timeout = options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;
    const boss = new PgBoss({
      connectionString: url,
      schema: QUEUE_SCHEMA,
      max: options.connections ?? 4,
      supervise: options.supervise ?? false,
      schedule: false,
      // Lost jobs are looked for a few times per timeout (the upkeep runs in one worker at a time).
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.round(timeout / 4))),
      archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    });
    // The library reports connection trouble as events; unheard, they would end the process.
    boss.on('error', (e: Error) => process.stderr.write(`sumber: job queue: ${e.message.split('\n')[0]}\n`));
    // pg-boss creates its schema when it finds none, but two processes starting together on a new database
    // would both try: they take turns here, and the second finds it done.
    const lock = new pg.Client({ connectionString: url });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
      await boss.start();
      const existing = new Set((await boss.getQueues()).map((q) => q.name));
      for (const kind of KINDS) {
        if (existing.has(kind)) continue;
        // 'short': one waiting job per key; a job being worked on does not stop its key from being queued again.
        await boss.createQueue(kind, { name: kind, policy: 'short', retryBackoff: true, ...KIND_POLICY[kind] });
      }
    } catch (e) {
      await boss.stop({ graceful: false }).catch(() => undefined);
      throw e;
    } finally {
      await lock.end();
    }
    return new JobQueue(boss, timeout, options.retryDelaySeconds);
  }

  /** Queues a job; null when a job with this key is already waiting. */
  async send(kind: JobKind, data: object, key: string | null): Promise<string | null> {
    return this.boss.send(kind, data, {
      ...(key ? { singletonKey: key } : {}),
      ...(this.retryDelaySeconds ? { retryDelay: this.retryDelaySeconds } : {}),
      expireInSeconds: this.jobTimeoutSeconds,
    });
  }

  /**
   * Runs `handler` on jobs of this kind, `concurrency` at a time, until `close`. Each loop takes the next job as
   * soon as it is done with one (the library's own loop waits out its polling interval after every job, which
   * capped a worker at two jobs a second); only an empty queue makes it wait.
   */
  work<T>(kind: JobKind, concurrency: number, parse: (data: unknown) => T, handler: Handler<T>): void {
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop(kind, parse, handler));
  }

  private async loop<T>(kind: JobKind, parse: (data: unknown) => T, handler: Handler<T>): Promise<void> {
    while (!this.closing) {
      let job: PgBoss.Job<unknown> | undefined;
      try {
        [job] = await this.boss.fetch<unknown>(kind, { batchSize: 1 });
      } catch (e) {
        // The database away for a moment: say so, wait, try again.
        process.stderr.write(`sumber: job queue: ${(e as Error).message.split('\n')[0]}\n`);
      }
      if (!job) {
        await this.pause(IDLE_POLL_MS);
        continue;
      }
      try {
        const result = await handler(parse(job.data), { id: job.id, kind });
        await this.boss.complete(kind, job.id, (result ?? {}) as object);
      } catch (e) {
        await this.failed(kind, job.id, e as Error).catch((f) => process.stderr.write(`sumber: job queue: ${(f as Error).message.split('\n')[0]}\n`));
      }
    }
  }

  /** Waits, or less when the queue is closing. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake.add(done);
    });
  }

  private async failed(kind: JobKind, id: string, e: Error): Promise<void> {
    if (e instanceof TransientFetchError && e.retryAfterMs !== null) return this.failUntil(kind, id, e, e.retryAfterMs);
    if (e instanceof InputError && !(e instanceof TransientFetchError)) return this.failForGood(kind, id, e);
    // Anything else (a server's bad moment, a database fault): the regular backoff.
    await this.boss.fail(kind, id, { message: e.message, stack: e.stack });
  }

  /** Fails the job and sets its next try no sooner than the server asked. */
  private async failUntil(kind: JobKind, id: string, e: Error, afterMs: number): Promise<void> {
    await this.boss.fail(kind, id, { message: e.message });
    await this.boss.getDb().executeSql(
      `UPDATE ${QUEUE_SCHEMA}.job SET start_after = greatest(start_after, now() + $3 * interval '1 millisecond') WHERE name = $1 AND id = $2 AND state = 'retry'`,
      [kind, id, Math.min(afterMs, MAX_RETRY_AFTER_MS)],
    );
  }

  /** The input can never work: no more tries, the job is dead at once. */
  private async failForGood(kind: JobKind, id: string, e: InputError): Promise<void> {
    await this.boss.getDb().executeSql(`UPDATE ${QUEUE_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [kind, id]);
    await this.boss.fail(kind, id, { message: e.message });
  }

  /**
   * Stops taking jobs, lets those in hand finish (up to `timeoutMs`), and disconnects. A job still running
   * then is left as it is: it is taken back at its timeout and done again, as after a crash.
   */
  async close(timeoutMs = 30_000): Promise<void> {
    this.closing = true;
    for (const wake of [...this.wake]) wake();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.loops), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    await this.boss.stop({ graceful: false });
  }
}
