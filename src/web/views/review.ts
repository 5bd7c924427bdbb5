// The review queue: analysts accept, correct (type, actors, time, place) or reject machine-coded events.
// The API keeps, audits and exports each decision; this view shows the latest one on each event.
import { api, type EventRecord, type ReviewAction } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { href } from '../route.ts';
import { PLOVER, ploverTypes } from '../labels.ts';
import { glyph, quadOf } from '../palette.ts';
import { parties } from '../lib/event-fields.ts';
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
        onSubmit({ type: get('type'), actors: get('actors'), recipients: get('recipients'), start: get('start'), end: get('end'), place: get('place') }, get('note'));
      },
    },
    h('label', {}, 'Type', h('select', { name: 'type' }, ploverTypes.map((t) => h('option', { value: t, selected: t === v.type }, `${t} (${PLOVER[t]})`)))),
    text('actors', 'Actors', 'comma-separated codes or names'),
    text('recipients', 'Recipients', 'comma-separated codes or names'),
    h('label', {}, 'From', h('input', { name: 'start', type: 'date', value: v.start })),
    h('label', {}, 'To', h('input', { name: 'end', type: 'date', value: v.end })),
    text('place', 'Place', 'place name; empty for none'),
    h('label', { class: 'wide' }, 'Note', h('input', { name: 'note', size: 40 })),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Save correction'), h('button', { type: 'button', class: 'secondary', onClick: onCancel }, 'Cancel')),
  );
  return form;
}

/** An event with its review buttons; `withEvidence` false where the evidence is already on screen (the article). */
export function reviewCard(initial: EventRecord, withEvidence = true): HTMLElement {
  let r = initial;
  const box = h('article', { class: 'review-card', 'data-event': r.key });
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
      r = await api.event(r.key);
      draw();
      box.querySelector<HTMLElement>('.actions button')?.focus();
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
      h('p', { class: 'muted' }, `CAMEO ${r.cameo.code} · ${r.date} · ${r.place?.name ?? 'no place'} · ${r.stage} · ${r.certainty} · confidence ${r.confidence.toFixed(2)} · ${r.source ?? ''}`),
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

export async function reviewView(ctx: Ctx): Promise<Node> {
  const show = ctx.route.params.get('show') === 'all' ? 'all' : 'unreviewed';
  const rows = await api.events(show === 'all' ? {} : { review: ['unreviewed'] });
  return h(
    'section',
    {},
    h('h1', {}, 'Review queue'),
    h(
      'p',
      { class: 'tabs' },
      'Show: ',
      h('a', { href: href('review'), 'aria-current': show === 'unreviewed' ? 'page' : null }, 'not reviewed'),
      ' · ',
      h('a', { href: href('review', null, { show: 'all' }), 'aria-current': show === 'all' ? 'page' : null }, 'all'),
    ),
    h('p', { class: 'count', role: 'status' }, `${rows.length} event${rows.length === 1 ? '' : 's'}`),
    rows.length ? rows.map((r) => reviewCard(r)) : h('p', { class: 'empty' }, 'Nothing left to review.'),
  );
}
