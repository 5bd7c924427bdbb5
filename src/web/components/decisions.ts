// An event's review as the API keeps it: who decided what, when, and what they corrected.
import type { Correction, Review } from '../api.ts';
import { h } from '../dom.ts';

export function describeCorrection(c: Correction | null): string {
  if (!c) return '';
  const names = (ps: { name: string; actorCode: string | null }[]) => ps.map((p) => p.actorCode ?? p.name).join(', ');
  return [
    c.type && `type ${c.type}`,
    c.actors && `actors ${names(c.actors)}`,
    c.recipients && `recipients ${names(c.recipients)}`,
    c.time && `time ${c.time.start ?? '…'} – ${c.time.end ?? '…'}`,
    c.place !== undefined && `place ${c.place?.name ?? 'none'}`,
    c.stage && `stage ${c.stage}`,
    c.polarity && `polarity ${c.polarity}`,
    c.certainty && `certainty ${c.certainty}`,
  ]
    .filter(Boolean)
    .join('; ');
}

export function reviewBadge(review: Review | null): HTMLElement {
  const status = review?.status ?? 'unreviewed';
  const sign = { unreviewed: '○', accepted: '✓', corrected: '✎', rejected: '✕' }[status];
  return h('span', { class: `badge review-${status}` }, `${sign} ${status === 'unreviewed' ? 'not reviewed' : status}`);
}

export function reviewLine(review: Review | null): HTMLElement {
  if (!review) return h('p', { class: 'muted' }, reviewBadge(null));
  const corrected = describeCorrection(review.correction);
  return h(
    'p',
    { class: 'review-line' },
    reviewBadge(review),
    ` by ${review.reviewer}, ${review.reviewedAt.slice(0, 16).replace('T', ' ')}`,
    corrected ? ` — ${corrected}` : '',
    review.note ? h('span', { class: 'note' }, ` — “${review.note}”`) : '',
  );
}
