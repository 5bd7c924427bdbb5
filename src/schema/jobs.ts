// Jobs of the work queue (PostgreSQL): what `sumber jobs` prints and GET /api/jobs answers, one schema for both.
import { z } from 'zod';

/** The pipeline's steps as jobs: a URL to fetch, an article to extract, analyse and save, stories to update. */
export const JobKind = z.enum(['fetch', 'article', 'stories']);
export type JobKind = z.infer<typeof JobKind>;

/** queued: waiting its turn; retry: failed, waiting to be tried again; failed: out of attempts (dead). */
export const JobState = z.enum(['queued', 'running', 'retry', 'failed', 'completed', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

export const JobRecord = z.object({
  id: z.string(),
  kind: JobKind,
  state: JobState,
  key: z.string().nullable().describe('the article key (URL, else content hash) that makes enqueuing it twice a no-op'),
  input: z.string().nullable().describe('what the job reads: a URL, a file, a JSONL line'),
  attempts: z.number().int().describe('times it was started'),
  maxAttempts: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  runAfter: z.string().describe('not started before this time (backoff, or the Retry-After a server sent)'),
  finishedAt: z.string().nullable(),
  error: z.string().nullable().describe('the last failure, one line'),
});
export type JobRecord = z.infer<typeof JobRecord>;

export const JobsQuery = z
  .object({
    state: z.array(JobState).optional().describe('default: queued, running, retry and failed'),
    kind: JobKind.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type JobsQuery = z.infer<typeof JobsQuery>;

export const JobList = z.object({
  available: z.boolean().describe('false: the store is SQLite, which has no job queue (it needs PostgreSQL)'),
  /** How many jobs are in each state (all of them, not only those listed). */
  counts: z.record(JobState, z.number().int()),
  jobs: z.array(JobRecord),
});
export type JobList = z.infer<typeof JobList>;

/** What a listing shows when no state is asked for: the jobs that still need someone's attention. */
export const OPEN_STATES: readonly JobState[] = ['queued', 'running', 'retry', 'failed'];
