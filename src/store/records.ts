// What the store hands out: the zod schemas shared by the store, the HTTP API (validation and the OpenAPI
// document) and the CLI's output. The analysis itself is src/schema/analysis.ts.
import { z } from 'zod';
import { Analysis, Event, Granularity, PloverType, Quote, Claim, Contradiction, Stage, EntityType, Polarity } from '../schema/analysis.ts';
import { Article } from '../schema/article.ts';
import { isCalendarDate } from '../schema/date.ts';

export const Role = z.enum(['viewer', 'analyst', 'admin']);
export type Role = z.infer<typeof Role>;
const ROLE_RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };
export const roleAtLeast = (role: Role, needed: Role): boolean => ROLE_RANK[role] >= ROLE_RANK[needed];

/** Who made a change, for the audit log. */
export const Actor = z.object({
  kind: z.enum(['user', 'token', 'anonymous', 'cli']),
  id: z.string().describe('user id, token id, or the OS user for the CLI'),
  name: z.string(),
});
export type Actor = z.infer<typeof Actor>;

export const ReviewStatus = z.enum(['accepted', 'corrected', 'rejected']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const ParticipantRef = z.object({
  entityId: z.string().nullable(),
  name: z.string(),
  actorCode: z.string().nullable(),
  country: z.string().nullable(),
});
export type ParticipantRef = z.infer<typeof ParticipantRef>;

export const PlaceRef = z.object({
  entityId: z.string().nullable(),
  name: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country: z.string().nullable(),
});
export type PlaceRef = z.infer<typeof PlaceRef>;

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD')
  .refine(isCalendarDate, 'an ISO date, YYYY-MM-DD, on a day the calendar has');

/** A list filter may name at most this many values (the API refuses more, naming the parameter). */
export const MAX_LIST_ITEMS = 50;

export const EventTime = z.object({ start: IsoDate.nullable(), end: IsoDate.nullable(), granularity: Granularity });

export const Certainty = z.enum(['certain', 'probable', 'possible']);
export type Certainty = z.infer<typeof Certainty>;

/** What an analyst changes on an event; absent fields keep the machine's value. */
export const Correction = z
  .object({
    type: PloverType.optional(),
    actors: z.array(ParticipantRef).optional(),
    recipients: z.array(ParticipantRef).optional(),
    time: EventTime.optional(),
    place: PlaceRef.nullable().optional(),
    stage: Stage.optional(),
    polarity: Polarity.optional(),
    certainty: Certainty.optional(),
  })
  .strict();
export type Correction = z.infer<typeof Correction>;

export const ReviewDecision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }).strict(),
  z.object({ action: z.literal('reject'), note: z.string().max(2000).optional() }).strict(),
  z.object({ action: z.literal('correct'), correction: Correction, note: z.string().max(2000).optional() }).strict(),
]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const Review = z.object({
  status: ReviewStatus,
  correction: Correction.nullable(),
  note: z.string().nullable(),
  reviewer: z.string(),
  reviewedAt: z.string(),
});
export type Review = z.infer<typeof Review>;

const CameoRef = z.object({ code: z.string(), root: z.string(), base: z.string(), label: z.string() });

/** What kind of event it is: its PLOVER type and mode and the CAMEO code, QuadClass and Goldstein value that go with them. */
export const EventClass = z.object({
  type: PloverType,
  mode: z.string().nullable(),
  cameo: CameoRef,
  quadClass: z.number().int(),
  goldstein: z.number().nullable(),
});
export type EventClass = z.infer<typeof EventClass>;

/** One event as a row: the machine's values, with an analyst's correction applied when there is one. */
export const EventRecord = z.object({
  key: z.string().describe('stable: article id, sentence, trigger offsets and machine type'),
  articleId: z.string(),
  eventId: z.string(),
  date: IsoDate.describe('start of the event time, else the publication date'),
  type: PloverType,
  machineType: PloverType,
  mode: z.string().nullable(),
  cameo: CameoRef.describe("the corrected type's default code when an analyst changed the type"),
  machineCameo: z.string().describe('the CAMEO code the machine gave'),
  quadClass: z.number().int(),
  goldstein: z.number().nullable(),
  actors: z.array(ParticipantRef),
  recipients: z.array(ParticipantRef),
  place: PlaceRef.nullable(),
  time: EventTime.nullable(),
  stage: Stage,
  polarity: Polarity,
  certainty: Certainty,
  hypothetical: z.boolean().default(false).describe('only supposed or conditional ("if … were"); left out of counts by default'),
  confidence: z.number(),
  sentence: z.number().int(),
  trigger: z.string(),
  // Defaults keep records stored before these fields readable.
  object: z.string().nullable().default(null).describe('what is sent, supplied, sold or signed'),
  purpose: z.string().nullable().default(null).describe('what the act is for, when stated'),
  fatalities: z.number().int().nullable().default(null).describe('people the text counts as killed in the event (ACLED fatalities); null when it gives no number'),
  evidence: z.string().describe('the sentence the event was found in'),
  attributedTo: z.string().nullable().describe('innermost source of the claim'),
  source: z.string().nullable().describe("the article's publisher, else its host"),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lang: z.string().nullable(),
  articleChars: z.number().int().describe('length of the analysed text'),
  review: Review.nullable(),
});
export type EventRecord = z.infer<typeof EventRecord>;

