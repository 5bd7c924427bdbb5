// How the views read an event record: its date, who, whom. One place, so table, timeline, map and network agree.
import type { EventRecord, ParticipantRef } from '../../store/records.ts';

/** The record's date (the event's own start, else the publication date); `dated` says which. */
export function eventDate(r: EventRecord): { date: string; dated: boolean } {
  return { date: r.date, dated: !!r.time?.start };
}

/** Actors by code where they have one (PRKGOV), else by name. */
export function partyLabel(p: ParticipantRef): string {
  return p.actorCode ?? p.name;
}

export function parties(ps: readonly ParticipantRef[]): string {
  return ps.map(partyLabel).join(', ') || '—';
}
