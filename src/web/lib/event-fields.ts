// How the views read an event record: its date, who, whom, how sure. One place, so table, review, timeline, map
// and network agree.
import type { EventRecord, ParticipantRef } from '../../store/records.ts';

/** The record's date (the event's own start, else the publication date); `dated` says which. */
export function eventDate(r: EventRecord): { date: string; dated: boolean } {
  return { date: r.date, dated: !!r.time?.start };
}

/**
 * The event's time as precisely as the text gave it: "2024-06-26", "2024-07", "2023", "2023–" (since), "–2024-05"
 * (until), a span "2024-07-01 – 2024-09-30"; else the publication date marked as such.
 */
export function dateLabel(r: Pick<EventRecord, 'date' | 'time' | 'publishedAt'>): { text: string; dated: boolean; hint: string } {
  const t = r.time;
  if (!t || (!t.start && !t.end)) {
    if (!r.publishedAt) return { text: 'date unknown', dated: false, hint: 'neither the text nor the article gives a date' };
    return { text: `${r.publishedAt.slice(0, 10)} (published)`, dated: false, hint: 'no time in the text: the publication date' };
  }
  const cut = (d: string) => (t.granularity === 'year' || t.granularity === 'decade' || t.granularity === 'century' ? d.slice(0, 4) : t.granularity === 'month' ? d.slice(0, 7) : d);
  const hint = `${t.granularity}, from the text`;
  if (t.start && !t.end) return { text: `${cut(t.start)}–`, dated: true, hint: `since ${t.start} (${hint})` };
  if (!t.start && t.end) return { text: `–${cut(t.end)}`, dated: true, hint: `until ${t.end} (${hint})` };
  const [a, b] = [cut(t.start!), cut(t.end!)];
  const whole = t.granularity !== 'day' && t.granularity !== 'week' && t.granularity !== 'season' && t.granularity !== 'quarter';
  return { text: a === b || whole ? a : `${a} – ${b}`, dated: true, hint: `${t.start} to ${t.end} (${hint})` };
}

/** A participant by name, with its actor code beside it when that says more ("North Korea · PRKGOV"). */
export function partyLabel(p: ParticipantRef): string {
  return p.actorCode && p.actorCode !== p.name ? `${p.name} · ${p.actorCode}` : p.name;
}

export function parties(ps: readonly ParticipantRef[]): string {
  return ps.map(partyLabel).join(', ') || '—';
}

/** A publisher or source by name: a URL shows as its host (the URL itself stays behind the label). */
export function sourceName(s: string | null | undefined): string {
  if (!s) return '—';
  if (!/^https?:\/\//i.test(s)) return s;
  try {
    return new URL(s).hostname.replace(/^www\./, '');
  } catch {
    return s;
  }
}

/** What keeps an event out of counts: denied or negated, or only hypothetical; null for an asserted fact. */
export function modalityMark(r: Pick<EventRecord, 'polarity' | 'hypothetical'>): 'negated' | 'denied' | 'hypothetical' | null {
  if (r.polarity !== 'asserted') return r.polarity;
  return r.hypothetical ? 'hypothetical' : null;
}

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/**
 * Free text from the analysis (reasons, signatures, statuses) as a person reads it: URLs as their hosts, entity
 * ids as names (person:tim-morrison → Tim Morrison), actor and country ids as their codes.
 */
export function readableText(text: string): string {
  return text
    .replace(/https?:\/\/[^\s,;)"“”]+/g, (u) => sourceName(u))
    .replace(/\b(?:person|org):([\p{L}\p{N}-]+)/gu, (_, slug: string) => titleCase(slug.replace(/-/g, ' ')))
    .replace(/\b(?:country|actor):([A-Z]{3}[A-Z0-9]*)/g, '$1')
    .replace(/\bgeonames:(\d+)/g, 'GeoNames place $1');
}
