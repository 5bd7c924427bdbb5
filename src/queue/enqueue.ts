// `sumber ingest --queue`: inputs become jobs instead of being analysed here. A URL is a fetch job, done by
// whichever worker takes it; files, folders, JSONL and feeds are read here (they may exist on this machine
// only) and each article in them becomes an article job. The job key makes a second enqueue of a waiting
// article a no-op, and the save makes a second run of a done one store nothing.
import { InputError } from '../errors.ts';
import { expandInput } from '../ingest/ingest.ts';
import { readPath } from '../ingest/readers.ts';
import type { Fetcher } from '../ingest/fetch.ts';
import type { FetchJob, IngestSettings } from './job-data.ts';
import type { JobQueue } from './queue.ts';
import { queueArticle } from './worker.ts';

export interface EnqueueSummary {
  inputs: number;
  queued: number;
  /** Already waiting in the queue under the same key. */
  alreadyQueued: number;
  failed: number;
}

export async function enqueueInputs(
  queue: JobQueue,
  inputs: string[],
  settings: IngestSettings,
  fetcher: Fetcher | null,
  onFailed: (input: string, problem: string) => void,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { inputs: 0, queued: 0, alreadyQueued: 0, failed: 0 };
  const count = (queued: boolean) => void (queued ? summary.queued++ : summary.alreadyQueued++);
  const fail = (input: string, problem: string) => {
    summary.failed++;
    onFailed(input, problem);
  };
  for (const input of inputs.flatMap((i) => expandInput(i))) {
    summary.inputs++;
    if (/^https?:\/\//i.test(input)) {
      count((await queue.send('fetch', { input, url: input, settings } satisfies FetchJob, input)) !== null);
      continue;
    }
    try {
      for await (const r of readPath(input, fetcher)) {
        if ('failed' in r) fail(r.failed.input, r.failed.problem);
        else count(await queueArticle(queue, r.candidate.origin.location, r.candidate, settings));
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fail(e.input, e.problem);
    }
  }
  return summary;
}
