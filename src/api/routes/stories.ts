// The cross-article layer: stories, merged events with their mentions, disagreements between sources,
// analysts' splits, and watchlists with their hits.
import { z } from 'zod';
import { route } from '../route.ts';
import { HttpError, notFound } from '../http-error.ts';
import { IdParam, KeyParam, Ok, PageQuery } from '../schemas.ts';
import { Page } from '../../store/records.ts';
import { storiesOf, type StoryIndex } from '../../store/stories.ts';
import type { Store } from '../../store/types.ts';
import { MergedEvent, MergedEventFilter, SourceDisagreement, Story, Watchlist, WatchlistHit, WatchlistInput } from '../../schema/story.ts';

const index = (store: Store): StoryIndex => storiesOf(store);

const StoryArticle = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  location: z.string().describe('its URL, else the file or input it was read from'),
  source: z.string(),
  lang: z.string(),
  publishedAt: z.string(),
  copiedBy: z.array(z.string()).describe('other outlets that carried it verbatim'),
});
const StoryDetail = z.object({ story: Story, articles: z.array(StoryArticle), events: z.array(MergedEvent) });
const Split = z.object({ mentionKey: z.string(), note: z.string().nullable(), actor: z.string(), at: z.string() });
const MergedEventDetail = z.object({ event: MergedEvent, disagreements: z.array(SourceDisagreement), splits: z.array(Split) });
const SplitRequest = z
  .object({ mention: z.string().min(1).max(500).describe('the mention key (articleId#eventId) to split off'), note: z.string().max(2000).optional() })
  .strict();

export const storyRoutes = [
  route({
    method: 'GET',
    url: '/api/stories',
    access: 'viewer',
    tag: 'stories',
    summary: 'stories, latest first: articles about the same events, across languages, copies and sources',
    query: PageQuery.strict(),
    response: Page(Story),
    handler: async ({ query, store }) => index(store).listStories(query),
  }),
  route({
    method: 'GET',
    url: '/api/stories/:id',
    access: 'viewer',
    tag: 'stories',
    summary: 'one story with its articles (and their verbatim copies elsewhere) and its merged events',
    params: IdParam,
    response: StoryDetail,
    handler: async ({ params, store }) => (await index(store).getStory(params.id)) ?? Promise.reject(notFound('story', params.id)),
  }),
  route({
    method: 'GET',
    url: '/api/merged-events',
    access: 'viewer',
    tag: 'stories',
    summary: 'events merged across articles, latest first report first, filtered by type, actor, place, keyword, dates, sources, dispute',
    query: MergedEventFilter.extend(PageQuery.shape).strict(),
    response: Page(MergedEvent),
    handler: async ({ query: { limit, cursor, ...filter }, store }) => index(store).listMergedEvents(filter, { limit, cursor }),
  }),
  route({
    method: 'GET',
    url: '/api/merged-events/:id',
    access: 'viewer',
    tag: 'stories',
    summary: 'one merged event with every mention and why it was merged, its disagreements and analysts’ splits',
    params: IdParam,
    response: MergedEventDetail,
    handler: async ({ params, store }) => (await index(store).getMergedEvent(params.id)) ?? Promise.reject(notFound('merged event', params.id)),
  }),
  route({
    method: 'POST',
    url: '/api/merged-events/:id/split',
    access: 'analyst',
    tag: 'stories',
    summary: 'split a mention off a merged event; kept across recomputation and audited. Answers the event it now forms',
    params: IdParam,
    body: SplitRequest,
    response: MergedEvent,
    handler: async ({ params, body, store, caller }) => {
      const r = await index(store).split(params.id, body.mention, body.note ?? null, caller!.actor);
      if (r === 'no-event') throw notFound('merged event', params.id);
      if (r === 'no-mention') throw new HttpError(400, 'bad_request', `merged event '${params.id}' has no mention '${body.mention}'`, 'mention');
      if (r === 'alone') throw new HttpError(409, 'conflict', `mention '${body.mention}' is already an event of its own`, 'mention');
      return r;
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/merged-events/splits/:key',
    access: 'analyst',
    tag: 'stories',
    summary: 'withdraw a split: the mention merges again where it fits',
    params: KeyParam,
    response: Ok,
    handler: async ({ params, store, caller }) =>
      (await index(store).unsplit(params.key, caller!.actor)) ? { ok: true as const } : Promise.reject(notFound('split of mention', params.key)),
  }),
  route({
    method: 'GET',
    url: '/api/disagreements',
    access: 'viewer',
    tag: 'stories',
    summary: 'where sources disagree on a merged event (denial, stage, count), both claims with their source chains',
    query: z
      .object({ event: z.string().max(100).optional(), kind: SourceDisagreement.shape.kind.optional(), ...PageQuery.shape })
      .strict(),
    response: Page(SourceDisagreement),
    handler: async ({ query: { limit, cursor, ...q }, store }) => index(store).listDisagreements(q, { limit, cursor }),
  }),
  route({
    method: 'GET',
    url: '/api/watchlists',
    access: 'analyst',
    tag: 'watchlists',
    summary: 'saved filters whose new matches are listed and POSTed to their webhook',
    response: z.object({ items: z.array(Watchlist) }),
    handler: async ({ store }) => ({ items: await index(store).listWatchlists() }),
  }),
  route({
    method: 'POST',
    url: '/api/watchlists',
    access: 'analyst',
    tag: 'watchlists',
    summary: 'save a watchlist; what matches now is listed as baseline, later matches are new (and POSTed)',
    body: WatchlistInput,
    response: Watchlist,
    status: 201,
    handler: async ({ body, store, caller }) => index(store).createWatchlist(body, caller!.actor),
  }),
  route({
    method: 'GET',
    url: '/api/watchlists/:id',
    access: 'analyst',
    tag: 'watchlists',
    summary: 'one watchlist',
    params: IdParam,
    response: Watchlist,
    handler: async ({ params, store }) => (await index(store).getWatchlist(params.id)) ?? Promise.reject(notFound('watchlist', params.id)),
  }),
  route({
    method: 'PATCH',
    url: '/api/watchlists/:id',
    access: 'analyst',
    tag: 'watchlists',
    summary: 'replace a watchlist; its hits start again from what matches now',
    params: IdParam,
    body: WatchlistInput,
    response: Watchlist,
    handler: async ({ params, body, store, caller }) =>
      (await index(store).updateWatchlist(params.id, body, caller!.actor)) ?? Promise.reject(notFound('watchlist', params.id)),
  }),
  route({
    method: 'DELETE',
    url: '/api/watchlists/:id',
    access: 'analyst',
    tag: 'watchlists',
    summary: 'delete a watchlist and its hits',
    params: IdParam,
    response: Ok,
    handler: async ({ params, store, caller }) =>
      (await index(store).deleteWatchlist(params.id, caller!.actor)) ? { ok: true as const } : Promise.reject(notFound('watchlist', params.id)),
  }),
  route({
    method: 'GET',
    url: '/api/watchlists/:id/hits',
    access: 'analyst',
    tag: 'watchlists',
    summary: 'merged events and disagreements the watchlist matched, newest first, with their webhook delivery',
    params: IdParam,
    query: z
      .object({ baseline: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('include what matched when it was saved'), ...PageQuery.shape })
      .strict(),
    response: Page(WatchlistHit),
    handler: async ({ params, query: { limit, cursor, baseline }, store }) => {
      const idx = index(store);
      if (!(await idx.getWatchlist(params.id))) throw notFound('watchlist', params.id);
      return idx.listHits(params.id, { includeBaseline: baseline }, { limit, cursor });
    },
  }),
];
