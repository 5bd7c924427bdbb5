// The details of one fact: its fields, modality and source chain. Every field that has evidence is a
// button that puts that span in focus in the text.
import type { Analysis, Event, Evidence } from '../../schema/analysis.ts';
import { h, type Child } from '../dom.ts';
import { QUAD, glyph, quadOf } from '../palette.ts';
import { sourceChain } from '../components/chain.ts';
import type { FactRef } from './article-text.ts';
import type { ShownClass } from '../lib/article-links.ts';

type Go = (e: Evidence) => void;
/** An event's class as reviewed: the machine's unless an analyst changed its type. */
type ClassOf = (e: Event) => ShownClass;

function field(name: string, value: Child, evidence: Evidence | null | undefined, go: Go): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, name),
    h('td', {}, value),
    h(
      'td',
      {},
      evidence
        ? h('button', { class: 'linkish evidence-link', 'data-field': name, onClick: () => go(evidence), title: `Show evidence: ${evidence.text}` }, '→ evidence')
        : null,
    ),
  );
}

function table(rows: HTMLElement[]): HTMLElement {
  return h('table', { class: 'fields' }, h('tbody', {}, rows));
}

function eventPanel(a: Analysis, id: string, review: Child, classOf: ClassOf, go: Go): Child {
  const e = a.events.find((x) => x.id === id);
  if (!e) return null;
  const c = classOf(e);
  const q = quadOf(c.quadClass);
  const time = e.time ? a.times.find((t) => t.id === e.time!.timeId) : null;
  const m = e.modality;
  const flags = [m.threat && 'threat', m.conditional && 'conditional', m.hypothetical && 'hypothetical'].filter(Boolean).join(', ');
  const claims = a.claims.filter((c) => c.eventId === e.id);
  const contradictions = a.contradictions.filter((c) => claims.some((cl) => c.claimIds.includes(cl.id)));
  return [
    h(
      'h3',
      {},
      glyph(q, 14),
      ` ${c.type}`,
      c.mode ? h('span', { class: 'muted' }, ` · ${c.mode}`) : null,
      c.machine ? h('span', { class: 'muted machine-class' }, ` (corrected; machine: ${c.machine.type}, CAMEO ${c.machine.code})`) : null,
    ),
    h('p', { class: 'muted' }, `CAMEO ${c.cameo.code} ${c.cameo.label} · ${QUAD[q].label}`, c.goldstein === null ? '' : ` · Goldstein ${c.goldstein}`, ` · confidence ${e.confidence.toFixed(2)}`),
    table([
      field('trigger', `“${e.trigger.text}”`, e.trigger, go),
      ...e.actors.map((p) => field('actor', `${p.text}${p.actorCode ? ` (${p.actorCode})` : ''}`, p, go)),
      ...e.recipients.map((p) => field('recipient', `${p.text}${p.actorCode ? ` (${p.actorCode})` : ''}`, p, go)),
      field('place', e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : '—', e.location, go),
      field('time', e.time ? `${e.time.start ?? '…'} – ${e.time.end ?? '…'} (${e.time.granularity})` : '—', time, go),
      ...e.quantityIds
        .map((qid) => a.quantities.find((x) => x.id === qid))
        .filter((x) => !!x)
        .map((x) => field('quantity', `${x.bound} ${x.value}${x.valueMax === null ? '' : `–${x.valueMax}`} ${x.item ?? x.unit ?? ''}`, x, go)),
    ]),
    h('h4', {}, 'Modality'),
    table([
      field('stage', m.stage, null, go),
      field('polarity', m.polarity, null, go),
      field('certainty', m.certainty, null, go),
      field('flags', flags || '—', null, go),
      ...m.cues.map((c) => field('cue', `“${c.text}”`, c, go)),
    ]),
    h('h4', {}, 'Source chain'),
    sourceChain(e.attribution.chain, go),
    contradictions.length
      ? [h('h4', {}, 'Contradicted'), h('ul', {}, contradictions.map((c) => h('li', {}, `${c.kind}: ${c.reason}`)))]
      : null,
    h('h4', {}, 'Review'),
    review,
  ];
}

function mentionPanel(a: Analysis, id: string, go: Go): Child {
  const m = a.mentions.find((x) => x.id === id);
  const ent = m && a.entities.find((x) => x.id === m.entityId);
  if (!m || !ent) return null;
  const mentions = ent.mentionIds.map((mid) => a.mentions.find((x) => x.id === mid)).filter((x) => !!x);
  return [
    h('h3', {}, ent.name, h('span', { class: 'muted' }, ` · ${ent.type}`)),
    table([
      field('id', ent.id, null, go),
      field('country', ent.country ?? '—', null, go),
      field('actor code', ent.actorCode ?? '—', null, go),
      field('place', ent.geo ? `${ent.geo.lat.toFixed(2)}, ${ent.geo.lon.toFixed(2)}` : '—', null, go),
      field('this mention', `“${m.text}” (${m.source}, ${m.confidence.toFixed(2)})`, m, go),
      m.metonymOf ? field('stands for', m.metonymOf, null, go) : null,
    ].filter((x): x is HTMLElement => !!x)),
    h('h4', {}, `Mentions (${mentions.length})`),
    table(mentions.map((x, i) => field(`#${i + 1}`, `“${x.text}”`, x, go))),
  ];
}

function quotePanel(a: Analysis, id: string, go: Go): Child {
  const q = a.quotes.find((x) => x.id === id);
  if (!q) return null;
  return [
    h('h3', {}, q.direct ? 'Direct quote' : 'Reported speech'),
    table([
      field('speaker', q.speaker?.text ?? 'unnamed', null, go),
      field('cue', q.cue ? `“${q.cue.text}”` : '—', q.cue, go),
      field('content', `“${q.content.text.length > 80 ? `${q.content.text.slice(0, 80)}…` : q.content.text}”`, q.content, go),
    ]),
    h('h4', {}, 'Source chain'),
    sourceChain(q.attribution.chain, go),
  ];
}

function timePanel(a: Analysis, id: string, go: Go): Child {
  const t = a.times.find((x) => x.id === id);
  if (!t) return null;
  return [
    h('h3', {}, `Time ${t.value}`),
    table([
      field('text', `“${t.text}”`, t, go),
      field('granularity', t.granularity, null, go),
      field('modifier', t.modifier ?? '—', null, go),
      field('interval', `${t.interval.start ?? '…'} – ${t.interval.end ?? '…'}`, null, go),
      field('relative', t.relative ? `yes, to ${a.publishedAt}` : 'no', null, go),
    ]),
  ];
}

/** `review` is what to show under an event's Review heading: its decision, or the buttons to decide. */
export function factPanel(a: Analysis, fact: FactRef, review: Child, classOf: ClassOf, go: Go): Child {
  switch (fact.kind) {
    case 'event':
      return eventPanel(a, fact.id, review, classOf, go);
    case 'mention':
      return mentionPanel(a, fact.id, go);
    case 'quote':
      return quotePanel(a, fact.id, go);
    case 'time':
      return timePanel(a, fact.id, go);
  }
}
