// What a reader found before it becomes an Article: the raw document and whatever its container said about it.
import type { Article } from '../schema/article.ts';

export interface Candidate {
  origin: Article['origin'];
  /** Exactly one of html and text. */
  html: string | null;
  text: string | null;
  url: string | null;
  charset: string | null;
  /** Given by the container (feed item, JSONL object); the page's own metadata fills the gaps. */
  given: {
    title?: string | null;
    publishedAt?: string | null;
    author?: string | null;
    publisher?: string | null;
    lang?: string | null;
    canonicalUrl?: string | null;
  };
  /** A problem worth telling that did not stop the article (e.g. a truncated page). */
  warning?: string;
}

/** A reader's output: an article to build, or one item of a container that failed on its own. */
export type ReadResult = { candidate: Candidate } | { failed: { input: string; problem: string } };
