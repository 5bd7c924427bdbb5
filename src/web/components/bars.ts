// Counts over time as stacked bars, one segment per event type coloured by quad class; each bar is a button
// (its period's events), and dragging across the chart (the brush) selects a range of periods.
import { h, s } from '../dom.ts';
import { QUAD, quadOf } from '../palette.ts';
import { PLOVER, QUAD_OF_TYPE } from '../labels.ts';
import { dayMs, monthTicks, type Bar } from '../lib/timeline.ts';
import { activeMark, linear } from './chart.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface BarChartOptions {
  /** The axis: the filter's range where it gives one, else the bars'. */
  from?: string;
  to?: string;
  width?: number;
  height?: number;
  onSelect: (from: string, to: string) => void;
}

export function barChart(bars: readonly Bar[], o: BarChartOptions): SVGSVGElement {
  const width = o.width ?? 1000;
  const height = o.height ?? 220;
  const [left, right, top, bottom] = [44, 12, 24, 8];
  const t0 = dayMs(o.from ?? bars[0]!.start);
  const t1 = dayMs(o.to ?? bars.at(-1)!.end) + DAY;
  const x = linear(t0, t1, left, width - right);
  const max = Math.max(1, ...bars.map((b) => b.total));
  const y = linear(0, max, height - bottom, top);
  const total = bars.reduce((n, b) => n + b.total, 0);

  const brush = s('rect', { class: 'brush', x: 0, y: top, width: 0, height: height - top - bottom, visibility: 'hidden' });
  let start: number | null = null;
  const svgX = (e: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return ((e.clientX - box.left) / box.width) * width;
  };
  const svg: SVGSVGElement = s(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      class: 'chart bars',
      role: 'group',
      'aria-label': `${total} events over time; drag across the chart to select a period`,
      onPointerdown: (e: Event) => {
        start = svgX(e as PointerEvent);
        brush.setAttribute('visibility', 'visible');
        brush.setAttribute('x', String(start));
        brush.setAttribute('width', '0');
      },
      onPointermove: (e: Event) => {
        if (start === null) return;
        const now = svgX(e as PointerEvent);
        brush.setAttribute('x', String(Math.min(start, now)));
        brush.setAttribute('width', String(Math.abs(now - start)));
      },
      onPointerup: (e: Event) => {
        if (start === null) return;
        const [a, b] = [start, svgX(e as PointerEvent)].sort((p, q) => p - q) as [number, number];
        start = null;
        brush.setAttribute('visibility', 'hidden');
        // a click is a bar's; only a drag selects a range
        if (b - a < 6) return;
        const inverse = linear(left, width - right, t0, t1);
        o.onSelect(iso(Math.max(t0, inverse(a))), iso(Math.min(t1 - DAY, inverse(b))));
      },
    },
    monthTicks(t0, t1, 10).map((d) =>
      s('g', {}, s('line', { x1: x(dayMs(d)), x2: x(dayMs(d)), y1: top - 6, y2: height - bottom, class: 'grid' }), s('text', { x: x(dayMs(d)) + 3, y: 12, class: 'tick' }, d.slice(0, 7))),
    ),
    [max, Math.round(max / 2)].map((v) => s('text', { x: left - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, v)),
    s('line', { x1: left, x2: width - right, y1: y(0), y2: y(0), class: 'axis' }),
    bars.map((b) => {
      const bx = x(dayMs(b.start));
      const bw = Math.max(1.5, x(dayMs(b.end) + DAY) - bx - 1);
      let acc = 0;
      const label = `${b.start === b.end ? b.start : `${b.start} to ${b.end}`}: ${b.total} event${b.total === 1 ? '' : 's'} (${b.segments.map((g) => `${g.count} ${PLOVER[g.type]}`).join(', ')})`;
      return activeMark(
        label,
        () => o.onSelect(b.start, b.end),
        b.segments.map((g) => {
          const y0 = y(acc);
          acc += g.count;
          const q = QUAD[quadOf(QUAD_OF_TYPE[g.type])];
          return s('rect', { x: bx, y: y(acc), width: bw, height: Math.max(0.5, y0 - y(acc)), fill: q.color, 'data-type': g.type, 'data-count': g.count, class: 'segment' });
        }),
      );
    }),
    brush,
  );
  return svg;
}

/** The legend of the stacked bars: one swatch per quad class. */
export function barLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    ([1, 2, 3, 4] as const).map((q) => h('li', {}, s('svg', { width: 12, height: 12, 'aria-hidden': 'true' }, s('rect', { width: 12, height: 12, fill: QUAD[q].color })), ` ${QUAD[q].label}`)),
    h('li', {}, 'stacked from the bottom: verbal cooperation to material conflict'),
  );
}
