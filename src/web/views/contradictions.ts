// Contradictions: each pair of claims side by side, with both source chains and their evidence sentences.
import type { Claim } from '../../schema/analysis.ts';
import { api, type ContradictionRecord } from '../api.ts';
import { h, mount } from '../dom.ts';
import type { Ctx } from '../context.ts';
import { href } from '../route.ts';
import { sourceChain } from '../components/chain.ts';
import { highlightedSentence } from '../components/sentence.ts';
import { articleAnalysis } from './event-evidence.ts';
import { readableText } from '../lib/event-fields.ts';

function side(rec: ContradictionRecord, claim: Claim | undefined, label: string): HTMLElement {
  const box = h('div', { class: 'side' });
  if (!claim) {
    mount(box, h('p', { class: 'muted' }, 'Claim not found.'));
    return box;
  }
  const evidence = h('div', {}, h('blockquote', { class: 'evidence' }, claim.evidence.text));
  articleAnalysis(rec.articleId).then(
    (a) => {
      const sentence = a?.sentences[claim.evidence.sentence];
      if (sentence) mount(evidence, highlightedSentence(sentence.text, sentence.start, [{ start: claim.evidence.start, end: claim.evidence.end, cls: 'focus' }]));
    },
    () => undefined,
  );
  mount(
    box,
    h('h3', {}, label, ' ', h('span', { class: `badge stage-${claim.polarity}` }, `${claim.polarity} · ${claim.stage}`)),
    h('p', { class: 'muted small' }, readableText(claim.signature)),
    evidence,
    h('h4', {}, 'Source chain'),
    sourceChain(claim.attribution.chain),
    h('a', { href: href('article', rec.articleId, { event: claim.eventId }) }, `In ${rec.title ?? 'the article'} →`),
  );
  return box;
}

export async function contradictionsView(_ctx: Ctx): Promise<Node> {
  const items = await api.contradictions();
  return h(
    'section',
    {},
    h('h1', {}, 'Contradictions'),
    h('p', { class: 'count', role: 'status' }, `${items.length} contradiction${items.length === 1 ? '' : 's'}`),
    items.length
      ? items.map((rec) => {
          const [a, b] = rec.contradiction.claimIds.map((id) => rec.claims.find((c) => c.id === id));
          return h(
            'article',
            { class: 'contradiction' },
            h('h2', {}, h('span', { class: 'badge' }, rec.contradiction.kind), ` ${readableText(rec.contradiction.reason)}`),
            h('div', { class: 'pair' }, side(rec, a, 'Claim A'), side(rec, b, 'Claim B')),
          );
        })
      : h('p', { class: 'empty' }, 'No contradictions found among the stored articles.'),
  );
}
