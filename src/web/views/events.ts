// The events table: the shared filter bar, counts over time, and the matching events a page at a time from the
// API (newest first or by confidence), with "N of M" always shown; each row opens its evidence.
import { api, queryString, type EventFilter, type EventRecord, type EventSort } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterBar, filterFrom, filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { glyph, quadOf } from '../palette.ts';
import { CERTAINTY, EXPORTS, POLARITY, REVIEW } from '../labels.ts';
import { dateLabel, modalityMark, parties, sourceName } from '../lib/event-fields.ts';
import { actorKey } from '../lib/graph.ts';
import { barChart } from '../components/bars.ts';
import { eventEvidence } from './event-evidence.ts';
import { countsOverTime, leftOff } from './counts-over-time.ts';
import { countLine } from '../components/counts.ts';

interface Column {
  key: string;
  label: string;
  cell: (r: EventRecord) => Node | string;
  /** The API's order for this column, when it can sort by it. */
  sort?: EventSort;
}

const span = (text: string, title: string) => h('span', { title }, text);

const COLUMNS: Column[] = [
  {
    key: 'date',
    label: 'Date',
    sort: 'date',
    cell: (r) => {
      const d = dateLabel(r);
      return h('span', { class: d.dated ? 'date' : 'date undated', title: d.hint }, d.text);
    },
  },
  {
    key: 'type',
    label: 'Type',
    cell: (r) => {
      const mark = modalityMark(r);
      return h('span', {}, glyph(quadOf(r.quadClass)), ` ${r.type}`, mark ? [' ', h('span', { class: `badge modality-${mark}` }, mark)] : null);
    },
  },
  { key: 'actor', label: 'Actors', cell: (r) => parties(r.actors) },
  { key: 'recipient', label: 'Recipients', cell: (r) => parties(r.recipients) },
  { key: 'trigger', label: 'Trigger', cell: (r) => r.trigger },
  { key: 'place', label: 'Place', cell: (r) => (r.place ? span(r.place.name, r.place.country ?? '') : '—') },
  { key: 'stage', label: 'Stage', cell: (r) => r.stage },
  { key: 'polarity', label: 'Polarity', cell: (r) => span(r.polarity, POLARITY[r.polarity]) },
  { key: 'certainty', label: 'Certainty', cell: (r) => (r.hypothetical ? `${CERTAINTY[r.certainty]}, hypothetical` : CERTAINTY[r.certainty]) },
  { key: 'confidence', label: 'Conf.', sort: 'confidence', cell: (r) => r.confidence.toFixed(2) },
  {
    key: 'source',
    label: 'Source',
    cell: (r) => span(r.attributedTo ? `${sourceName(r.source)} ← ${sourceName(r.attributedTo)}` : sourceName(r.source), r.url ?? ''),
  },
  { key: 'review', label: 'Review', cell: (r) => REVIEW[r.review?.status ?? 'unreviewed'] },
];

/** The filter bar that re-routes to `view` with the new filter; shared by the four event views. */
export function routedFilterBar(ctx: Ctx, view: string, rows: readonly EventRecord[]): HTMLFormElement {
  const seen = {
    actors: rows.flatMap((r) => [...r.actors, ...r.recipients].map(actorKey)),
    places: rows.flatMap((r) => (r.place ? [r.place.name] : [])),
    sources: rows.flatMap((r) => (r.source ? [r.source] : [])),
  };
  return filterBar(filterFrom(ctx.route.params), (f) => ctx.go(href(view, null, filterParams(f))), seen);
}

/** Download links for the filtered events; exports carry each event's review status and polarity. */
function exportLinks(filter: EventFilter): HTMLElement {
  const links = h('span', {});
  const drop = h('input', { type: 'checkbox', name: 'asserted-only', onChange: () => draw() });
  const draw = () => {
    const f: EventFilter = drop.checked ? { ...filter, polarity: filter.polarity ?? ['asserted'], review: filter.review ?? ['unreviewed', 'accepted', 'corrected'] } : filter;
    mount(links, Object.entries(EXPORTS).map(([format, label], i) => [i ? ' · ' : '', h('a', { href: `/api/exports/${format}${queryString({ ...f })}`, download: '' }, label)]));
  };
  draw();
  return h('p', { class: 'exports' }, 'Export these events: ', links, ' ', h('label', { class: 'small' }, drop, ' leave out negated, denied and rejected rows'));
}

