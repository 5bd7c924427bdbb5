// The events table: filtered by the shared filter bar, sortable by any column, each row opening its evidence.
import { api, queryString, type EventFilter, type EventRecord } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { filterBar, filterFrom, filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { glyph, quadOf } from '../palette.ts';
import { EXPORTS, REVIEW } from '../labels.ts';
import { eventDate, parties } from '../lib/event-fields.ts';
import { actorKey } from '../lib/graph.ts';
import { eventEvidence } from './event-evidence.ts';

interface Column {
  key: string;
  label: string;
  value: (r: EventRecord) => string;
}

const COLUMNS: Column[] = [
  { key: 'date', label: 'Date', value: (r) => eventDate(r).date ?? '' },
  { key: 'type', label: 'Type', value: (r) => r.type },
  { key: 'actor', label: 'Actors', value: (r) => parties(r.actors) },
  { key: 'recipient', label: 'Recipients', value: (r) => parties(r.recipients) },
  { key: 'trigger', label: 'Trigger', value: (r) => r.trigger },
  { key: 'place', label: 'Place', value: (r) => r.place?.name ?? '—' },
  { key: 'stage', label: 'Stage', value: (r) => r.stage },
  { key: 'source', label: 'Source', value: (r) => r.attributedTo ? `${r.source ?? '—'} ← ${r.attributedTo}` : (r.source ?? '—') },
  { key: 'review', label: 'Review', value: (r) => REVIEW[r.review?.status ?? 'unreviewed'] },
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

export function countLine(rows: readonly unknown[], what = 'events'): HTMLElement {
  return h('p', { class: 'count', role: 'status' }, `${rows.length} ${rows.length === 1 ? what.replace(/s$/, '') : what}`);
}

/** Download links for the filtered events; exports carry each event's review status. */
function exportLinks(filter: EventFilter): HTMLElement {
  return h(
    'p',
    { class: 'exports' },
    'Export these events: ',
    Object.entries(EXPORTS).map(([format, label], i) => [i ? ' · ' : '', h('a', { href: `/api/exports/${format}${queryString({ ...filter })}`, download: '' }, label)]),
  );
}

export async function eventsView(ctx: Ctx): Promise<Node> {
  const filter = filterFrom(ctx.route.params);
  const rows = await api.events(filter);
  let sortKey = 'date';
  let ascending = true;
  let open: string | null = null;
  const tableBox = h('div', { class: 'table-box' });

  const sorted = () => {
    const col = COLUMNS.find((c) => c.key === sortKey)!;
    return [...rows].sort((a, b) => col.value(a).localeCompare(col.value(b)) * (ascending ? 1 : -1));
  };
  const sortBy = (key: string) => {
    ascending = key === sortKey ? !ascending : true;
    sortKey = key;
    draw();
    tableBox.querySelector<HTMLElement>(`th[data-key="${key}"] button`)?.focus();
  };
  const toggle = (r: EventRecord, tr: HTMLElement) => {
    open = open === r.key ? null : r.key;
    draw();
    if (open) tableBox.querySelector<HTMLElement>(`tr[data-event="${r.key}"]`)?.focus();
    else tr.focus();
  };

  function draw() {
    const header = h(
      'tr',
      {},
      COLUMNS.map((c) =>
        h(
          'th',
          { scope: 'col', 'data-key': c.key, 'aria-sort': c.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none' },
          h('button', { class: 'sort', onClick: () => sortBy(c.key) }, c.label, c.key === sortKey ? (ascending ? ' ▲' : ' ▼') : ''),
        ),
      ),
    );
    const body = sorted().flatMap((r) => {
      const tr: HTMLElement = h(
        'tr',
        {
          class: `event-row review-${r.review?.status ?? 'unreviewed'}`,
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
        COLUMNS.map((c) =>
          h('td', {}, c.key === 'type' ? [glyph(quadOf(r.quadClass)), ' '] : null, c.key === 'date' && !eventDate(r).dated ? h('span', { title: 'publication date: the event has no time of its own' }, `${c.value(r)}*`) : c.value(r)),
        ),
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
  }
  draw();
  return h(
    'section',
    {},
    h('h1', {}, 'Events'),
    routedFilterBar(ctx, 'events', rows),
    countLine(rows),
    exportLinks(filter),
    h('p', { class: 'muted small' }, 'Click a row, or press Enter on it, to see its evidence. * = no time in the text: the publication date.'),
    tableBox,
  );
}
