// Counts over time for the stacked bars: aggregate rows (period start, type, count) become one bar per period
// with a segment per type, types in quad-class order so colours stack the same way in every bar.
import type { AggregateRow } from '../../store/records.ts';
import type { PloverType } from '../../schema/analysis.ts';
import { QUAD_OF_TYPE, ploverTypes } from '../labels.ts';

export type Bucket = 'day' | 'week' | 'month';

export interface Bar {
  start: string;
  /** Last day of the period, inclusive. */
  end: string;
  total: number;
  segments: { type: PloverType; count: number }[];
}

const DAY = 86_400_000;

/** Milliseconds of an ISO date at UTC midnight. */
export function dayMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last day of the period that starts on `start`. */
export function periodEnd(start: string, bucket: Bucket): string {
  if (bucket === 'day') return start;
  if (bucket === 'week') return iso(dayMs(start) + 6 * DAY);
  const d = new Date(dayMs(start));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

/** Days for ranges up to four months, weeks up to two years, months beyond: bars stay countable. */
export function bucketFor(first: string, last: string): Bucket {
  const days = (dayMs(last) - dayMs(first)) / DAY;
  return days <= 120 ? 'day' : days <= 730 ? 'week' : 'month';
}

export function stackedBars(rows: readonly AggregateRow[], bucket: Bucket): Bar[] {
  const byStart = new Map<string, Bar>();
  for (const r of rows) {
    const [start, type] = r.key as [string, PloverType];
    const bar = byStart.get(start) ?? { start, end: periodEnd(start, bucket), total: 0, segments: [] };
    bar.total += r.count;
    bar.segments.push({ type, count: r.count });
    byStart.set(start, bar);
  }
  const order = (t: PloverType) => QUAD_OF_TYPE[t] * 100 + ploverTypes.indexOf(t);
  for (const bar of byStart.values()) bar.segments.sort((a, b) => order(a.type) - order(b.type));
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** First days of months from `from` to `to`, thinned to at most `max` ticks. */
export function monthTicks(from: number, to: number, max = 12): string[] {
  const d = new Date(from);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const out: string[] = [];
  for (;;) {
    const t = Date.UTC(y, m, 1);
    if (t > to) break;
    if (t >= from - DAY) out.push(new Date(t).toISOString().slice(0, 10));
    if (++m === 12) [y, m] = [y + 1, 0];
  }
  const step = Math.ceil(out.length / max);
  return out.filter((_, i) => i % step === 0);
}

/** Bars kept on the axis, and the counted events left off either end (with the periods they span). */
export interface Trimmed {
  bars: Bar[];
  before: { count: number; last: string } | null;
  after: { count: number; first: string } | null;
}

/**
 * Keeps the periods that hold all but `share` of the events at each end, so a few stray dates (year 1, a
 * misread 2030) do not stretch the axis over centuries; what is left off is counted, never dropped silently.
 */
export function trimOutliers(bars: readonly Bar[], share = 0.02): Trimmed {
  const total = bars.reduce((n, b) => n + b.total, 0);
  const limit = Math.floor(total * share);
  let [lo, hi] = [0, bars.length - 1];
  let [cutLo, cutHi] = [0, 0];
  while (lo < hi && cutLo + bars[lo]!.total <= limit) cutLo += bars[lo++]!.total;
  while (hi > lo && cutHi + bars[hi]!.total <= limit) cutHi += bars[hi--]!.total;
  return {
    bars: bars.slice(lo, hi + 1),
    before: cutLo ? { count: cutLo, last: bars[lo - 1]!.end } : null,
    after: cutHi ? { count: cutHi, first: bars[hi + 1]!.start } : null,
  };
}
