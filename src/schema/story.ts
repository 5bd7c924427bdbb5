// Across articles: one real event with all the reports behind it, the stories articles form, and where sources
// disagree. Computed from per-article analyses; stored and served like them.
import { z } from 'zod';
import { Bound, Granularity, PloverType, Stage, SourceLink } from './analysis.ts';

/** One report of an event: where an article mentions it, as GDELT's Mentions table keeps it. */
export const EventMention = z.object({
  key: z.string().describe('articleId#eventId: stable while the article is not re-analysed'),
  articleId: z.string(),
  eventId: z.string(),
  source: z.string().describe('the outlet that published the article'),
  claimant: z.string().describe('who asserts it: the innermost link of its source chain'),
  chain: z.array(SourceLink),
  lang: z.string(),
  reportedAt: z.string().describe('publication date of the article'),
  sentence: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe('the trigger'),
  stage: Stage,
  polarity: z.enum(['asserted', 'negated']),
  hypothetical: z.boolean(),
  quantities: z.array(
    z.object({ value: z.number(), valueMax: z.number().nullable(), bound: Bound, item: z.string().nullable(), text: z.string() }),
  ),
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
  reason: z.string(),
  mentions: z.tuple([z.string(), z.string()]).describe('the two mention keys'),
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
