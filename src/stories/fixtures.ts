// Hand-made events and reports for the cross-article tests: the fields the merge reads, with plain defaults.
import type { Event, Participant, Quantity } from '../schema/analysis.ts';
import type { ArticleReport } from './report.ts';

function participant(code: string): Participant {
  return { start: 0, end: 3, text: code, sentence: 0, entityId: `actor:${code}`, mentionId: `m-${code}`, actorCode: code, country: code.slice(0, 3) };
}

export interface EventSpec {
  id: string;
  type?: Event['type'];
  mode?: string | null;
  actors?: string[];
  recipients?: string[];
  time?: [string | null, string | null] | null;
  stage?: Event['modality']['stage'];
  polarity?: Event['modality']['polarity'];
  hypothetical?: boolean;
  claimant?: string;
  quantityIds?: string[];
}

export function event(spec: EventSpec): Event {
  const chain: Event['attribution']['chain'] = [{ kind: 'article', name: 'this article', entityId: null, mentionId: null, cue: null }];
  if (spec.claimant) chain.push({ kind: 'media', name: spec.claimant, entityId: null, mentionId: null, cue: null });
  return {
    id: spec.id,
    sentence: 0,
    type: spec.type ?? 'AID',
    mode: spec.mode === undefined ? 'troops' : spec.mode,
    context: [],
    cameo: { code: '0234', root: '02', base: '023', label: 'Appeal for military aid' },
    quadClass: 2,
    goldstein: 3,
    trigger: { start: 0, end: 7, text: 'mengirim', sentence: 0 },
    actors: (spec.actors ?? ['PRKMIL']).map(participant),
    recipients: (spec.recipients ?? ['RUS']).map(participant),
    location: null,
    time: spec.time === null || spec.time === undefined ? null : { timeId: 't1', start: spec.time[0], end: spec.time[1], granularity: 'month' },
    quantityIds: spec.quantityIds ?? [],
    object: null,
    purpose: null,
    denies: null,
    modality: {
      stage: spec.stage ?? 'begun',
      polarity: spec.polarity ?? 'asserted',
      certainty: 'certain',
      threat: false,
      conditional: false,
      hypothetical: spec.hypothetical ?? false,
      cues: [],
    },
    attribution: { chain, quoteId: null },
    confidence: 0.8,
  };
}

export function quantity(id: string, value: number, bound: Quantity['bound'], item: string): Quantity {
  return { id, start: 0, end: 2, text: `${bound} ${value} ${item}`, sentence: 0, value, valueMax: null, bound, unit: 'unit', item, itemSpan: null };
}

export function report(
  articleId: string,
  opts: { source: string; lang?: string; publishedAt?: string; events: Event[]; quantities?: Quantity[]; entities?: string[]; copyOf?: string; title?: string; copiedBy?: string[]; originalTitle?: string },
): ArticleReport {
  return {
    articleId,
    title: opts.title ?? articleId,
    source: opts.source,
    lang: opts.lang ?? 'en',
    publishedAt: opts.publishedAt ?? '2024-06-28',
    copyOf: opts.copyOf ?? null,
    copiedBy: opts.copiedBy ?? [],
    originalTitle: opts.originalTitle ?? null,
    analysis: {
      events: opts.events,
      quantities: opts.quantities ?? [],
      entities: (opts.entities ?? []).map((id) => ({ id })),
      evidence: Object.fromEntries(opts.events.map((e) => [e.id, `${articleId}: ${e.trigger.text}`])),
    },
  };
}
