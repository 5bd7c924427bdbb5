// The count line every event view shows: how many events match, how many are on screen, and how many charts count.
import { h } from '../dom.ts';
import type { EventCount } from '../api.ts';

const plural = (n: number, what: string) => `${n.toLocaleString('en')} ${n === 1 ? what.replace(/s$/, '') : what}`;

/**
 * "Showing 50 of 3,528 events", and how many of them charts count. `shown` is null where the view draws all of
 * them as counts (charts). The numbers are the API's, for the same filter.
 */
export function countLine(count: EventCount, shown: number | null, what = 'events'): HTMLElement {
  const left = count.total - count.counted;
  return h(
    'p',
    { class: 'count', role: 'status', 'data-total': count.total, 'data-counted': count.counted, 'data-shown': shown ?? '' },
    shown === null || shown >= count.total ? plural(count.total, what) : `Showing ${shown.toLocaleString('en')} of ${plural(count.total, what)}`,
    left > 0
      ? h('span', { class: 'muted' }, ` · ${count.counted.toLocaleString('en')} counted in charts; ${left.toLocaleString('en')} negated, denied, hypothetical or rejected left out`)
      : null,
  );
}
