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

export interface ThreadLoad {
  jobs: number;
  /** Languages whose packs the thread has read. */
  languages: ReadonlySet<string>;
}

/**
 * Which thread takes a job in `language` (null: any thread will do). A thread that has read the language's pack,
 * if one has room; else an idle thread, or a new one; else, when some thread knows the language, the job waits
 * for it (an analysis is far shorter than reading a pack); else the least busy thread with room. Null: wait.
 */
export function threadFor(threads: readonly ThreadLoad[], language: string | null, canStart: boolean): number | 'start' | null {
  const withRoom = (t: ThreadLoad) => t.jobs < JOBS_PER_THREAD;
  const leastBusy = (pick: (t: ThreadLoad) => boolean): number | null => {
    let best: number | null = null;
    threads.forEach((t, i) => {
      if (withRoom(t) && pick(t) && (best === null || t.jobs < threads[best]!.jobs)) best = i;
    });
    return best;
  };
  const knowing = (t: ThreadLoad) => language !== null && t.languages.has(language);
  const known = leastBusy(knowing);
  if (known !== null) return known;
  const idle = threads.findIndex((t) => t.jobs === 0);
  if (idle >= 0) return idle;
  if (canStart) return 'start';
  if (threads.some(knowing)) return null;
  return leastBusy(() => true);
}

interface Thread {
  worker: Worker;
  /** Its jobs, in the order sent. */
  jobs: Job[];
  languages: Set<string>;
}

const languageOf = (request: Request): string | null =>
  request.kind === 'analyze' && request.input.lang && request.input.lang !== 'auto' ? request.input.lang : null;

export class AnalysisPool implements ArticleBuilder {
  private readonly threads: Thread[] = [];
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
    while (!this.closed && this.threads.length < this.size) this.start();
  }

  /** Ends every thread; what is queued or running fails. */
  async close(): Promise<void> {
    this.closed = true;
    const closed = () => new Error('the analysis pool was closed');
    for (const job of this.queue.splice(0)) job.reject(closed());
    const all = this.threads.splice(0);
    for (const t of all) for (const job of t.jobs.splice(0)) job.reject(closed());
    await Promise.all(all.map((t) => t.worker.terminate()));
  }

  private submit<T>(request: Body): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ request: { ...request, id: this.nextId++ } as Request, resolve: resolve as (v: never) => void, reject });
      this.dispatch();
    });
  }

  /** Hands out what can go now; a job waiting for a thread that knows its language lets later jobs pass. */
  private dispatch(): void {
    for (let i = 0; i < this.queue.length; ) {
      const job = this.queue[i]!;
      const loads = this.threads.map((t) => ({ jobs: t.jobs.length, languages: t.languages }));
      const choice = threadFor(loads, languageOf(job.request), !this.closed && this.threads.length < this.size);
      if (choice === null) {
        i++;
        continue;
      }
      const thread = choice === 'start' ? this.start() : this.threads[choice]!;
      this.queue.splice(i, 1);
      thread.jobs.push(job);
      thread.worker.ref();
      thread.worker.postMessage(job.request);
    }
  }

  private start(): Thread {
    const worker = spawn();
    const thread: Thread = { worker, jobs: [], languages: new Set() };
    const { jobs } = thread;
    this.threads.push(thread);
    // An idle thread must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const i = jobs.findIndex((j) => j.request.id === reply.id);
      if (i < 0) return;
      const [job] = jobs.splice(i, 1) as [Job];
      if (jobs.length === 0) worker.unref();
      if ('result' in reply && job.request.kind === 'analyze') thread.languages.add((reply.result as Analysis).lang.code);
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
      const at = this.threads.indexOf(thread);
      if (at >= 0) this.threads.splice(at, 1);
      for (const job of jobs.splice(0)) job.reject(e);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`an analysis thread stopped (exit code ${code})`)));
    return thread;
  }
}
