// Events: filtered lists, one event, review decisions, aggregates and exports.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { route } from '../route.ts';
import { notFound } from '../http-error.ts';
import { EventQuery, KeyParam, Ok } from '../schemas.ts';
import { AggregateKind, AggregateRow, EventCount, EventDetail, EventFilter, EventRecord, Page, Review, ReviewDecision } from '../../store/records.ts';
import { ExportFormat, exportLines, FORMATS } from '../../export/index.ts';

const filterOnly = EventFilter.strict();

export const eventRoutes = [
  route({
    method: 'GET',
    url: '/api/events',
    access: 'viewer',
    tag: 'events',
    summary: 'events, newest first, filtered by actor, recipient, country, type, stage, time, place, source and review status',
    query: EventQuery,
    response: Page(EventRecord),
    handler: async ({ query: { limit, cursor, sort, ...filter }, store }) => store.listEvents(filter, { limit, cursor, sort }),
  }),
  route({
    method: 'GET',
    url: '/api/events/count',
    access: 'viewer',
    tag: 'events',
    summary: 'how many events match the filter, and how many of them charts count (not rejected, negated, denied or hypothetical unless asked)',
    query: filterOnly,
    response: EventCount,
    handler: async ({ query, store }) => store.countEvents(query),
  }),
  route({
    method: 'GET',
    url: '/api/events/:key',
    access: 'viewer',
    tag: 'events',
    summary: 'one event with the full analysed event',
    params: KeyParam,
    response: EventDetail,
    handler: async ({ params, store }) => (await store.getEvent(params.key)) ?? Promise.reject(notFound('event', params.key)),
  }),
  route({
    method: 'POST',
    url: '/api/events/:key/review',
    access: 'analyst',
    tag: 'review',
    summary: "accept, reject, or correct an event's type, actors, time or place; kept across re-analysis",
    params: KeyParam,
    body: ReviewDecision,
    response: Review,
    handler: async ({ params, body, store, caller }) =>
      (await store.review(params.key, body, caller!.actor)) ?? Promise.reject(notFound('event', params.key)),
  }),
  route({
    method: 'DELETE',
    url: '/api/events/:key/review',
    access: 'analyst',
    tag: 'review',
    summary: 'withdraw the review decision on an event',
    params: KeyParam,
    response: Ok,
    handler: async ({ params, store, caller }) =>
      (await store.clearReview(params.key, caller!.actor)) ? { ok: true as const } : Promise.reject(notFound('review of event', params.key)),
  }),
  route({
    method: 'GET',
    url: '/api/aggregates/:kind',
    access: 'viewer',
    tag: 'events',
    summary: 'event counts by day, week or month and type, by actor pair (and type, with names), by country, or by place; rejected, negated, denied and hypothetical events are left out unless the filter names review, polarity or hypothetical',
    params: z.object({ kind: AggregateKind }).strict(),
    query: filterOnly,
    response: z.object({ kind: AggregateKind, rows: z.array(AggregateRow) }),
    handler: async ({ params, query, store }) => ({ kind: params.kind, rows: await store.aggregate(params.kind, query) }),
  }),
  route({
    method: 'GET',
    url: '/api/exports/:format',
    access: 'viewer',
    tag: 'exports',
    summary: 'every event matching the filter as JSONL, GDELT 2.0 Events or Mentions TSV, ACLED-style CSV or CSV, streamed',
    params: z.object({ format: ExportFormat }).strict(),
    query: filterOnly,
    response: null,
    produces: [...new Set(Object.values(FORMATS).map((f) => f.contentType))],
    handler: async ({ params, query, store, reply }) => {
      const spec = FORMATS[params.format];
      reply.header('content-type', `${spec.contentType}; charset=utf-8`);
      reply.header('content-disposition', `attachment; filename="sumber-events.${spec.extension}"`);
      return Readable.from(exportLines(params.format, store.streamEvents(query)));
    },
  }),
];
