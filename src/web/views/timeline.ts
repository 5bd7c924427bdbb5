// Timeline: one lane per event type, marks at the event's date sized by count; a mark opens the events
// table for that type and day.
import { api } from '../api.ts';
import { h, s } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterFrom, filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { QUAD, quadOf, shapePath } from '../palette.ts';
import { dayMs, monthTicks, timelineMarks } from '../lib/timeline.ts';
import { activeMark, linear, quadLegend } from '../components/chart.ts';
import { countLine, routedFilterBar } from './events.ts';

const DAY = 86_400_000;
const WIDTH = 1000;
const LEFT = 150;
const LANE = 40;

export async function timelineView(ctx: Ctx): Promise<Node> {
  const filter = filterFrom(ctx.route.params);
  const rows = await api.events(filter);
  const marks = timelineMarks(rows);
  const head = [h('h1', {}, 'Timeline'), routedFilterBar(ctx, 'timeline', rows), countLine(rows)];
  if (!marks.length) return h('section', {}, head, h('p', { class: 'empty' }, 'No events to draw.'));

  const types = [...new Set(marks.map((m) => m.type))].sort(
    (a, b) => (marks.find((m) => m.type === a)!.quad - marks.find((m) => m.type === b)!.quad) || a.localeCompare(b),
  );
  const days = marks.flatMap((m) => [dayMs(m.date), m.end ? dayMs(m.end) : dayMs(m.date)]);
  let [t0, t1] = [Math.min(...days), Math.max(...days)];
  const pad = Math.max(15 * DAY, (t1 - t0) * 0.05);
  [t0, t1] = [t0 - pad, t1 + pad];
  const x = linear(t0, t1, LEFT, WIDTH - 20);
  const height = 40 + types.length * LANE;
  const laneY = (t: (typeof types)[number]) => 30 + types.indexOf(t) * LANE + LANE / 2;
  const open = (type: (typeof types)[number], from: string, to: string) =>
    ctx.go(href('events', null, filterParams({ ...filter, type: [type], from, to })));

  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart timeline', role: 'group', 'aria-label': `Timeline of ${rows.length} events by type` },
    monthTicks(t0, t1, 12).map((d) =>
      s('g', {}, s('line', { x1: x(dayMs(d)), x2: x(dayMs(d)), y1: 22, y2: height - 6, class: 'grid' }), s('text', { x: x(dayMs(d)) + 3, y: 16, class: 'tick' }, d.slice(0, 7))),
    ),
    types.map((t) =>
      s(
        'g',
        {},
        s('line', { x1: LEFT, x2: WIDTH - 20, y1: laneY(t), y2: laneY(t), class: 'lane' }),
        s('text', { x: 8, y: laneY(t) + 4, class: 'lane-label' }, t),
      ),
    ),
    marks.map((m) => {
      const q = QUAD[quadOf(m.quad)];
      const r = 6 + 3 * Math.sqrt(m.keys.length - 1);
      const cx = x(dayMs(m.date));
      const cy = laneY(m.type);
      const label = `${m.type}, ${m.date}${m.end ? ` to ${m.end}` : ''}${m.dated ? '' : ' (publication date)'}: ${m.keys.length} event${m.keys.length > 1 ? 's' : ''}`;
      return activeMark(
        label,
        () => open(m.type, m.date, m.date),
        m.end ? s('line', { x1: cx, x2: x(dayMs(m.end)), y1: cy, y2: cy, stroke: q.color, 'stroke-width': 4, 'stroke-linecap': 'round', opacity: 0.6 }) : null,
        s('path', {
          d: shapePath(q.shape, r),
          transform: `translate(${cx},${cy})`,
          fill: m.dated ? q.color : '#fff',
          stroke: m.dated ? '#000' : q.color,
          'stroke-width': m.dated ? 1 : 2.5,
          'data-type': m.type,
        }),
        m.keys.length > 1 ? s('text', { x: cx + r + 3, y: cy - r, class: 'count-label' }, m.keys.length) : null,
      );
    }),
  );
  return h(
    'section',
    {},
    head,
    quadLegend([
      [s('svg', { width: 14, height: 14, viewBox: '-7 -7 14 14', 'aria-hidden': 'true' }, s('circle', { r: 5, fill: '#fff', stroke: '#555', 'stroke-width': 2 })), ' hollow: no time in the text, drawn at the publication date'],
      [s('svg', { width: 24, height: 10, 'aria-hidden': 'true' }, s('line', { x1: 2, x2: 22, y1: 5, y2: 5, stroke: '#555', 'stroke-width': 4, opacity: 0.6 })), ' bar: the event spans a period'],
    ]),
    h('div', { class: 'chart-box' }, svg),
    h('p', { class: 'muted small' }, 'Select a mark (click, or Tab then Enter) to list its events.'),
  );
}
