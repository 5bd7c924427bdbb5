// What a worker does with each kind of job. fetch: read a URL (a page, or a feed and its items) and queue
// each article it holds; article: build the article, check for duplicates, analyse, save (one transaction,
// the duplicate check repeated inside it), then ask for a story update; stories: update them. Every step may
// run again after a crash: a second save of the same article finds the first and stores nothing.
import { InputError } from '../errors.ts';
import { Ingester, type IngestContext, type IngestEvent } from '../ingest/ingest.ts';
import { readUrl } from '../ingest/readers.ts';
import type { Fetcher } from '../ingest/fetch.ts';
import type { Store } from '../store/types.ts';
import type { Actor } from '../store/records.ts';
import { ArticleJob, FetchJob, StoriesJob, STORIES_KEY, articleKey, type IngestSettings } from './job-data.ts';
import type { JobQueue } from './queue.ts';
import type { Candidate } from '../ingest/candidate.ts';

export interface WorkerSetup {
  store: Store;
  queue: JobQueue;
  fetcher: Fetcher;
  /** The analysis (a pool of threads) and what ingestion reads from the language packs. */
  analysis: Omit<IngestContext, 'sink' | 'fetcher' | 'defaultPublishedAt' | 'publisher' | 'concurrency'>;
  /** Recomputes the stories over the store (a story update job). */
  updateStories: (store: Store) => Promise<void>;
  /** Jobs of each kind worked on at once. */
  concurrency: number;
  actor: Actor;
  log?: (line: string) => void;
}

/** Queues one article found by reading an input; false when the same article is already waiting. */
export async function queueArticle(queue: JobQueue, input: string, candidate: Candidate, settings: IngestSettings): Promise<boolean> {
  return (await queue.send('article', { input, candidate, settings } satisfies ArticleJob, articleKey(candidate))) !== null;
}

/** One article, end to end; what happened to it, or an InputError naming why it cannot be stored. */
async function ingestArticle(w: WorkerSetup, job: ArticleJob): Promise<{ stored?: string; duplicateOf?: string }> {
  let outcome: IngestEvent | null = null;
  const ingester = new Ingester(
    {
      ...w.analysis,
      analyzer: job.settings.analyze ? w.analysis.analyzer : null,
      sink: w.store.auditedSink(w.actor, 'article.ingest'),
      fetcher: null,
      defaultPublishedAt: job.settings.defaultPublishedAt,
      publisher: job.settings.publisher,
    },
    (e) => {
      if (e.kind === 'stored' || e.kind === 'duplicate' || e.kind === 'failed') outcome = e;
    },
  );
  await ingester.ingest(job.candidate);
  const e = outcome as IngestEvent | null;
  if (e?.kind === 'failed') throw new InputError(e.input, e.problem);
  if (e?.kind === 'duplicate') return { duplicateOf: e.existing.id };
  if (e?.kind !== 'stored') throw new Error(`${job.input}: ingestion ended without an outcome`);
  if (job.settings.analyze) await w.queue.send('stories', {}, STORIES_KEY);
  return { stored: e.article.id };
}

/** A URL: its page, or its feed's items, each queued as an article. Items that fail alone are named in the result. */
async function fetchInput(w: WorkerSetup, job: FetchJob): Promise<{ queued: number; alreadyQueued: number; failed: string[] }> {
  const result = { queued: 0, alreadyQueued: 0, failed: [] as string[] };
  for await (const r of readUrl(job.url, w.fetcher)) {
    if ('failed' in r) result.failed.push(`${r.failed.input}: ${r.failed.problem}`);
    else if (await queueArticle(w.queue, r.candidate.origin.location, r.candidate, job.settings)) result.queued++;
    else result.alreadyQueued++;
  }
  return result;
}

export function startWorker(w: WorkerSetup): void {
  const log = w.log ?? (() => {});
  w.queue.work('fetch', w.concurrency, (d) => FetchJob.parse(d), async (job) => {
    const r = await fetchInput(w, job);
    log(`fetch ${job.url}: ${r.queued} articles queued${r.alreadyQueued ? `, ${r.alreadyQueued} already waiting` : ''}${r.failed.length ? `, ${r.failed.length} items failed` : ''}`);
    return r;
  });
  w.queue.work('article', w.concurrency, (d) => ArticleJob.parse(d), async (job) => {
    const r = await ingestArticle(w, job);
    log(`article ${job.input}: ${r.stored ? `stored ${r.stored}` : `already stored as ${r.duplicateOf}`}`);
    return r;
  });
  // One story update at a time is enough: each takes in every article saved before it.
  w.queue.work('stories', 1, (d) => StoriesJob.parse(d), async () => {
    await w.updateStories(w.store);
    return {};
  });
}
