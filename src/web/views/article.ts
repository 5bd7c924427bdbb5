// One article: highlighted text, legend, provenance, and the panel of the fact in hand.
import type { Evidence } from '../../schema/analysis.ts';
import { api, type ArticleDetail } from '../api.ts';
import { h, mount } from '../dom.ts';
import { canEdit, type Ctx } from '../context.ts';
import { reviewCard } from './review.ts';
import { reviewLine } from '../components/decisions.ts';
import { href } from '../route.ts';
import { externalLink } from '../components/external-link.ts';
import { glyph, quadOf } from '../palette.ts';
import { eventKey } from '../../store/event-key.ts';
import { articleText, legend, type FactKind, type FactRef } from './article-text.ts';
import { factPanel } from './fact-panel.ts';
import { backlinkGroups, backlinkLabel, shownClass } from '../lib/article-links.ts';

function parseFact(v: string | null): FactRef | null {
  const m = v ? /^(event|quote|mention|time):(.+)$/.exec(v) : null;
  return m ? { kind: m[1] as FactKind, id: m[2]! } : null;
}

function provenance(d: ArticleDetail, go: (e: Evidence) => void): HTMLElement {
  const p = d.analysis!.provenance;
  const original = p.original;
  const link = d.article.originalOf;
  const relation = { original: 'Original article', translation: 'Translation', republication: 'Republication' }[p.relation];
  return h(
    'section',
    { class: 'provenance', 'aria-label': 'Provenance' },
    h('strong', {}, relation),
    p.publisher ? ` published by ${p.publisher}` : '',
    original
      ? [
          ' of ',
          d.originalId
            ? h('a', { href: href('article', d.originalId) }, original.title ?? 'the stored original')
            : original.url
              ? externalLink(original.url, original.title ?? original.url, true)
              : h('cite', {}, original.title ?? 'an unnamed original'),
          d.originalId ? null : h('span', { class: 'muted' }, ' (not in the store)'),
          original.evidence ? [' ', h('button', { class: 'linkish', onClick: () => go(original.evidence!) }, '→ evidence')] : null,
        ]
      : null,
    p.evidence.length ? [' · said by ', p.evidence.map((e, i) => [i ? ', ' : '', h('button', { class: 'linkish', onClick: () => go(e) }, `“${e.text}”`)])] : null,
    link && !original ? [` · ${link.relation} of `, link.url ? externalLink(link.url, link.title ?? link.url) : link.title ?? '—', h('span', { class: 'muted' }, ` (${link.evidence})`)] : null,
    d.nearDuplicateOf ? [' · near-duplicate of ', h('a', { href: href('article', d.nearDuplicateOf) }, 'an earlier copy')] : null,
    backlinkGroups(d.linkedFrom).map((g) => [
      ` · ${g.label} `,
      h(
        'span',
        { class: 'backlinks', 'data-relation': g.relation },
        g.links.map((l, i) => {
          const { text, detail } = backlinkLabel(l);
          return [i ? ', ' : '', h('a', { href: href('article', l.id) }, text), detail ? h('span', { class: 'muted' }, ` (${detail})`) : null];
        }),
      ),
    ]),
    d.article.url ? [' · ', externalLink(d.article.url, 'source page')] : null,
  );
}

