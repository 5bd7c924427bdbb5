// Turns the analyser's events into the rows the store, the API and the exports share, and lays an
// analyst's correction over the machine's values.
import type { Analysis, Event } from '../schema/analysis.ts';
import { cameoForPlover, cameoRef, quadClassOf } from '../events/cameo.ts';
import { eventKey } from './event-key.ts';
import { fatalities } from '../events/fatalities.ts';
import type { EventClass, EventRecord, ParticipantRef, Review } from './records.ts';

export interface ArticleFacts {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  lang: string | null;
  source: string | null;
}

/** What the store keeps of an event; the review and what it implies are laid over it when read. */
export type MachineRecord = Omit<EventRecord, 'review' | 'machineCameo'>;

export function machineRecord(article: ArticleFacts, analysis: Analysis, event: Event): MachineRecord {
  const entityName = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const participant = (p: Event['actors'][number]): ParticipantRef => ({
    entityId: p.entityId,
    name: entityName.get(p.entityId) ?? p.text,
    actorCode: p.actorCode,
    country: p.country,
  });
  const chain = event.attribution.chain;
  const loc = event.location;
  return {
    key: eventKey(article.id, event),
    articleId: article.id,
    eventId: event.id,
    date: (event.time?.start ?? analysis.publishedAt).slice(0, 10),
    type: event.type,
    machineType: event.type,
    mode: event.mode,
    cameo: event.cameo,
    quadClass: event.quadClass,
    goldstein: event.goldstein,
    actors: event.actors.map(participant),
    recipients: event.recipients.map(participant),
    place: loc ? { entityId: loc.entityId, name: loc.name, lat: loc.lat, lon: loc.lon, country: loc.country } : null,
    time: event.time ? { start: event.time.start, end: event.time.end, granularity: event.time.granularity } : null,
    stage: event.modality.stage,
    polarity: event.modality.polarity,
    certainty: event.modality.certainty,
    hypothetical: event.modality.hypothetical || event.modality.conditional,
    confidence: event.confidence,
    sentence: event.sentence,
    trigger: event.trigger.text,
    object: event.object?.text ?? null,
    purpose: event.purpose?.text ?? null,
    fatalities: fatalities(event, analysis.quantities),
    evidence: analysis.sentences[event.sentence]?.text ?? '',
    attributedTo: chain.length > 1 ? chain.at(-1)!.name : null,
    source: article.source,
    url: article.url,
    title: article.title,
    publishedAt: article.publishedAt,
    lang: article.lang,
    articleChars: analysis.text.length,
  };
}

/**
 * The class an analyst's type correction gives an event: the type's default CAMEO code, keeping the machine's
 * mode where the new type has it, and that code's QuadClass and Goldstein value. Null when the type stands.
 */
export function correctedClass(machine: EventClass, review: Review | null): EventClass | null {
  const type = review?.status === 'corrected' ? review.correction?.type : undefined;
  if (!type || type === machine.type) return null;
  const code = cameoForPlover(type, machine.mode);
  return {
    type,
    mode: code.mode,
    cameo: cameoRef(code),
    quadClass: code.quad ?? quadClassOf(type),
    goldstein: code.goldstein,
  };
}

/**
 * The event as an analyst left it: corrected fields replace the machine's, the machine's type and code stay
 * visible. Extends the record it is given (a row just parsed, which no one else holds) rather than copying it:
 * copying a record cost more than parsing it.
 */
export function withReview(record: MachineRecord, review: Review | null): EventRecord {
  const c = review?.status === 'corrected' ? review.correction : null;
  const corrected = c && {
    ...correctedClass(record, review),
    actors: c.actors ?? record.actors,
    recipients: c.recipients ?? record.recipients,
    time: c.time ?? record.time,
    date: c.time?.start ?? record.date,
    place: c.place !== undefined ? c.place : record.place,
    stage: c.stage ?? record.stage,
    polarity: c.polarity ?? record.polarity,
    certainty: c.certainty ?? record.certainty,
  };
  return Object.assign(record, { machineCameo: record.cameo.code, review }, corrected);
}

/** The columns of an events row, in the order eventRowValues gives them; both stores write the same row. */
export const EVENT_ROW_COLUMNS = [
  'event_key', 'article_id', 'event_id', 'date', 'type', 'stage', 'country', 'location_country', 'place', 'place_id', 'source',
  'polarity', 'certainty', 'hypothetical', 'confidence', 'place_name', 'lat', 'lon',
] as const;

/** What filters, sorts and aggregates read of an event, as column values. */
export function eventRowValues(rec: MachineRecord): (string | number | null)[] {
  const country = rec.place?.country ?? rec.actors.find((a) => a.country)?.country ?? null;
  return [
    rec.key, rec.articleId, rec.eventId, rec.date, rec.type, rec.stage, country, rec.place?.country ?? null,
    rec.place?.name.toLowerCase() ?? null, rec.place?.entityId ?? null, rec.source?.toLowerCase() ?? null,
    rec.polarity, rec.certainty, rec.hypothetical ? 1 : 0, rec.confidence, rec.place?.name ?? null, rec.place?.lat ?? null, rec.place?.lon ?? null,
  ];
}

/** Writes a review; the corrected type, stage, polarity and certainty are kept as columns too, for filters. */
export const REVIEW_UPSERT = `INSERT INTO reviews (event_key, article_id, status, corrected_type, corrected_stage, corrected_polarity, corrected_certainty, correction_json, note, reviewer, reviewed_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (event_key) DO UPDATE SET status = excluded.status, corrected_type = excluded.corrected_type, corrected_stage = excluded.corrected_stage,
    corrected_polarity = excluded.corrected_polarity, corrected_certainty = excluded.corrected_certainty,
    correction_json = excluded.correction_json, note = excluded.note, reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at`;

export function reviewUpsertValues(key: string, articleId: string, review: Review): (string | null)[] {
  const c = review.correction;
  return [key, articleId, review.status, c?.type ?? null, c?.stage ?? null, c?.polarity ?? null, c?.certainty ?? null, c ? JSON.stringify(c) : null, review.note, review.reviewer, review.reviewedAt];
}

/**
 * The publication date when something says it: the article's own, else the one the analysis read in the text.
 * Null when the analysis only assumed today: an undated article is shown and sorted as undated, never as today's.
 */
export function knownPublication(article: { publishedAt: string | null }, analysis: Analysis | null): string | null {
  return article.publishedAt ?? (analysis && analysis.publishedAtSource !== 'today' ? analysis.publishedAt : null);
}

/** The article's source as a reader would name it: the publisher, else the host of its URL. */
export function articleSource(publisher: string | null, url: string | null): string | null {
  if (publisher) return publisher;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
