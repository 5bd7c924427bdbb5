// An EventFilter as a SQL condition over `events e LEFT JOIN reviews r`, in SQL both stores read (`?` for
// parameters). Types and dates follow an analyst's correction when there is one.
import type { EventFilter, EventSort } from './records.ts';

export interface Condition {
  sql: string;
  params: (string | number)[];
}

const whoIs = (role: 'actor' | 'recipient') => `p.role = '${role}' AND (p.entity_id = ? OR p.actor_code = ?)`;

/**
 * A participant test two ways. A frequent participant is found soonest by walking events newest first and
 * checking each (EXISTS); a rare one by collecting its few events from the participant index (IN) and sorting
 * them, where the walk would cross the whole store. `rare` says which, from a bounded count (PROBE).
 */
const participant = (role: 'actor' | 'recipient', rare: boolean) =>
  rare
    ? `e.event_key IN (SELECT p.event_key FROM event_participants p WHERE ${whoIs(role)})`
    : `EXISTS (SELECT 1 FROM event_participants p WHERE p.event_key = e.event_key AND ${whoIs(role)})`;

/** Counts a participant's events, up to a limit: params role, value, value, limit. */
export const PROBE = `SELECT CAST(count(*) AS INTEGER) AS n FROM (SELECT 1 FROM event_participants p WHERE p.role = ? AND (p.entity_id = ? OR p.actor_code = ?) LIMIT ?) AS probe`;
export const RARE_BELOW = 5000;

export interface Rarity {
  actor?: boolean;
  recipient?: boolean;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function eventCondition(f: EventFilter, rare: Rarity = {}): Condition {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (f.actor) add(participant('actor', !!rare.actor), f.actor, f.actor);
  if (f.recipient) add(participant('recipient', !!rare.recipient), f.recipient, f.recipient);
  if (f.country) {
    add(
      `(e.location_country = ? OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_key = e.event_key AND p.country = ?))`,
      f.country.toUpperCase(),
      f.country.toUpperCase(),
    );
  }
  if (f.type?.length) add(`coalesce(r.corrected_type, e.type) IN (${placeholders(f.type.length)})`, ...f.type);
  if (f.stage?.length) add(`coalesce(r.corrected_stage, e.stage) IN (${placeholders(f.stage.length)})`, ...f.stage);
  if (f.polarity?.length) add(`coalesce(r.corrected_polarity, e.polarity) IN (${placeholders(f.polarity.length)})`, ...f.polarity);
  if (f.certainty?.length) add(`coalesce(r.corrected_certainty, e.certainty) IN (${placeholders(f.certainty.length)})`, ...f.certainty);
  if (f.hypothetical) add('e.hypothetical = ?', f.hypothetical === 'true' ? 1 : 0);
  if (f.minConfidence !== undefined) add('e.confidence >= ?', f.minConfidence);
  if (f.maxConfidence !== undefined) add('e.confidence <= ?', f.maxConfidence);
  if (f.from) add('e.date >= ?', f.from);
  if (f.to) add('e.date <= ?', f.to);
  if (f.place) add('(e.place = ? OR e.place_id = ?)', f.place.toLowerCase(), f.place);
  if (f.source) add('e.source = ?', f.source.toLowerCase());
  if (f.article) add('e.article_id = ?', f.article);
  if (f.review?.length) {
    const statuses = f.review.filter((s) => s !== 'unreviewed');
    const alternatives = [
      ...(f.review.includes('unreviewed') ? ['r.status IS NULL'] : []),
      ...(statuses.length ? [`r.status IN (${placeholders(statuses.length)})`] : []),
    ];
    add(`(${alternatives.join(' OR ')})`, ...statuses);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
}

/**
 * The orders events are listed in, each with its keyset condition (rows after the cursor's) and the cursor's
 * values taken from the last row: newest first, or lowest confidence first (what most needs a reviewer's eye).
 */
export const EVENT_ORDER: Record<EventSort, { order: string; keyset: string; cursor: (row: Record<string, any>) => (string | number)[] }> = {
  date: { order: 'e.date DESC, e.event_key DESC', keyset: '(e.date, e.event_key) < (?, ?)', cursor: (r) => [r.date, r.event_key] },
  confidence: { order: 'e.confidence, e.event_key', keyset: '(e.confidence, e.event_key) > (?, ?)', cursor: (r) => [r.confidence, r.event_key] },
};
