// Turns the analyser's events into the rows the store, the API and the exports share, and lays an
// analyst's correction over the machine's values.
import type { Analysis, Event } from '../schema/analysis.ts';
import type { EventRecord, ParticipantRef, Review } from './records.ts';

export interface ArticleFacts {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  lang: string | null;
  source: string | null;
}

/**
 * Stable across re-analyses of the same text: what a review decision is keyed by. One trigger can code two
 * events of a type (a paired CAMEO code gives both directions), so who did it to whom is part of the key.
 */
export function eventKey(articleId: string, event: Event): string {
  const codes = (ps: Event['actors']) => ps.map((p) => p.actorCode ?? p.entityId).sort().join(',');
  return `${articleId}:${event.sentence}:${event.trigger.start}-${event.trigger.end}:${event.type}:${codes(event.actors)}>${codes(event.recipients)}`;
}

export type MachineRecord = Omit<EventRecord, 'review'>;

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
    confidence: event.confidence,
    sentence: event.sentence,
    trigger: event.trigger.text,
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

/** The event as an analyst left it: corrected fields replace the machine's, the machine type stays visible. */
export function withReview(record: MachineRecord, review: Review | null): EventRecord {
  const c = review?.status === 'corrected' ? review.correction : null;
  if (!c) return { ...record, review };
  return {
    ...record,
    type: c.type ?? record.type,
    actors: c.actors ?? record.actors,
    recipients: c.recipients ?? record.recipients,
    time: c.time ?? record.time,
    date: c.time?.start ?? record.date,
    place: c.place !== undefined ? c.place : record.place,
    review,
  };
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
