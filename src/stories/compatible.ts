// When two reports can be of one real event, and when they disagree. Pure predicates, each with its reason.
import type { Bound } from '../schema/analysis.ts';
import type { EventMention } from '../schema/story.ts';
import { isDenial } from './sources.ts';

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

/**
 * Reports this many days apart or closer speak of the same moment. Further apart, a firmer report is the story
 * moving on ("expected" on 9 October, "begun" on 18 October), not a disagreement.
 */
export const REPORT_WINDOW_DAYS = 2;

const daysFrom = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * Whether two reports are close enough in time to contradict each other: within the report window, or, for a
 * denial, any report before it (a denial answers what was said before it).
 */
export function concurrent(kind: 'polarity' | 'stage' | 'quantity', a: EventMention, b: EventMention): boolean {
  const gap = daysFrom(a.reportedAt, b.reportedAt);
  if (Math.abs(gap) <= REPORT_WINDOW_DAYS) return true;
  if (kind !== 'polarity') return false;
  const [asserted, denial] = isDenial(a) ? [b, a] : [a, b];
  return asserted.reportedAt <= denial.reportedAt;
}

/** Why two mentions of one event, from different sources, cannot both hold; null when they can. */
export function disagreement(a: EventMention, b: EventMention): { kind: 'polarity' | 'stage' | 'quantity'; reason: string } | null {
  if (a.hypothetical || b.hypothetical) return null;
  const who = (m: EventMention) => `${m.claimant} (${m.source}, ${m.reportedAt})`;
  if (isDenial(a) !== isDenial(b)) {
    const [yes, no] = isDenial(b) ? [a, b] : [b, a];
    const d = { kind: 'polarity' as const, reason: `${who(yes)} reports it (${yes.stage}); ${who(no)} says it is not so (“${no.text}”)` };
    return concurrent(d.kind, a, b) ? d : null;
  }
  if (!isDenial(a) && ((HAPPENED.has(a.stage) && NOT_YET.has(b.stage)) || (HAPPENED.has(b.stage) && NOT_YET.has(a.stage)))) {
    const d = { kind: 'stage' as const, reason: `${who(a)} says ${a.stage}; ${who(b)} says ${b.stage}` };
    return concurrent(d.kind, a, b) ? d : null;
  }
  const q = conflictingQuantity(a.quantities, b.quantities);
  if (q && concurrent('quantity', a, b)) return { kind: 'quantity', reason: `${who(a)} counts “${q[0].text}”; ${who(b)} counts “${q[1].text}”` };
  return null;
}
