// The key a review decision is stored under. Kept apart from event-record.ts so the dashboard can compute it
// without loading the CAMEO table the records need.
import type { Event } from '../schema/analysis.ts';

/**
 * Stable across re-analyses of the same text: what a review decision is keyed by. One trigger can code two
 * events of a type (a paired CAMEO code gives both directions), so who did it to whom is part of the key.
 */
export function eventKey(articleId: string, event: Event): string {
  const codes = (ps: Event['actors']) => ps.map((p) => p.actorCode ?? p.entityId).sort().join(',');
  return `${articleId}:${event.sentence}:${event.trigger.start}-${event.trigger.end}:${event.type}:${codes(event.actors)}>${codes(event.recipients)}`;
}
