// What each job carries, checked when a worker takes it (a job row is input from another process, maybe
// another version), and the key that makes enqueuing the same article twice a no-op.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ArticleOrigin } from '../schema/article.ts';
import type { Candidate } from '../ingest/candidate.ts';

/** How the articles of one ingest run are read: the options `sumber ingest` passes on. */
export const IngestSettings = z.object({
  /** Publication date for articles that state none. */
  defaultPublishedAt: z.string().nullable(),
  /** Publisher of articles whose container names none. */
  publisher: z.string().nullable(),
  analyze: z.boolean(),
});
export type IngestSettings = z.infer<typeof IngestSettings>;

export const FetchJob = z.object({ input: z.string(), url: z.string(), settings: IngestSettings });
export type FetchJob = z.infer<typeof FetchJob>;

const Given = z.object({
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
  author: z.string().nullish(),
  publisher: z.string().nullish(),
  lang: z.string().nullish(),
  canonicalUrl: z.string().nullish(),
});

const CandidateData = z.object({
  origin: ArticleOrigin,
  html: z.string().nullable(),
  text: z.string().nullable(),
  url: z.string().nullable(),
  charset: z.string().nullable(),
  given: Given,
  warning: z.string().optional(),
});

export const ArticleJob = z.object({ input: z.string(), candidate: CandidateData, settings: IngestSettings });
export type ArticleJob = z.infer<typeof ArticleJob>;

export const StoriesJob = z.object({});

/** An article's job key: its URL when it has one (the same page enqueued again), else a hash of its content. */
export function articleKey(c: Candidate): string {
  if (c.url) return c.url;
  return `sha256:${createHash('sha256').update(c.html ?? c.text ?? '').digest('hex')}`;
}

/** A job running longer than this (by default) is taken to be lost with its worker. */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 600;

/** The one stories job that may wait at a time: articles saved meanwhile are taken in by that update. */
export const STORIES_KEY = 'stories';
