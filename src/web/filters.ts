// The event filters shared by the events table, timeline, map and network: they live in the route's
// query, so switching views keeps them and a filtered view is a link.
import { h } from './dom.ts';
import type { EventFilter } from './api.ts';
import { CERTAINTY, PLOVER, POLARITY, REVIEW, STAGES, certainties, polarities, ploverTypes, reviewStatuses, stages } from './labels.ts';

const TEXT = ['actor', 'recipient', 'country', 'from', 'to', 'place', 'source', 'article', 'hypothetical'] as const;
const NUMBERS = ['minConfidence', 'maxConfidence'] as const;
const LISTS = ['type', 'stage', 'polarity', 'certainty', 'review'] as const;
type Field = (typeof TEXT)[number] | (typeof NUMBERS)[number] | (typeof LISTS)[number];
const MORE = ['polarity', 'certainty', 'hypothetical', 'minConfidence', 'maxConfidence', 'article', 'review'] as const;

/** The filter in a route query; list filters (type, stage, polarity, certainty, review) may repeat. */
export function filterFrom(params: URLSearchParams): EventFilter {
  const f: Record<string, string | string[] | number> = {};
  for (const k of TEXT) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  for (const k of NUMBERS) {
    const v = Number(params.get(k)?.trim() || NaN);
    if (v >= 0 && v <= 1) f[k] = v;
  }
  for (const k of LISTS) {
    const v = params.getAll(k).filter(Boolean);
    if (v.length) f[k] = v;
  }
  return f as EventFilter;
}

export function filterParams(f: EventFilter): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of TEXT) if (f[k]) p.set(k, f[k]!);
  for (const k of NUMBERS) if (f[k] !== undefined) p.set(k, String(f[k]));
  for (const k of LISTS) for (const v of f[k] ?? []) p.append(k, v);
  return p;
}

function select(name: Field, label: string, value: readonly string[] | undefined, options: [string, string][]) {
  return h(
    'label',
    {},
    label,
    h(
      'select',
      { name },
      h('option', { value: '' }, 'any'),
      options.map(([v, text]) => h('option', { value: v, selected: value?.includes(v) ?? false }, text)),
    ),
  );
}

/** Values seen in the events on screen, offered as completions. */
export interface Suggestions {
  actors: string[];
  places: string[];
  sources: string[];
}

function input(name: Field, label: string, value: string | undefined, attrs: Record<string, string | number> = {}) {
  return h('label', {}, label, h('input', { name, type: 'text', value: value ?? '', size: 10, ...attrs }));
}

function datalist(id: string, values: readonly string[]) {
  return h('datalist', { id }, [...new Set(values)].sort().map((v) => h('option', { value: v })));
}

/** The filter form; `onApply` receives the new filter when the analyst applies or clears it. */
export function filterBar(current: EventFilter, onApply: (f: EventFilter) => void, seen?: Suggestions): HTMLFormElement {
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      'aria-label': 'Event filters',
      onSubmit: (e: Event) => {
        e.preventDefault();
        const params = new URLSearchParams();
        new FormData(form).forEach((v, k) => {
          if (String(v).trim()) params.append(k, String(v).trim());
        });
        onApply(filterFrom(params));
      },
    },
    input('actor', 'Actor', current.actor, { placeholder: 'code or entity id', title: 'Actor code (PRKGOV, RUS) or entity id (country:PRK)', list: 'seen-actors' }),
    input('recipient', 'Recipient', current.recipient, { placeholder: 'code or entity id', list: 'seen-actors' }),
    input('country', 'Country', current.country, { placeholder: 'UKR', size: 4, maxlength: 3, title: 'ISO alpha-3 of the place or a participant' }),
    select('type', 'Type', current.type, ploverTypes.map((t) => [t, `${t} (${PLOVER[t]})`])),
    select('stage', 'Stage', current.stage, stages.map((t) => [t, STAGES[t]])),
    input('from', 'From', current.from, { type: 'date' }),
    input('to', 'To', current.to, { type: 'date' }),
    input('place', 'Place', current.place, { placeholder: 'Donetsk', list: 'seen-places' }),
    input('source', 'Source', current.source, { placeholder: 'publisher or host', list: 'seen-sources' }),
    // the modality, confidence, article and review filters fold away until one is set
    h(
      'details',
      { class: 'more-filters', open: MORE.some((k) => current[k] !== undefined) },
      h('summary', {}, 'More filters'),
      select('polarity', 'Polarity', current.polarity, polarities.map((t) => [t, POLARITY[t]])),
      select('certainty', 'Certainty', current.certainty, certainties.map((t) => [t, CERTAINTY[t]])),
      h(
        'label',
        {},
        'Hypothetical',
        h(
          'select',
          { name: 'hypothetical' },
          [['', 'any'], ['false', 'not hypothetical'], ['true', 'only hypothetical']].map(([v, t]) => h('option', { value: v, selected: (current.hypothetical ?? '') === v }, t)),
        ),
      ),
      input('minConfidence', 'Confidence ≥', current.minConfidence === undefined ? undefined : String(current.minConfidence), { type: 'number', min: 0, max: 1, step: 0.05, size: 4 }),
      input('maxConfidence', 'Confidence ≤', current.maxConfidence === undefined ? undefined : String(current.maxConfidence), { type: 'number', min: 0, max: 1, step: 0.05, size: 4 }),
      input('article', 'Article', current.article, { placeholder: 'art_…', size: 12, title: 'one article, by id' }),
      select('review', 'Review', current.review, reviewStatuses.map((t) => [t, REVIEW[t]])),
    ),
    h(
      'div',
      { class: 'filter-actions' },
      h('button', { type: 'submit' }, 'Apply'),
      h('button', { type: 'button', class: 'secondary', onClick: () => onApply({}) }, 'Clear'),
    ),
    datalist('seen-actors', seen?.actors ?? []),
    datalist('seen-places', seen?.places ?? []),
    datalist('seen-sources', seen?.sources ?? []),
  );
  return form;
}
