// What both stores share of turning rows into records: ids, the rows' mappers (each store's SQL gives the
// same column names and types: booleans and counts as numbers, JSON as text), and which text is unspaced.
import { randomBytes } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import type { StoredArticleRef } from '../ingest/sink.ts';
import type { ArticleSummary, EntitySummary, Review, TokenInfo, User } from './records.ts';

export type Row = Record<string, any>;

export const now = () => new Date().toISOString();
export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
/** Time, then a per-process sequence, so ids sort in order of writing; the random tail keeps them unique
 * across processes without a shared counter. */
let auditSequence = 0;
export const auditId = () =>
  `${Date.now().toString(36).padStart(9, '0')}${(auditSequence++ % 0x10000).toString(16).padStart(4, '0')}${randomBytes(5).toString('hex')}`;

/** Scripts written without spaces between words: their articles are also indexed by trigrams. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
export const TRIGRAM = 3;

export const userOf = (r: Row): User => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at, disabled: r.disabled_at !== null });
export const tokenOf = (r: Row): TokenInfo => ({
  id: r.id,
  name: r.name,
  user: r.user_name,
  role: r.role,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});
export const reviewOf = (r: Row): Review | null =>
  r.status
    ? {
        status: r.status,
        correction: r.correction_json ? JSON.parse(r.correction_json) : null,
        note: r.note ?? null,
        reviewer: r.reviewer,
        reviewedAt: r.reviewed_at,
      }
    : null;
export const refOf = (r: Row): StoredArticleRef => {
  const a = JSON.parse(r.article_json) as Omit<Article, 'text'>;
  return { id: r.id, title: r.title, url: r.url, canonicalUrl: r.canonical_url, publisher: a.publisher, minhash: a.minhash };
};

/** 1 for an article with no known publication date: listings put these after the dated ones, newest ingested first. */
export const UNDATED = 'CAST(a.published_at IS NULL AS INTEGER)';

/** Written for both databases: the casts give numbers in PostgreSQL, as SQLite does without them. */
export const ARTICLE_SUMMARY = `a.id, a.title, a.url, a.source, a.lang, a.published_at, a.fetched_at, CAST(a.analysis_json IS NOT NULL AS INTEGER) AS analyzed,
  (SELECT CAST(count(*) AS INTEGER) FROM events e WHERE e.article_id = a.id) AS event_count`;
export const articleSummary = (r: Row): ArticleSummary => ({
  id: r.id,
  title: r.title,
  url: r.url,
  source: r.source,
  lang: r.lang,
  publishedAt: r.published_at,
  fetchedAt: r.fetched_at,
  analyzed: r.analyzed === 1,
  eventCount: r.event_count,
  snippet: r.snippet ?? null,
});

export function entitySummary(r: Row): EntitySummary {
  return {
    id: r.entity_id,
    type: r.type,
    name: r.name,
    country: r.country,
    actorCode: r.actor_code,
    articleCount: r.articles,
    mentionCount: r.mentions,
  };
}
