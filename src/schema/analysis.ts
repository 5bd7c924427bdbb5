// The one schema of an analysed article. The CLI's JSON, `sumber schema`, the store's boundary,
// the HTTP API and the dashboard all use these types; change them here and nowhere else.
import { z } from 'zod';
import { BOUNDS, ENTITY_TYPES, PLOVER_TYPES, SCHEMA_VERSION, TIME_MODIFIERS } from './vocabulary.ts';

export { SCHEMA_VERSION };

/** Character offsets into the analysed (normalised) text; `text` is exactly text.slice(start, end). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

/** A span inside a sentence: what an analyst clicks to check a fact. */
export const Evidence = Span.extend({
  sentence: z.number().int().nonnegative().describe('index into sentences'),
});
export type Evidence = z.infer<typeof Evidence>;

export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

export const TokenKind = z.enum(['word', 'number', 'punct', 'symbol']);
export const Token = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: TokenKind,
  sentence: z.number().int().nonnegative(),
});
export type Token = z.infer<typeof Token>;

// ---------------------------------------------------------------- entities

export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const GeoLink = z.object({
  geonamesId: z.number().int().nullable(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().length(3).nullable().describe('ISO 3166 alpha-3 of the country the place is in'),
  featureCode: z.string().nullable(),
});
export type GeoLink = z.infer<typeof GeoLink>;

/** A real-world thing, once per article, with the canonical links of all its mentions. */
export const Entity = z.object({
  id: z
    .string()
    .describe('stable across articles: country:PRK, actor:PRKGOV, geonames:709717, person:pat-ryder, media:reuters'),
  type: EntityType,
  name: z.string().describe('canonical name'),
  country: z.string().length(3).nullable().describe('ISO 3166 alpha-3 the entity belongs to'),
  actorCode: z.string().nullable().describe('CAMEO-style actor code: PRKGOV, USAMIL, UKR'),
  geo: GeoLink.nullable(),
  mentionIds: z.array(z.string()),
});
export type Entity = z.infer<typeof Entity>;

export const MentionSource = z.enum(['gazetteer', 'model', 'title', 'coreference', 'pattern', 'llm']);

export const Mention = Evidence.extend({
  id: z.string(),
  entityId: z.string(),
  type: EntityType,
  actorCode: z.string().nullable(),
  metonymOf: z
    .string()
    .nullable()
    .describe('entity id of the place named when the mention means its government ("Pyongyang berencana")'),
  source: MentionSource,
  confidence: z.number().min(0).max(1),
  form: z
    .enum(['name', 'adjective', 'role'])
    .describe(
      'name: a proper name ("Russia", "Korea Utara", "Pat Ryder"); adjective: a demonym or nationality adjective ' +
        '("Russian", "Iraqis"); role: a title phrase standing for a person ("Sekretaris Jenderal Pers Pentagon")',
    ),
});
export type Mention = z.infer<typeof Mention>;

// ---------------------------------------------------------------- time

export const Granularity = z.enum(['day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century']);
export type Granularity = z.infer<typeof Granularity>;

export const TimeModifier = z.enum(TIME_MODIFIERS);

export const TimeExpr = Evidence.extend({
  id: z.string(),
  value: z.string().describe('TIMEX3-like value: 2024-06-26, 2024-07, 2023-FA, 2024-W26, 2023'),
  granularity: Granularity,
  modifier: TimeModifier.nullable(),
  interval: z.object({
    start: z.string().nullable().describe('first day, ISO date; null when open to the past'),
    end: z.string().nullable().describe('last day, inclusive, ISO date; null when open to the future'),
  }),
  relative: z.boolean().describe('resolved against the publication date'),
});
export type TimeExpr = z.infer<typeof TimeExpr>;

// ---------------------------------------------------------------- quantities

export const Bound = z.enum(BOUNDS);
export type Bound = z.infer<typeof Bound>;

export const Quantity = Evidence.extend({
  id: z.string(),
  value: z.number(),
  valueMax: z.number().nullable().describe('upper end of a range'),
  bound: Bound,
  unit: z.string().nullable().describe('counting unit or measure, in English: unit, container, percent, USD'),
  item: z.string().nullable().describe('what is counted, in English where the pack knows it: ballistic missile'),
  itemSpan: Span.nullable(),
});
export type Quantity = z.infer<typeof Quantity>;

// ---------------------------------------------------------------- sources and attribution

export const SourceKind = z.enum(['article', 'media', 'person', 'organization', 'government', 'military', 'unknown']);

/** One link in the chain of who says so, outermost (the article) first. */
export const SourceLink = z.object({
  kind: SourceKind,
  name: z.string(),
  entityId: z.string().nullable(),
  mentionId: z.string().nullable(),
  cue: Evidence.nullable().describe('reporting word that introduces the next link ("melaporkan", "mengutip")'),
});
export type SourceLink = z.infer<typeof SourceLink>;

export const Attribution = z.object({
  chain: z.array(SourceLink).min(1),
  quoteId: z.string().nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Quote = z.object({
  id: z.string(),
  direct: z.boolean(),
  speaker: z
    .object({ entityId: z.string().nullable(), mentionId: z.string().nullable(), text: z.string() })
    .nullable(),
  cue: Evidence.nullable(),
  content: Evidence,
  sentences: z.array(z.number().int().nonnegative()),
  attribution: Attribution,
});
export type Quote = z.infer<typeof Quote>;

// ---------------------------------------------------------------- events

export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export const Stage = z.enum(['planned', 'expected', 'announced', 'begun', 'ongoing', 'completed', 'historical']);
export type Stage = z.infer<typeof Stage>;

export const Polarity = z
  .enum(['asserted', 'negated', 'denied'])
  .describe('denied: a participant of the event says it is not so (a denial event links to it)');
export type Polarity = z.infer<typeof Polarity>;

export const Modality = z.object({
  stage: Stage,
  polarity: Polarity,
  certainty: z.enum(['certain', 'probable', 'possible']),
  threat: z.boolean(),
  conditional: z.boolean(),
  hypothetical: z.boolean(),
  cues: z.array(Evidence).describe('the words that set the modality'),
});
export type Modality = z.infer<typeof Modality>;

export const Participant = Evidence.extend({
  entityId: z.string(),
  mentionId: z.string(),
  actorCode: z.string().nullable(),
  country: z.string().nullable(),
});
export type Participant = z.infer<typeof Participant>;

/**
 * What a denial denies: an event of the article when it can be resolved, and always the signature of the
 * denied act, so that claims of other articles can be matched against it ("denied by Russia").
 */
export const Denial = z.object({
  eventId: z.string().nullable().describe('the denied event of this article, when resolved'),
  signature: z.string().describe('type|actors|recipients of the denied act, as in Claim.signature'),
  evidence: Evidence.describe('what is denied: "the claim", "klaim tersebut", the clause after "denied that"'),
});
export type Denial = z.infer<typeof Denial>;

export const Event = z.object({
  id: z.string(),
  sentence: z.number().int().nonnegative(),
  type: PloverType,
  mode: z.string().nullable().describe('PLOVER mode: military, troops, violence, aerial…'),
  context: z.array(z.string()),
  cameo: z.object({
    code: z.string().describe('full CAMEO code, e.g. 0234'),
    root: z.string(),
    base: z.string(),
    label: z.string(),
  }),
  quadClass: z.number().int().min(1).max(4).describe('PLOVER quad class (1 verbal, 2 material cooperation; 3 verbal, 4 material conflict); GDELT exports use the CAMEO-root rule'),
  goldstein: z.number().nullable(),
  trigger: Evidence,
  actors: z.array(Participant),
  recipients: z.array(Participant),
  location: Evidence.extend({
    entityId: z.string(),
    mentionId: z.string(),
    name: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    country: z.string().nullable(),
  }).nullable(),
  time: z
    .object({ timeId: z.string(), start: z.string().nullable(), end: z.string().nullable(), granularity: Granularity })
    .nullable(),
  quantityIds: z.array(z.string()),
  // Defaults keep analyses stored before these fields readable.
  object: Evidence.nullable().default(null).describe('the theme: what is sent, supplied, sold or signed ("Korps Teknik", "ammunition")'),
  purpose: Evidence.nullable().default(null).describe('what the act is for, when stated ("untuk pekerjaan rekonstruksi")'),
  denies: Denial.nullable().default(null).describe('for a denial: what it denies'),
  modality: Modality,
  attribution: Attribution,
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;

// ---------------------------------------------------------------- claims

export const Claim = z.object({
  id: z.string(),
  eventId: z.string(),
  signature: z.string().describe('type|actors|recipients: what two claims must share to be about one event'),
  stage: Stage,
  polarity: Polarity,
  attribution: Attribution,
  evidence: Evidence,
});
export type Claim = z.infer<typeof Claim>;

export const Contradiction = z.object({
  id: z.string(),
  claimIds: z.tuple([z.string(), z.string()]),
  kind: z.enum(['polarity', 'stage', 'quantity']),
  reason: z.string(),
});
export type Contradiction = z.infer<typeof Contradiction>;

export const Provenance = z.object({
  relation: z.enum(['original', 'translation', 'republication']),
  publisher: z.string().nullable().describe('byline publisher, e.g. Aboluowang.com'),
  original: z
    .object({ title: z.string().nullable(), url: z.string().nullable(), evidence: Evidence.nullable() })
    .nullable(),
  evidence: z.array(Evidence),
});
export type Provenance = z.infer<typeof Provenance>;

// ---------------------------------------------------------------- the document

export const Analysis = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().describe('sha256 of the normalised text'),
  lang: z.object({ code: z.string(), confidence: z.number().min(0).max(1), detected: z.boolean() }),
  limits: z
    .string()
    .nullable()
    .default(null)
    .describe('what was not analysed and why, e.g. "no language pack for zh: entities and times only"; null when the article was read in full'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().describe('ISO date the relative times were resolved against'),
  publishedAtSource: z.enum(['option', 'document', 'today']),
  text: z.string(),
  sentences: z.array(Sentence),
  tokens: z.array(Token),
  entities: z.array(Entity),
  mentions: z.array(Mention),
  times: z.array(TimeExpr),
  quantities: z.array(Quantity),
  events: z.array(Event),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  contradictions: z.array(Contradiction),
  provenance: Provenance,
  analyzer: z.object({ version: z.string(), backends: z.array(z.string()) }),
});
export type Analysis = z.infer<typeof Analysis>;

export function analysisJsonSchema(): unknown {
  return z.toJSONSchema(Analysis, { target: 'draft-2020-12' });
}
