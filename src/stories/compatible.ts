// When two reports can be of one real event, and when they disagree. Pure predicates, each with its reason.
import type { Bound } from '../schema/analysis.ts';
import type { EventMention } from '../schema/story.ts';

export interface Interval {
  start: string | null;
  end: string | null;
}

/** Dates compare as ISO strings; a null end is open. */
export function overlaps(a: Interval, b: Interval): boolean {
  const startsBeforeEnd = (x: Interval, y: Interval) => x.start === null || y.end === null || x.start <= y.end;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

export function describeInterval(i: Interval): string {
  if (i.start === i.end) return i.start ?? 'any time';
  return `${i.start ?? '…'}–${i.end ?? '…'}`;
}

/** Days before publication an undated event is taken to fall in: news reports what happened lately. */
export const UNDATED_WINDOW_DAYS = 14;

export function undatedInterval(reportedAt: string): Interval {
  const d = new Date(`${reportedAt}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - UNDATED_WINDOW_DAYS);
  return { start: d.toISOString().slice(0, 10), end: reportedAt };
}

/** Two code sets agree when either is unknown or they share a member. */
export function setsCompatible(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));
}

type Counted = EventMention['quantities'][number];

/** The values a quantity allows, as [low, high] with open ends as infinities. */
function allowed(q: { value: number; valueMax: number | null; bound: Bound }): [number, number] {
  const v = q.value;
  switch (q.bound) {
    case 'exactly':
      return [v, v];
    case 'at-least':
      return [v, Infinity];
    case 'more-than':
      return [v + Number.EPSILON * Math.max(1, v), Infinity];
    case 'about':
      return [v * 0.8, v * 1.2];
    case 'up-to':
      return [-Infinity, v];
    case 'less-than':
      return [-Infinity, v - Number.EPSILON * Math.max(1, v)];
    case 'range':
      return [v, q.valueMax ?? v];
  }
}

/** Quantities of the same item that cannot both be true ("at least 20 missiles" vs "12 missiles"). */
export function conflictingQuantity(a: Counted[], b: Counted[]): [Counted, Counted] | null {
  for (const x of a) {
    for (const y of b) {
      if (!x.item || x.item !== y.item) continue;
      const [xl, xh] = allowed(x);
      const [yl, yh] = allowed(y);
      if (xh < yl || yh < xl) return [x, y];
    }
  }
  return null;
}

// Background ("has supplied since 2023") is not the news event, so 'historical' never counts as happened here.
const HAPPENED = new Set(['begun', 'ongoing', 'completed']);
const NOT_YET = new Set(['planned', 'expected', 'announced']);

/** Why two mentions of one event, from different claimants, cannot both hold; null when they can. */
export function disagreement(a: EventMention, b: EventMention): { kind: 'polarity' | 'stage' | 'quantity'; reason: string } | null {
  if (a.hypothetical || b.hypothetical) return null;
  const who = (m: EventMention) => `${m.claimant} (${m.source})`;
  if ((a.polarity === 'asserted') !== (b.polarity === 'asserted')) {
    const [yes, no] = a.polarity === 'asserted' ? [a, b] : [b, a];
    return { kind: 'polarity', reason: `${who(yes)} reports it (${yes.stage}); ${who(no)} says it is not so (“${no.text}”)` };
  }
  if (a.polarity === 'asserted' && ((HAPPENED.has(a.stage) && NOT_YET.has(b.stage)) || (HAPPENED.has(b.stage) && NOT_YET.has(a.stage)))) {
    return { kind: 'stage', reason: `${who(a)} says ${a.stage}; ${who(b)} says ${b.stage}` };
  }
  const q = conflictingQuantity(a.quantities, b.quantities);
  if (q) return { kind: 'quantity', reason: `${who(a)} counts “${q[0].text}”; ${who(b)} counts “${q[1].text}”` };
  return null;
}
