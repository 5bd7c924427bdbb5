// When two claims are about one event, and when what they say cannot both be true. The rules decide whether
// a pair deserves an analyst's look, never which side is right.
import type { Bound, Event, Participant, Quantity, Stage } from '../schema/analysis.ts';

export type ConflictKind = 'polarity' | 'stage' | 'quantity';

/** Where a stage sits on the way an event happens: announced or expected → begun → under way → done. */
export const STEP: Record<Stage, number> = { planned: 0, expected: 0, announced: 0, begun: 1, ongoing: 2, completed: 3, historical: 3 };

/** Participants are the same side when they share an entity, or a country (Pyongyang's government and
 * North Korea's army both act for North Korea). */
function sameSide(a: Participant, b: Participant): boolean {
  if (a.entityId === b.entityId) return true;
  const country = (p: Participant) => p.country ?? p.actorCode?.slice(0, 3) ?? null;
  return country(a) !== null && country(a) === country(b);
}

const overlap = (xs: readonly Participant[], ys: readonly Participant[]) => xs.some((x) => ys.some((y) => sameSide(x, y)));

function timesOverlap(a: Event['time'], b: Event['time']): boolean {
  if (!a || !b) return true;
  const aStart = a.start ?? '0000', aEnd = a.end ?? '9999';
  const bStart = b.start ?? '0000', bEnd = b.end ?? '9999';
  return aStart <= bEnd && bStart <= aEnd;
}

function placesAgree(a: Event['location'], b: Event['location']): boolean {
  if (!a || !b || a.entityId === b.entityId) return true;
  return a.country === null || b.country === null || a.country === b.country;
}

/** Contexts agree when one says more than the other, not something else: troops and weapons are two events. */
function contextsAgree(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((c) => large.includes(c));
}

/** One event told twice: same type and mode, agreeing contexts, the same actor, recipients that agree (a
 * missing one agrees), times that overlap (an unknown one does), places in one country. Without an actor
 * nothing says it is one event. */
export function sameEvent(a: Event, b: Event): boolean {
  return (
    a.type === b.type &&
    (a.mode === null || b.mode === null || a.mode === b.mode) &&
    contextsAgree(a.context, b.context) &&
    a.actors.length > 0 &&
    overlap(a.actors, b.actors) &&
    (a.recipients.length === 0 || b.recipients.length === 0 || overlap(a.recipients, b.recipients)) &&
    timesOverlap(a.time, b.time) &&
    placesAgree(a.location, b.location)
  );
}

/** Claims that assert nothing firm: a hypothesis, a condition, a mere possibility. */
export function isFirm(e: Event): boolean {
  const m = e.modality;
  return !m.hypothetical && !m.conditional && m.certainty !== 'possible';
}

/**
 * An asserted stage against a negated one. Asserting a stage implies the earlier ones; negating a stage
 * denies it and all later ones ("no sign it will happen" denies even the start). So they clash when the
 * negated stage is not later than the asserted one. Same step: 'polarity'; earlier step: 'stage'.
 */
export function stageConflict(asserted: Stage, negated: Stage): ConflictKind | null {
  if (STEP[negated] > STEP[asserted]) return null;
  return STEP[negated] === STEP[asserted] ? 'polarity' : 'stage';
}

/** The values a quantity allows, as [low, high] with open ends marked. */
interface Range {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** "About" allows this much either way. */
const ABOUT = 0.1;

const RANGE_OF: Record<Bound, (v: number, max: number | null) => Range> = {
  exactly: (v) => ({ low: v, high: v, lowOpen: false, highOpen: false }),
  'at-least': (v) => ({ low: v, high: Infinity, lowOpen: false, highOpen: false }),
  'more-than': (v) => ({ low: v, high: Infinity, lowOpen: true, highOpen: false }),
  about: (v) => ({ low: v * (1 - ABOUT), high: v * (1 + ABOUT), lowOpen: false, highOpen: false }),
  'up-to': (v) => ({ low: 0, high: v, lowOpen: false, highOpen: false }),
  'less-than': (v) => ({ low: 0, high: v, lowOpen: false, highOpen: true }),
  range: (v, max) => ({ low: v, high: max ?? v, lowOpen: false, highOpen: false }),
};

function disjoint(a: Range, b: Range): boolean {
  const below = (x: Range, y: Range) => x.high < y.low || (x.high === y.low && (x.highOpen || y.lowOpen));
  return below(a, b) || below(b, a);
}

/** Counts of the same thing whose bounds exclude each other ("at least 20" against "12"). */
export function quantityClash(xs: readonly Quantity[], ys: readonly Quantity[]): [Quantity, Quantity] | null {
  for (const x of xs) {
    for (const y of ys) {
      if (x.unit !== y.unit || (x.item && y.item && x.item !== y.item)) continue;
      if (disjoint(RANGE_OF[x.bound](x.value, x.valueMax), RANGE_OF[y.bound](y.value, y.valueMax))) return [x, y];
    }
  }
  return null;
}
