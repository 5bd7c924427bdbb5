// Timeline: counted events as stacked bars per day, week or month by type, from the API's aggregates (every
// matching event, no page limit). A bar, or a range dragged across the chart, lists its events underneath.
import { api } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterFrom, filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { barChart, barLegend } from '../components/bars.ts';
import type { Bucket } from '../lib/timeline.ts';
import { countLine } from '../components/counts.ts';
import { routedFilterBar } from './events.ts';
import { countsOverTime, leftOff } from './counts-over-time.ts';
import { eventList } from './event-list.ts';

const BUCKETS: Bucket[] = ['day', 'week', 'month'];

export async function timelineView(ctx: Ctx): Promise<Node> {
  const filter = filterFrom(ctx.route.params);
  const chosen = BUCKETS.find((b) => b === ctx.route.params.get('bucket'));
  const [over, count] = await Promise.all([countsOverTime(filter, chosen), api.eventCount(filter)]);
  const { bars, bucket } = over;
  const listed = h('div', { class: 'selected-events', 'aria-live': 'polite' });
  const select = (from: string, to: string) => void eventList(listed, { ...filter, from, to }, `${from === to ? from : `${from} to ${to}`}`);
  const withBucket = (b: Bucket) => {
    const p = filterParams(filter);
    p.set('bucket', b);
    return href('timeline', null, p);
  };
  const head = [h('h1', {}, 'Timeline'), routedFilterBar(ctx, 'timeline', []), countLine(count, null)];
  if (!bars.length) return h('section', {}, head, h('p', { class: 'empty' }, 'No counted events to draw.'));
  mount(listed, h('p', { class: 'muted' }, 'Select a bar (click, or Tab then Enter), or drag across the chart, to list its events here.'));
  return h(
    'section',
    {},
    head,
    h(
      'p',
      { class: 'tabs' },
      'Bars by: ',
      BUCKETS.map((b, i) => [i ? ' · ' : '', h('a', { href: withBucket(b), 'aria-current': b === bucket ? 'page' : null }, b)]),
      ' · ',
      h('a', { href: href('events', null, filterParams(filter)) }, 'all these events in the table'),
    ),
    barLegend(),
    h('div', { class: 'chart-box' }, barChart(bars, { from: filter.from, to: filter.to, height: 260, onSelect: select })),
    leftOff(over, filter),
    listed,
  );
}
