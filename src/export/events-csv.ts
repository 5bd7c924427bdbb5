// The events table as the API lists it, one CSV row per event, with the review decision.
import type { EventDetail, ParticipantRef } from '../store/records.ts';
import type { Cell } from './delimited.ts';

export const EVENT_CSV_COLUMNS = [
  'key', 'article_id', 'event_id', 'date', 'type', 'machine_type', 'cameo_code', 'machine_cameo_code', 'quad_class', 'goldstein',
  'actors', 'actor_ids', 'actor_codes', 'recipients', 'recipient_ids', 'recipient_codes',
  'place', 'place_id', 'latitude', 'longitude', 'place_country', 'time_start', 'time_end', 'time_granularity',
  'stage', 'polarity', 'certainty', 'confidence', 'trigger', 'object', 'purpose', 'evidence', 'attributed_to',
  'source', 'url', 'title', 'published_at', 'lang', 'review_status', 'reviewer', 'reviewed_at', 'review_note',
] as const;

const join = (ps: ParticipantRef[], f: (p: ParticipantRef) => string | null) => ps.map((p) => f(p) ?? '').join('; ');

export function eventCsvRow(e: EventDetail): Cell[] {
  return [
    e.key, e.articleId, e.eventId, e.date, e.type, e.machineType, e.cameo.code, e.machineCameo, e.quadClass, e.goldstein,
    join(e.actors, (p) => p.name), join(e.actors, (p) => p.entityId), join(e.actors, (p) => p.actorCode),
    join(e.recipients, (p) => p.name), join(e.recipients, (p) => p.entityId), join(e.recipients, (p) => p.actorCode),
    e.place?.name, e.place?.entityId, e.place?.lat, e.place?.lon, e.place?.country,
    e.time?.start, e.time?.end, e.time?.granularity,
    e.stage, e.polarity, e.certainty, e.confidence, e.trigger, e.object, e.purpose, e.evidence, e.attributedTo,
    e.source, e.url, e.title, e.publishedAt, e.lang,
    e.review?.status ?? 'unreviewed', e.review?.reviewer, e.review?.reviewedAt, e.review?.note,
  ];
}