export async function articleView(ctx: Ctx): Promise<Node> {
  const id = ctx.route.arg;
  if (!id) return h('p', {}, 'No article given.');
  const d = await api.article(id);
  const analysis = d.analysis;
  if (!analysis) return h('article', {}, h('h1', {}, d.article.title ?? id), h('p', { class: 'muted' }, 'Not analysed yet.'), h('pre', { class: 'plain' }, d.article.text));
  const a = analysis;
  const reviewOf = (eventId: string) => {
    const e = a.events.find((x) => x.id === eventId);
    return e ? (d.reviews[eventKey(d.article.id, e)] ?? null) : null;
  };
  const classOf = (e: (typeof a.events)[number]) => shownClass(d, e);
  const textBox = h('div', { class: 'text-col' });
  const panel = h('aside', { class: 'panel', 'aria-label': 'Fact details', 'aria-live': 'polite' });
  const eventId = ctx.route.params.get('event');
  let selected: FactRef | null = eventId ? { kind: 'event', id: eventId } : parseFact(ctx.route.params.get('fact'));
  let focus: Evidence | null = null;

  const factList = () =>
    h(
      'nav',
      { class: 'fact-list', 'aria-label': 'Events in this article' },
      h('h3', {}, `Events (${a.events.length})`),
      a.events.length
        ? h(
            'ul',
            {},
            a.events.map((e) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { class: 'linkish', 'data-event': e.id, onClick: () => pick({ kind: 'event', id: e.id }) },
                  glyph(quadOf(classOf(e).quadClass)),
                  ` ${classOf(e).type}: ${e.actors.map((p) => p.text).join(', ') || '?'} → ${e.recipients.map((p) => p.text).join(', ') || '—'} (“${e.trigger.text}”)`,
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'No events found in this article.'),
      h('h3', {}, `Quotes (${a.quotes.length})`),
      h(
        'ul',
        {},
        a.quotes.map((q) => h('li', {}, h('button', { class: 'linkish', onClick: () => pick({ kind: 'quote', id: q.id }) }, `${q.speaker?.text ?? 'unnamed'}: “${q.content.text.slice(0, 60)}…”`))),
      ),
    );

  /** The review buttons for analysts, on the event as the API has it (with any correction). */
  const reviewSlot = (eventId: string) => {
    const e = a.events.find((x) => x.id === eventId);
    const slot = h('div', { class: 'panel-review' });
    if (e) {
      api.event(eventKey(d.article.id, e)).then(
        (record) => mount(slot, reviewCard(record, false)),
        (err: Error) => mount(slot, h('p', { class: 'error' }, `Review unavailable: ${err.message}`)),
      );
    }
    return slot;
  };

  const draw = (scroll: boolean) => {
    mount(textBox, articleText(a, selected, focus, pick));
    mount(
      panel,
      selected
        ? [
            h('button', { class: 'secondary small', onClick: () => pick(null) }, '← all facts'),
            factPanel(a, selected, selected.kind === 'event' ? (canEdit(ctx.user) ? reviewSlot(selected.id) : reviewLine(reviewOf(selected.id))) : null, classOf, show),
          ]
        : factList(),
    );
    if (scroll) {
      const target = textBox.querySelector('#focus') ?? textBox.querySelector('.selected');
      target?.scrollIntoView({ block: 'center', behavior: 'auto' });
    }
  };
  function pick(f: FactRef | null) {
    selected = f;
    const ev = f ? a.events.find((e) => e.id === f.id && f.kind === 'event') : null;
    focus = ev ? ev.trigger : null;
    history.replaceState(null, '', href('article', id, f ? { fact: `${f.kind}:${f.id}` } : undefined));
    draw(false);
    panel.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }
  function show(e: Evidence) {
    focus = e;
    draw(true);
  }
  if (selected?.kind === 'event') focus = a.events.find((e) => e.id === selected!.id)?.trigger ?? null;
  draw(false);
  if (focus) requestAnimationFrame(() => textBox.querySelector('#focus')?.scrollIntoView({ block: 'center' }));

  return h(
    'article',
    { class: 'article-view' },
    h('h1', {}, a.title ?? d.article.title ?? '(untitled)'),
    h('p', { class: 'muted' }, [d.article.publisher, `published ${a.publishedAt}`, `language ${a.lang.code}`, `${a.events.length} events`, `${a.entities.length} entities`].filter(Boolean).join(' · ')),
    provenance(d, show),
    legend(),
    h('div', { class: 'article-layout' }, textBox, panel),
  );
}
