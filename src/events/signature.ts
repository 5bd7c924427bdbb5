// What two mentions of an act must share to be about one event: its type, who acts and who is acted on.
import type { Event } from '../schema/analysis.ts';

const ids = (ps: Event['actors']) => (ps.length ? ps.map((p) => p.entityId).sort().join('+') : '?');

/** "AID|country:PRK|country:RUS": the claim signature, also carried by a denial of the event. */
export function eventSignature(e: Pick<Event, 'type' | 'actors' | 'recipients'>): string {
  return `${e.type}|${ids(e.actors)}|${ids(e.recipients)}`;
}