export async function eventsView(ctx: Ctx): Promise<Node> {
  const filter = filterFrom(ctx.route.params);
  const sort: EventSort = ctx.route.params.get('sort') === 'confidence' ? 'confidence' : 'date';
  const [first, count] = await Promise.all([api.eventPage(filter, { sort }), api.eventCount(filter)]);
  const rows = [...first.items];
  let cursor = first.nextCursor;
  let open: string | null = null;
  const tableBox = h('div', { class: 'table-box' });
  const countBox = h('div', {});
  const moreBox = h('div', {});

  const sortBy = (key: EventSort) => {
    const p = new URLSearchParams(ctx.route.params);
    if (key === 'date') p.delete('sort');
    else p.set('sort', key);
    ctx.go(href('events', null, p));
  };
  const toggle = (r: EventRecord, tr: HTMLElement) => {
    open = open === r.key ? null : r.key;
    draw();
    if (open) tableBox.querySelector<HTMLElement>(`tr[data-event="${CSS.escape(r.key)}"]`)?.focus();
    else tr.focus();
  };
  const more = async (button: HTMLButtonElement) => {
    button.disabled = true;
    button.textContent = 'Loading…';
    const page = await api.eventPage(filter, { sort, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor;
    draw();
    tableBox.querySelectorAll<HTMLElement>('tr.event-row')[rows.length - page.items.length]?.focus();
  };

  function draw() {
    const header = h(
      'tr',
      {},
      COLUMNS.map((c) =>
        h(
          'th',
          { scope: 'col', 'data-key': c.key, 'aria-sort': c.sort === sort ? (sort === 'date' ? 'descending' : 'ascending') : null },
          c.sort
            ? h('button', { class: 'sort', title: c.sort === 'date' ? 'newest first' : 'lowest confidence first', onClick: () => sortBy(c.sort!) }, c.label, c.sort === sort ? (sort === 'date' ? ' ▼' : ' ▲') : '')
            : c.label,
        ),
      ),
    );
    const body = rows.flatMap((r) => {
      const mark = modalityMark(r);
      const tr: HTMLElement = h(
        'tr',
        {
          class: `event-row review-${r.review?.status ?? 'unreviewed'}${mark ? ` modality-${mark}` : ''}`,
          tabindex: 0,
          'data-event': r.key,
          'aria-expanded': open === r.key ? 'true' : 'false',
          onClick: () => toggle(r, tr),
          onKeydown: (e: Event) => {
            if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
              e.preventDefault();
              toggle(r, tr);
            }
          },
        },
        COLUMNS.map((c) => h('td', { 'data-key': c.key }, c.cell(r))),
      );
      if (open !== r.key) return [tr];
      const cell = h('td', { colSpan: COLUMNS.length }, h('p', { class: 'muted' }, 'Loading evidence…'));
      eventEvidence(r).then(
        (el) => mount(cell, el),
        (e: Error) => mount(cell, h('p', { class: 'error' }, `Could not load the evidence: ${e.message}`)),
      );
      return [tr, h('tr', { class: 'evidence-row' }, cell)];
    });
    mount(
      tableBox,
      rows.length
        ? h('table', { class: 'data events' }, h('thead', {}, header), h('tbody', {}, body))
        : h('p', { class: 'empty' }, 'No events match these filters.'),
    );
    mount(countBox, countLine(count, rows.length));
    const button: HTMLButtonElement = h('button', { class: 'more', onClick: () => void more(button) }, `Show ${Math.min(50, count.total - rows.length)} more`);
    mount(moreBox, cursor ? [countLine(count, rows.length), button] : null);
  }
  draw();
  const go = (from: string, to: string) => ctx.go(href('events', null, filterParams({ ...filter, from, to })));
  // the table first; counts over time follow when their aggregate arrives
  const overTime = h('div', { class: 'over-time-slot' });
  countsOverTime(filter).then(
    (over) =>
      over.bars.length &&
      mount(
        overTime,
        h(
          'details',
          { class: 'over-time', open: true },
          h('summary', {}, `Counted events by ${over.bucket}`),
          h('div', { class: 'chart-box' }, barChart(over.bars, { from: filter.from, to: filter.to, height: 140, onSelect: go })),
          leftOff(over, filter),
        ),
      ),
    (e: Error) => mount(overTime, h('p', { class: 'error' }, `Could not load the counts over time: ${e.message}`)),
  );
  return h(
    'section',
    {},
    h('h1', {}, 'Events'),
    routedFilterBar(ctx, 'events', rows),
    countBox,
    overTime,
    exportLinks(filter),
    h('p', { class: 'muted small' }, 'Click a row, or press Enter on it, to see its evidence. A date marked “(published)” is the article’s: the text gives the event no time. Struck-through rows are negated or denied; slanted ones hypothetical.'),
    tableBox,
    moreBox,
  );
}
