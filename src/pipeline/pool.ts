// Analysis off the event loop: a pool of worker threads, each with its own analyser loaded once. `serve`
// answers requests while an article is analysed, and `ingest` builds (extracts pages) and analyses as many
// articles at once as it has threads. A failure inside a thread comes back as the same error (an InputError
// stays one).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { Analysis } from '../schema/analysis.ts';
import type { LanguageGuess } from '../lang/detect.ts';
import type { AnalyzeInput } from './analyze.ts';
import type { ArticleBuilder, BuiltArticle } from '../ingest/article.ts';
import type { Candidate } from '../ingest/candidate.ts';

type Body = { kind: 'analyze'; input: AnalyzeInput } | { kind: 'detect'; text: string } | { kind: 'build'; candidate: Candidate; fetchedAt: string };
export type Request = { id: number } & Body;
export type Reply = { id: number } & (
  | { result: Analysis | LanguageGuess | BuiltArticle }
  | { error: { input: string; problem: string } | { message: string } }
);

interface Job {
  request: Request;
  resolve: (value: never) => void;
  reject: (e: Error) => void;
}

export const defaultPoolSize = (): number => availableParallelism();

/** The worker's module: compiled JavaScript beside this one, or TypeScript run through tsx (tests, a clone). */
function spawn(): Worker {
  // (Through tsx's loader, this module's URL may carry a query.)
  const url = new URL(`./analysis-worker${new URL(import.meta.url).pathname.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (url.pathname.endsWith('.js')) return new Worker(url);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(import.meta.url)}))`, { eval: true });
}

/** --workers: threads that analyse articles at once (absent: one per core). */
export function workerCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError('--workers', `'${value}' is not a number of threads (1 or more)`);
  return n;
}

/** Jobs a thread holds at once: the one it works on and the next, so that it never waits for this thread to
 *  hand it work (this thread may be busy storing, or waiting for a core). */
const JOBS_PER_THREAD = 2;

export class AnalysisPool implements ArticleBuilder {
  /** Each thread's jobs, in the order sent. */
  private readonly held = new Map<Worker, Job[]>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number = defaultPoolSize()) {
    if (!Number.isInteger(size) || size < 1) throw new InputError('--workers', `'${size}' is not a number of threads (1 or more)`);
  }

  /** How many jobs the pool works on at once without any waiting in its queue. */
  get capacity(): number {
    return this.size * JOBS_PER_THREAD;
  }

  analyze(input: AnalyzeInput): Promise<Analysis> {
    return this.submit({ kind: 'analyze', input });
  }

  detect(text: string): Promise<LanguageGuess> {
    return this.submit({ kind: 'detect', text });
  }

  build(candidate: Candidate, fetchedAt: string): Promise<BuiltArticle> {
    return this.submit({ kind: 'build', candidate, fetchedAt });
  }

  /** Starts every thread now, so that they load their modules while the caller reads its first input. */
  warm(): void {
    while (!this.closed && this.held.size < this.size) this.start();
  }

  /** Ends every thread; what is queued or running fails. */
  async close(): Promise<void> {
    this.closed = true;
    const closed = () => new Error('the analysis pool was closed');
    for (const job of this.queue.splice(0)) job.reject(closed());
    for (const jobs of this.held.values()) for (const job of jobs.splice(0)) job.reject(closed());
    const all = [...this.held.keys()];
    this.held.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private submit<T>(request: Body): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ request: { ...request, id: this.nextId++ } as Request, resolve: resolve as (v: never) => void, reject });
      this.dispatch();
    });
  }

  /** The thread with the fewest jobs and room for one more; a new thread while there are fewer than `size`. */
  private freest(): Worker | null {
    let best: Worker | null = null;
    for (const [worker, jobs] of this.held) if (jobs.length < (best ? this.held.get(best)!.length : JOBS_PER_THREAD)) best = worker;
    if (best && this.held.get(best)!.length === 0) return best;
    return this.held.size < this.size ? this.start() : best;
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.freest();
      if (!worker) return;
      const job = this.queue.shift()!;
      this.held.get(worker)!.push(job);
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  private start(): Worker {
    const worker = spawn();
    const jobs: Job[] = [];
    this.held.set(worker, jobs);
    // An idle thread must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const i = jobs.findIndex((j) => j.request.id === reply.id);
      if (i < 0) return;
      const [job] = jobs.splice(i, 1) as [Job];
      if (jobs.length === 0) worker.unref();
      if ('result' in reply) job.resolve(reply.result as never);
      else if ('input' in reply.error) job.reject(new InputError(reply.error.input, reply.error.problem));
      else job.reject(new Error(reply.error.message));
      this.dispatch();
    });
    // A thread that dies (out of memory, a fault loading the analyser) fails its jobs; a new one takes its place.
    let gone = false;
    const lost = (e: Error) => {
      if (this.closed || gone) return;
      gone = true;
      this.held.delete(worker);
      for (const job of jobs.splice(0)) job.reject(e);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`an analysis thread stopped (exit code ${code})`)));
    return worker;
  }
}
