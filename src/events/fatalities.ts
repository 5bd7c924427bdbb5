// ACLED-style fatalities from an event's quantities: people the text counts as dead ("12 dead", "korban tewas",
// items normalised to English by each language pack's items.tsv), or people counted by an event whose CAMEO
// code is itself a killing. The largest such number, so "12 people, including 4 children" is 12. Null when the
// text gives none: unknown, never zero.
import type { Event, Quantity } from '../schema/analysis.ts';

const DEAD = new Set(['dead']);
const PEOPLE = new Set(['person', 'civilian', 'soldier', 'personnel', 'troops', 'child', 'man', 'woman', 'resident', 'worker', 'victim', 'hostage', 'prisoner', 'refugee']);
/** Kill by physical assault, assassinate, engage in mass killings. */
const KILLING = ['1823', '186', '202'];

export function fatalities(event: Pick<Event, 'quantityIds' | 'cameo'>, quantities: readonly Quantity[]): number | null {
  const killing = KILLING.some((code) => event.cameo.code.startsWith(code));
  const counts = quantities
    .filter((q) => event.quantityIds.includes(q.id) && q.item && (DEAD.has(q.item) || (killing && PEOPLE.has(q.item))))
    .map((q) => Math.round(q.value));
  return counts.length ? Math.max(...counts) : null;
}
