// Across articles: one real event with all the reports behind it, the stories articles form, and where sources
// disagree. Computed from per-article analyses; stored and served like them.
import { z } from 'zod';
import { Bound, Granularity, PloverType, Polarity, Stage, SourceLink } from './analysis.ts';

/** One report of an event: where an article mentions it, as GDELT's Mentions table keeps it. */
export const EventMention = z.object({
  key: z.string().describe('articleId#eventId: stable while the article is not re-analysed'),
  articleId: z.string(),
  eventId: z.string(),
  source: z.string().describe('the outlet that published the article'),
  claimant: z.string().describe('who asserts it: the innermost link of its source chain'),
  claimantId: z.string().describe("the claimant's entity id when known, else its name: one claimant across languages"),
  chain: z.array(SourceLink),
  lang: z.string(),
  reportedAt: z.string().describe('publication date of the article'),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe('the trigger'),
  stage: Stage,
  polarity: Polarity,
  hypothetical: z.boolean(),
  quantities: z.array(
    z.object({ value: z.number(), valueMax: z.number().nullable(), bound: Bound, item: z.string().nullable(), text: z.string() }),
  ),
  copiedBy: z.array(z.string()).describe('other outlets that carried the same article verbatim'),
  reason: z.string().describe('why this mention was merged into the event'),
});
export type EventMention = z.infer<typeof EventMention>;

export const MergedEvent = z.object({
  id: z.string(),
  type: PloverType,
  mode: z.string().nullable(),
  cameo: z.string(),
  actors: z.array(z.string()).describe('actor codes'),
  recipients: z.array(z.string()),
  place: z.object({ name: z.string(), entityId: z.string(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
  time: z.object({ start: z.string().nullable(), end: z.string().nullable(), granularity: Granularity }).nullable(),
  mentions: z.array(EventMention).min(1),
  counts: z.object({ mentions: z.number().int(), articles: z.number().int(), sources: z.number().int() }),
  firstReport: z.string(),
  latestReport: z.string(),
  status: z.string().describe('what the sources say, e.g. "reported by 3 sources, denied by 1"'),
});
export type MergedEvent = z.infer<typeof MergedEvent>;

export const SourceDisagreement = z.object({
  id: z.string(),
  eventId: z.string(),
  kind: z.enum(['polarity', 'stage', 'quantity']),
  scope: z.enum(['between-sources', 'within-article']).describe('two outlets disagree, or one article reports both claims'),
  reason: z.string(),
  mentions: z.tuple([z.string(), z.string()]).describe('the two mention keys'),
  claims: z.tuple([EventMention, EventMention]).describe('both claims, each with its source chain'),
});
export type SourceDisagreement = z.infer<typeof SourceDisagreement>;

export const Story = z.object({
  id: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  languages: z.array(z.string()),
  sources: z.array(z.string()),
  articleIds: z.array(z.string()),
  eventIds: z.array(z.string()),
  reasons: z.array(z.string()).describe('why its articles belong together'),
});
export type Story = z.infer<typeof Story>;

/** What to look for among merged events: every given list must match one of its values; lists are ORs. */
export const MergedEventFilter = z.object({
  type: z.array(PloverType).optional().describe('PLOVER types'),
  actor: z.array(z.string().min(1).max(200)).optional().describe('actor codes, country codes or entity ids of actors or recipients (prefixes)'),
  place: z.array(z.string().min(1).max(200)).optional().describe('place names or entity ids (substrings)'),
  keyword: z.array(z.string().min(1).max(200)).optional().describe('words in triggers, claimants, places or article titles'),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD').optional().describe('latest report on or after'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD').optional().describe('first report on or before'),
  minSources: z.coerce.number().int().min(1).optional().describe('at least this many distinct sources'),
  disputed: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('only events sources disagree on'),
});
export type MergedEventFilter = z.infer<typeof MergedEventFilter>;

/** A saved filter: new merged events and disagreements that match are listed and, with a webhook, POSTed. */
export const WatchlistInput = z
  .object({
    name: z.string().min(1).max(200),
    filter: z
      .object({
        type: z.array(PloverType).optional(),
        actor: z.array(z.string().min(1).max(200)).optional(),
        place: z.array(z.string().min(1).max(200)).optional(),
        keyword: z.array(z.string().min(1).max(200)).optional(),
        minSources: z.number().int().min(1).optional(),
      })
      .strict(),
    disagreements: z.boolean().default(true).describe('also list disagreements between sources on matching events'),
    webhook: z.string().url().max(2000).nullable().default(null).describe('http(s) URL that receives new matches as JSON'),
  })
  .strict();
export type WatchlistInput = z.infer<typeof WatchlistInput>;

export const Watchlist = z.object({
  id: z.string(),
  name: z.string(),
  filter: WatchlistInput.shape.filter,
  disagreements: z.boolean(),
  webhook: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Watchlist = z.infer<typeof Watchlist>;

export const WatchlistHit = z.object({
  watchlistId: z.string(),
  kind: z.enum(['event', 'disagreement']),
  targetId: z.string(),
  eventId: z.string(),
  foundAt: z.string(),
  baseline: z.boolean().describe('already matched when the watchlist was saved: listed, never POSTed'),
  delivery: z.enum(['none', 'pending', 'delivered', 'failed']),
  deliveryError: z.string().nullable(),
  summary: z.string().describe('the event status or the disagreement reason'),
});
export type WatchlistHit = z.infer<typeof WatchlistHit>;
