// Counted events over time from the API's aggregates, bucketed so the bars stay countable and trimmed of stray
// dates (counted and linked, not dropped) unless the filter sets the range itself.
import { api, type EventFilter } from '../api.ts';
import { h } from '../dom.ts';
import { filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { bucketFor, stackedBars, trimOutliers, type Bucket, type Trimmed } from '../lib/timeline.ts';

export interface OverTime extends Trimmed {
  bucket: Bucket;
}

/** Bars for the filter: months first, then days or weeks when the range is short enough to show them. */
export async function countsOverTime(filter: EventFilter, chosen?: Bucket): Promise<OverTime> {
  const ranged = !!(filter.from || filter.to);
  const months = chosen && chosen !== 'month' ? null : stackedBars(await api.aggregate('month-type', filter), 'month');
  const kept = months && !ranged ? trimOutliers(months).bars : months;
  const bucket = chosen ?? (kept?.length ? bucketFor(kept[0]!.start, kept.at(-1)!.end) : 'month');
  const bars = bucket === 'month' && months ? months : stackedBars(await api.aggregate(`${bucket}-type`, filter), bucket);
  return { ...(ranged ? { bars, before: null, after: null } : trimOutliers(bars)), bucket };
}

/** "37 events dated up to 1900-12-31 are not drawn: list them": what the trimmed axis leaves out. */
export function leftOff(o: Trimmed, filter: EventFilter): HTMLElement | null {
  if (!o.before && !o.after) return null;
  const part = (count: number, what: string, f: EventFilter) => [`${count.toLocaleString('en')} ${what} (`, h('a', { href: href('events', null, filterParams({ ...filter, ...f })) }, 'list them'), ')'];
  return h(
    'p',
    { class: 'muted small left-off', 'data-left-off': (o.before?.count ?? 0) + (o.after?.count ?? 0) },
    'Not drawn, to keep the axis readable: ',
    o.before ? part(o.before.count, `counted events dated up to ${o.before.last}`, { to: o.before.last }) : null,
    o.before && o.after ? '; ' : null,
    o.after ? part(o.after.count, `dated from ${o.after.first}`, { from: o.after.first }) : null,
    '.',
  );
}
