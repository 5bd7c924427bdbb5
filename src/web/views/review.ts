// The review queue: analysts accept, correct (type, actors, time, place, stage, polarity, certainty) or reject
// machine-coded events, 50 at a time, filtered like the events table and sorted by confidence (lowest first) or
// date, with a live count and keys: a accept, c correct, r reject, j/k next/previous card.
// The API keeps, audits and exports each decision; this view shows the latest one on each event.
import { api, EVENT_PAGE, type EventCount, type EventFilter, type EventRecord, type EventSort, type ReviewAction } from '../api.ts';
import { h, mount } from '../dom.ts';
import { moreButton } from '../components/more-button.ts';
import type { Ctx } from '../context.ts';
import { href } from '../route.ts';
import { CERTAINTY, PLOVER, POLARITY, STAGES, certainties, ploverTypes, polarities, stages } from '../labels.ts';
import { glyph, quadOf } from '../palette.ts';
import { dateLabel, modalityMark, parties, sourceName } from '../lib/event-fields.ts';
import { filterFrom, filterParams } from '../filters.ts';
import { countLine } from '../components/counts.ts';
import { routedFilterBar } from './events.ts';
import { correctionOf, formOf, type CorrectionForm } from '../lib/correction.ts';
import { reviewLine } from '../components/decisions.ts';
import { eventEvidence } from './event-evidence.ts';

function correctForm(r: EventRecord, onSubmit: (f: CorrectionForm, note: string) => void, onCancel: () => void): HTMLFormElement {
  const v = formOf(r);
  const text = (name: keyof CorrectionForm, label: string, hint: string) =>
    h('label', {}, label, h('input', { name, value: v[name], title: hint, size: 18 }));
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'correct-form',
      'aria-label': 'Correct this event',
      onSubmit: (e: Event) => {
        e.preventDefault();
        const d = new FormData(form);
        const get = (k: string) => String(d.get(k) ?? '').trim();
        onSubmit(
          { type: get('type'), actors: get('actors'), recipients: get('recipients'), start: get('start'), end: get('end'), place: get('place'), stage: get('stage'), polarity: get('polarity'), certainty: get('certainty') },
          get('note'),
        );
      },
    },
    h('label', {}, 'Type', h('select', { name: 'type' }, ploverTypes.map((t) => h('option', { value: t, selected: t === v.type }, `${t} (${PLOVER[t]})`)))),
    text('actors', 'Actors', 'comma-separated codes or names'),
    text('recipients', 'Recipients', 'comma-separated codes or names'),
    h('label', {}, 'From', h('input', { name: 'start', type: 'date', value: v.start })),
    h('label', {}, 'To', h('input', { name: 'end', type: 'date', value: v.end })),
    text('place', 'Place', 'place name; empty for none'),
    h('label', {}, 'Stage', h('select', { name: 'stage' }, stages.map((t) => h('option', { value: t, selected: t === v.stage }, STAGES[t])))),
    h('label', {}, 'Polarity', h('select', { name: 'polarity' }, polarities.map((t) => h('option', { value: t, selected: t === v.polarity }, POLARITY[t])))),
    h('label', {}, 'Certainty', h('select', { name: 'certainty' }, certainties.map((t) => h('option', { value: t, selected: t === v.certainty }, CERTAINTY[t])))),
    h('label', { class: 'wide' }, 'Note', h('input', { name: 'note', size: 40 })),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Save correction'), h('button', { type: 'button', class: 'secondary', onClick: onCancel }, 'Cancel')),
  );
  return form;
}

/**
 * An event with its review buttons; `withEvidence` false where the evidence is already on screen (the article).
 * `onDecided` hears of each saved decision (the queue's live count).
 */
