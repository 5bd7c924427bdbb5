// Entities, quotes and contradictions (stories: stories.ts).
import { z } from 'zod';
import { route } from '../route.ts';
import { notFound } from '../http-error.ts';
import { IdParam, PageQuery } from '../schemas.ts';
import { ArticleSummary, ContradictionRecord, EntitySummary, Page, QuoteRecord } from '../../store/records.ts';
import { EntityType } from '../../schema/analysis.ts';

export const browseRoutes = [
  route({
    method: 'GET',
    url: '/api/entities',
    access: 'viewer',
    tag: 'entities',
    summary: 'entities across articles, by id',
    query: z.object({ q: z.string().max(200).optional().describe('part of the name or id'), type: EntityType.optional(), ...PageQuery.shape }).strict(),
    response: Page(EntitySummary),
    handler: async ({ query: { limit, cursor, ...q }, store }) => store.listEntities(q, { limit, cursor }),
  }),
  route({
    method: 'GET',
    url: '/api/entities/:id',
    access: 'viewer',
    tag: 'entities',
    summary: 'one entity with the latest articles that mention it',
    params: IdParam,
    response: EntitySummary.extend({ articles: z.array(ArticleSummary) }),
    handler: async ({ params, store }) => (await store.getEntity(params.id)) ?? Promise.reject(notFound('entity', params.id)),
  }),
  route({
    method: 'GET',
    url: '/api/quotes',
    access: 'viewer',
    tag: 'quotes',
    summary: 'quotes, by speaker (entity id or name), article or words',
    query: z
      .object({ speaker: z.string().max(200).optional(), article: z.string().max(100).optional(), q: z.string().max(200).optional(), ...PageQuery.shape })
      .strict(),
    response: Page(QuoteRecord),
    handler: async ({ query: { limit, cursor, ...q }, store }) => store.listQuotes(q, { limit, cursor }),
  }),
  route({
    method: 'GET',
    url: '/api/contradictions',
    access: 'viewer',
    tag: 'contradictions',
    summary: 'claims that contradict each other, with both claims',
    query: z.object({ article: z.string().max(100).optional(), ...PageQuery.shape }).strict(),
    response: Page(ContradictionRecord),
    handler: async ({ query: { limit, cursor, ...q }, store }) => store.listContradictions(q, { limit, cursor }),
  }),
];
