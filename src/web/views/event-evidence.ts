// The evidence of one event outside its article: the sentence with its fields highlighted, the source chain,
// and a link into the article. Each article is fetched once per page load.
import type { Analysis, Event } from '../../schema/analysis.ts';
import { api, type EventRecord } from '../api.ts';
import { h } from '../dom.ts';
import { href } from '../route.ts';
import { sourceChain } from '../components/chain.ts';
import { highlightedSentence, type SentenceSpan } from '../components/sentence.ts';
import { reviewLine } from '../components/decisions.ts';

const cache = new Map<string, Promise<Analysis | null>>();

export function articleAnalysis(id: string): Promise<Analysis | null> {
  let p = cache.get(id);
  if (!p) {
    p = api.article(id).then((d) => d.analysis);
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

export function eventSpans(a: Analysis, e: Event): SentenceSpan[] {
  const time = e.time ? a.times.find((t) => t.id === e.time!.timeId) : null;
  return [
    ...e.actors.map((p) => ({ start: p.start, end: p.end, cls: 'k-entity' })),
    ...e.recipients.map((p) => ({ start: p.start, end: p.end, cls: 'k-entity' })),
    ...(e.location ? [{ start: e.location.start, end: e.location.end, cls: 'k-entity' }] : []),
    ...(time && time.sentence === e.sentence ? [{ start: time.start, end: time.end, cls: 'k-time' }] : []),
    { start: e.trigger.start, end: e.trigger.end, cls: 'k-event focus' },
  ];
}

/** `withReview` adds the event's review line (the review queue shows it beside its buttons instead). */
export async function eventEvidence(r: EventRecord, withReview = true): Promise<HTMLElement> {
  const a = await articleAnalysis(r.articleId);
  const e = a?.events.find((x) => x.id === r.eventId);
  const sentence = e ? a!.sentences[e.sentence] : null;
  return h(
    'div',
    { class: 'event-evidence' },
    sentence && e ? highlightedSentence(sentence.text, sentence.start, eventSpans(a!, e)) : h('blockquote', { class: 'evidence' }, r.evidence),
    e ? h('div', { class: 'evidence-meta' }, h('span', {}, 'Source chain: '), sourceChain(e.attribution.chain)) : null,
    withReview ? reviewLine(r.review) : null,
    h('a', { href: href('article', r.articleId, { event: r.eventId }), title: r.title ?? '' }, 'Open in the article →'),
  );
}