export function reviewCard(initial: EventRecord, withEvidence = true, onDecided?: (before: EventRecord, after: EventRecord) => void): HTMLElement {
  let r = initial;
  const box = h('article', {
    class: 'review-card',
    'data-event': r.key,
    tabindex: 0,
    'aria-label': `${r.type} event, ${r.review?.status ?? 'not reviewed'}; keys: a accept, c correct, r reject`,
    onKeydown: (e: Event) => {
      const k = e as KeyboardEvent;
      if (k.target !== box || k.ctrlKey || k.metaKey || k.altKey) return;
      const act = { a: () => void decide('accept'), r: () => void decide('reject'), c: () => showForm() }[k.key];
      if (act) {
        k.preventDefault();
        act();
      }
    },
  });
  const status = h('div', { role: 'status' });
  const decide = async (action: ReviewAction, form?: CorrectionForm, note?: string) => {
    mount(status, h('p', { class: 'muted' }, 'Saving…'));
    try {
      await api.review(r.key, {
        action,
        ...(action === 'correct' ? { correction: correctionOf(r, form!) } : {}),
        ...(note ? { note } : {}),
      });
      // the record as the API now has it, with a correction laid over the machine's values
      const before = r;
      r = await api.event(r.key);
      draw();
      onDecided?.(before, r);
      box.focus();
    } catch (e) {
      mount(status, h('p', { class: 'error', role: 'alert' }, `Not saved: ${(e as Error).message}`));
    }
  };
  const actions = () =>
    h(
      'div',
      { class: 'actions' },
      h('button', { class: 'accept', onClick: () => void decide('accept') }, '✓ Accept'),
      h('button', { class: 'correct', onClick: () => showForm() }, '✎ Correct…'),
      h('button', { class: 'reject', onClick: () => void decide('reject') }, '✕ Reject'),
    );
  const evidence = h('div', {}, withEvidence ? h('p', { class: 'muted' }, 'Loading evidence…') : null);
  if (withEvidence) {
    eventEvidence(r, false).then(
      (el) => mount(evidence, el),
      () => mount(evidence, h('blockquote', { class: 'evidence' }, r.evidence)),
    );
  }
  const formSlot = h('div', {});
  function showForm() {
    mount(formSlot, correctForm(r, (f, note) => void decide('correct', f, note), () => mount(formSlot)));
    formSlot.querySelector<HTMLElement>('select')?.focus();
  }
  function draw() {
    mount(
      box,
      h(
        'h3',
        {},
        glyph(quadOf(r.quadClass)),
        ` ${r.type}`,
        r.machineType !== r.type ? h('span', { class: 'muted' }, ` (machine: ${r.machineType}, CAMEO ${r.machineCameo})`) : null,
        `: ${parties(r.actors)} → ${parties(r.recipients)}`,
      ),
      h(
        'p',
        { class: 'muted' },
        `CAMEO ${r.cameo.code} · ${dateLabel(r).text} · ${r.place?.name ?? 'no place'} · ${r.stage} · ${r.polarity} · ${r.certainty}${r.hypothetical ? ', hypothetical' : ''} · confidence ${r.confidence.toFixed(2)} · ${sourceName(r.source)}`,
        modalityMark(r) ? [' ', h('span', { class: `badge modality-${modalityMark(r)}` }, modalityMark(r))] : null,
      ),
      evidence,
      h('div', { class: 'decision' }, reviewLine(r.review), actions()),
      status,
      formSlot,
    );
    mount(formSlot);
    mount(status);
  }
  draw();
  return box;
}

/** The queue's filter: the shared one, with "not reviewed" unless the analyst asks for all. */
function queueFilter(params: URLSearchParams): EventFilter {
  const f = filterFrom(params);
  return params.get('show') === 'all' || f.review ? f : { ...f, review: ['unreviewed'] };
}

export async function reviewView(ctx: Ctx): Promise<Node> {
  const params = ctx.route.params;
  const show = params.get('show') === 'all' ? 'all' : 'unreviewed';
  const sort: EventSort = params.get('sort') === 'date' ? 'date' : 'confidence';
  const filter = queueFilter(params);
  const [first, initialCount] = await Promise.all([api.eventPage(filter, { sort }), api.eventCount(filter)]);
  let count: EventCount = initialCount;
  const rows = [...first.items];
  let cursor = first.nextCursor;
  const countBox = h('div', {});
  const list = h('div', { class: 'review-list' });
  const moreBox = h('div', {});
  const drawCount = () => mount(countBox, countLine(count, rows.length));
  // a decision takes an event out of the "not reviewed" queue: the count follows at once, then from the API
  const decided = (before: EventRecord) => {
    if (show === 'unreviewed' && !before.review) count = { ...count, total: count.total - 1 };
    drawCount();
    void api.eventCount(filter).then((c) => ((count = c), drawCount()));
  };
  const append = (items: EventRecord[]) => list.append(...items.map((r) => reviewCard(r, true, decided)));
  const more = async () => {
    const page = await api.eventPage(filter, { sort, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor;
    append(page.items);
    drawMore();
    drawCount();
    list.querySelectorAll<HTMLElement>('article.review-card')[rows.length - page.items.length]?.focus();
  };
  const drawMore = () => {
    mount(moreBox, cursor ? moreButton(`Show ${Math.min(EVENT_PAGE, count.total - rows.length)} more`, more) : null);
  };
  append(rows);
  drawCount();
  drawMore();
  const link = (label: string, change: Record<string, string | null>, current: boolean) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) (v === null ? p.delete(k) : p.set(k, v));
    return h('a', { href: href('review', null, p), 'aria-current': current ? 'page' : null }, label);
  };
  // j/k move between cards, as in mail readers
  list.addEventListener('keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.key !== 'j' && k.key !== 'k') return;
    const cards = Array.from(list.querySelectorAll<HTMLElement>('article.review-card'));
    const at = cards.findIndex((c) => c.contains(document.activeElement));
    cards[Math.max(0, Math.min(cards.length - 1, at + (k.key === 'j' ? 1 : -1)))]?.focus();
  });
  return h(
    'section',
    {},
    h('h1', {}, 'Review queue'),
    routedFilterBar(ctx, 'review', rows),
    h(
      'p',
      { class: 'tabs' },
      'Show: ',
      link('not reviewed', { show: null }, show === 'unreviewed'),
      ' · ',
      link('all', { show: 'all' }, show === 'all'),
      ' — Order: ',
      link('lowest confidence first', { sort: null }, sort === 'confidence'),
      ' · ',
      link('newest first', { sort: 'date' }, sort === 'date'),
      h('span', { class: 'muted small' }, ' — keys on a card: a accept · c correct · r reject · j/k next/previous'),
    ),
    countBox,
    rows.length ? list : h('p', { class: 'empty' }, 'Nothing left to review.'),
    moreBox,
    h('p', {}, h('a', { href: href('events', null, filterParams(filter)) }, 'these events in the table →')),
  );
}
