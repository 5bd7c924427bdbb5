// A short list of the events behind a chart's selection (a period, a place, an actor): the first few with their
// sentences, "N of M" and a link to all of them in the table. The timeline, map and network share it.
import { api, type EventFilter, type EventRecord } from '../api.ts';
import { h, mount } from '../dom.ts';
import { filterParams } from '../filters.ts';
import { href } from '../route.ts';
import { glyph, quadOf } from '../palette.ts';
import { dateLabel, modalityMark, parties, sourceName } from '../lib/event-fields.ts';
import { countLine } from '../components/counts.ts';

const SHOWN = 10;

function item(r: EventRecord): HTMLElement {
  const mark = modalityMark(r);
  return h(
    'li',
    { class: mark ? `modality-${mark}` : null, 'data-event': r.key },
    h(
      'p',
      {},
      glyph(quadOf(r.quadClass)),
      ` ${r.type}: ${parties(r.actors)} → ${parties(r.recipients)}`,
      mark ? [' ', h('span', { class: `badge modality-${mark}` }, mark)] : null,
      h('span', { class: 'muted small' }, ` · ${dateLabel(r).text} · ${sourceName(r.source)}`),
    ),
    h('blockquote', { class: 'evidence small' }, h('a', { href: href('article', r.articleId, { event: r.eventId }) }, r.evidence)),
  );
}

/** Fills `target` with the events matching `filter`; `title` names the selection. */
export async function eventList(target: HTMLElement, filter: EventFilter, title: string): Promise<void> {
  mount(target, h('p', { class: 'muted' }, 'Loading…'));
  try {
    const [page, count] = await Promise.all([api.eventPage(filter, { limit: SHOWN }), api.eventCount(filter)]);
    mount(
      target,
      h('h3', { tabindex: -1 }, title),
      countLine(count, page.items.length),
      h('ul', { class: 'event-list' }, page.items.map(item)),
      h('p', {}, h('a', { href: href('events', null, filterParams(filter)) }, `all ${count.total.toLocaleString('en')} in the events table →`)),
    );
    target.querySelector<HTMLElement>('h3')?.focus();
  } catch (e) {
    mount(target, h('p', { class: 'error', role: 'alert' }, `Could not load the events: ${(e as Error).message}`));
  }
}