export const EventDetail = EventRecord.extend({ event: Event });
export type EventDetail = z.infer<typeof EventDetail>;

export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  lang: z.string().nullable(),
  publishedAt: z.string().nullable(),
  fetchedAt: z.string(),
  analyzed: z.boolean(),
  eventCount: z.number().int(),
  snippet: z.string().nullable().describe('matching text, for searches'),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A stored article that points at another: as its original, or as the first copy of its near-duplicate group. */
export const ArticleBacklink = z.object({
  id: z.string(),
  relation: z.enum(['translation', 'republication', 'near-duplicate']),
  title: z.string().nullable(),
  source: z.string().nullable(),
  lang: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type ArticleBacklink = z.infer<typeof ArticleBacklink>;

export const ArticleDetail = z.object({
  article: Article,
  analysis: Analysis.nullable(),
  reviews: z.record(z.string(), Review).describe('review decisions by event key'),
  correctedClasses: z
    .record(z.string(), EventClass)
    .describe("by event key, the class of each event whose type an analyst corrected (the analysis keeps the machine's)"),
  nearDuplicateOf: z.string().nullable(),
  originalId: z.string().nullable(),
  linkedFrom: z.array(ArticleBacklink).describe('translations, republications and near-duplicates of this article'),
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;

export const EntitySummary = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  country: z.string().nullable(),
  actorCode: z.string().nullable(),
  articleCount: z.number().int(),
  mentionCount: z.number().int(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const QuoteRecord = z.object({ articleId: z.string(), title: z.string().nullable(), quote: Quote });
export type QuoteRecord = z.infer<typeof QuoteRecord>;

export const ContradictionRecord = z.object({
  articleId: z.string(),
  title: z.string().nullable(),
  contradiction: Contradiction,
  claims: z.array(Claim),
});
export type ContradictionRecord = z.infer<typeof ContradictionRecord>;

export const User = z.object({ id: z.string(), name: z.string(), role: Role, createdAt: z.string(), disabled: z.boolean() });
export type User = z.infer<typeof User>;

export const TokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  user: z.string(),
  role: Role,
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: Actor.shape.kind,
  actor: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Filters over events, shared by the API's query string, the CLI's options and exports. */
export const EventFilter = z
  .object({
    actor: z.string().min(1).optional().describe('entity id or actor code of an actor'),
    recipient: z.string().min(1).optional().describe('entity id or actor code of a recipient'),
    country: z.string().length(3).optional().describe('ISO alpha-3 of the place or of a participant'),
    type: z.array(PloverType).max(MAX_LIST_ITEMS).optional(),
    stage: z.array(Stage).max(MAX_LIST_ITEMS).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    place: z.string().min(1).optional().describe('place name or entity id'),
    source: z.string().min(1).optional().describe("the article's publisher or host"),
    review: z.array(z.enum(['unreviewed', ...ReviewStatus.options])).max(MAX_LIST_ITEMS).optional(),
    article: z.string().optional(),
    polarity: z.array(Polarity).max(MAX_LIST_ITEMS).optional(),
    certainty: z.array(Certainty).max(MAX_LIST_ITEMS).optional(),
    hypothetical: z.enum(['true', 'false']).optional().describe('true: only hypothetical or conditional events; false: none of them'),
    minConfidence: z.coerce.number().min(0).max(1).optional(),
    maxConfidence: z.coerce.number().min(0).max(1).optional(),
  })
  .strict();
export type EventFilter = z.infer<typeof EventFilter>;

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable().describe('pass as cursor for the next page') });

/**
 * What charts count when the filter does not say: rejected, negated, denied and hypothetical events are
 * listed but not counted. A filter that names review statuses, polarities or hypothetical keeps its own.
 */
export function countedFilter(f: EventFilter): EventFilter {
  return {
    ...f,
    review: f.review ?? ['unreviewed', 'accepted', 'corrected'],
    polarity: f.polarity ?? ['asserted'],
    hypothetical: f.hypothetical ?? 'false',
  };
}

/** Events listed newest first, or by confidence, lowest first (the review queue's order). */
export const EventSort = z.enum(['date', 'confidence']);
export type EventSort = z.infer<typeof EventSort>;

export const EventCount = z.object({
  total: z.number().int().describe('events matching the filter'),
  counted: z.number().int().describe('of those, the ones charts count: not rejected, negated, denied or hypothetical unless the filter asks'),
});
export type EventCount = z.infer<typeof EventCount>;

export const AggregateRow = z.object({
  key: z.array(z.string().nullable()),
  count: z.number().int(),
  labels: z.array(z.string().nullable()).optional().describe("names beside the key's ids (actors), or a place's name and coordinates"),
});
export type AggregateRow = z.infer<typeof AggregateRow>;
/**
 * day-type, week-type, month-type: counts by period start and type; actor-pair: by actor and recipient;
 * actor-pair-type: by actor, recipient and type (labels: their names and codes); actor: by participant, as actor
 * or recipient (labels: name, code); country: by country; place: by place and country (labels: name, lat, lon),
 * events without coordinates by their country alone.
 */
export const AggregateKind = z.enum(['day-type', 'week-type', 'month-type', 'actor-pair', 'actor-pair-type', 'actor', 'country', 'place']);
export type AggregateKind = z.infer<typeof AggregateKind>;
