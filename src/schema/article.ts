// An ingested article: clean text, its metadata and where it came from. Analysis (analysis.ts) is computed from it.
import { z } from 'zod';
import { httpUrl, MAX_URL_CHARS } from './url.ts';
import { DATE_RULE, userDate } from './date.ts';

/** A request field holding a URL: refused, naming the field, unless http(s). */
export const HttpUrl = z
  .string()
  .max(MAX_URL_CHARS)
  .refine((v) => httpUrl(v) !== null, 'an absolute http(s) URL');

/** A publication date given in a request or a JSONL line. */
export const UserDate = z.string().max(40).refine((v) => userDate(v) !== null, DATE_RULE);

export const ArticleOrigin = z.object({
  kind: z.enum(['file', 'url', 'feed', 'jsonl', 'stdin', 'api']),
  location: z.string().describe('path or URL the article was read from'),
  feed: z.string().nullable().describe('URL or path of the feed that listed it'),
});

export const ArticleLink = z.object({
  relation: z.enum(['translation', 'republication']),
  url: z.string().nullable(),
  title: z.string().nullable(),
  evidence: z.string().describe('what said so: "Lihat berita aslinya", link rel=canonical, syndication-source meta'),
});
export type ArticleLink = z.infer<typeof ArticleLink>;

export const Article = z.object({
  id: z.string().describe('art_ + first 24 hex of contentHash'),
  contentHash: z.string().describe('sha256 of the normalised text'),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  lang: z.string().nullable().describe('declared language (html lang, og:locale, JSON-LD), if any'),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  section: z.string().nullable(),
  charset: z.string().nullable(),
  fetchedAt: z.string().describe('ISO date-time it was ingested'),
  origin: ArticleOrigin,
  originalOf: ArticleLink.nullable().describe('the original this article translates or republishes'),
  minhash: z.array(z.number().int()).describe('MinHash signature over word shingles, for near-duplicates'),
});
export type Article = z.infer<typeof Article>;
