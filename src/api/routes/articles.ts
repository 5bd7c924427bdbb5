// Articles: listed, searched, read with their full analysis, and added.
import { z } from 'zod';
import { route } from '../route.ts';
import { HttpError, notFound } from '../http-error.ts';
import { ArticleQuery, IdParam, IngestRequest, IngestResult } from '../schemas.ts';
import { ArticleDetail, ArticleSummary, Page } from '../../store/records.ts';
import type { ApiIngestor } from '../ingest.ts';
import { scheduleRefresh } from '../../store/stories.ts';

export const articleRoutes = (ingestor: ApiIngestor) => [
  route({
    method: 'GET',
    url: '/api/articles',
    access: 'viewer',
    tag: 'articles',
    summary: 'articles, newest first, undated ones after the dated; with q, a full-text search ranked by relevance',
    query: ArticleQuery,
    response: Page(ArticleSummary),
    handler: async ({ query: { limit, cursor, ...q }, store }) => store.listArticles(q, { limit, cursor }),
  }),
  route({
    method: 'GET',
    url: '/api/articles/count',
    access: 'viewer',
    tag: 'articles',
    summary: 'how many articles the same query lists in all',
    query: ArticleQuery.omit({ limit: true, cursor: true }),
    response: z.object({ total: z.number().int() }),
    handler: async ({ query, store }) => ({ total: await store.countArticles(query) }),
  }),
  route({
    method: 'GET',
    url: '/api/articles/:id',
    access: 'viewer',
    tag: 'articles',
    summary: 'one article with its full analysis, the review decisions on its events and the articles that link to it',
    params: IdParam,
    response: ArticleDetail,
    handler: async ({ params, store }) => (await store.getArticle(params.id)) ?? Promise.reject(notFound('article', params.id)),
  }),
  route({
    method: 'POST',
    url: '/api/articles',
    access: 'analyst',
    tag: 'articles',
    summary: 'add an article as text, HTML or a URL to fetch; it is analysed and stored',
    body: IngestRequest,
    response: IngestResult,
    status: 201,
    handler: async ({ body, store, caller, reply }) => {
      const result = await ingestor.ingest(body, store.auditedSink(caller!.actor, 'article.ingest'));
      if (result.stored.length === 0 && result.duplicates.length === 0) {
        throw new HttpError(422, 'not_ingested', result.failed.map((f) => `${f.input}: ${f.problem}`).join('; ') || 'nothing to store');
      }
      if (result.stored.length === 0) reply.code(200);
      scheduleRefresh(store);
      return result;
    },
  }),
];
