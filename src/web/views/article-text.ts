// The article's text with its facts highlighted by kind. Runs are flat spans carrying the classes of
// every fact covering them; a click means the innermost fact.
import type { Analysis, Evidence } from '../../schema/analysis.ts';
import { h } from '../dom.ts';
import { runs, type Mark } from '../lib/segments.ts';

export type FactKind = 'event' | 'quote' | 'mention' | 'time';
export interface FactRef {
  kind: FactKind;
  id: string;
}

type Highlight = FactRef | { kind: 'focus'; id: string };

const CLASS: Record<Highlight['kind'], string> = {
  event: 'k-event',
  quote: 'k-quote',
  mention: 'k-entity',
  time: 'k-time',
  focus: 'focus',
};

export function factMarks(a: Analysis): Mark<FactRef>[] {
  return [
    ...a.quotes.map((q) => ({ start: q.content.start, end: q.content.end, data: { kind: 'quote' as const, id: q.id } })),
    ...a.mentions.map((m) => ({ start: m.start, end: m.end, data: { kind: 'mention' as const, id: m.id } })),
    ...a.times.map((t) => ({ start: t.start, end: t.end, data: { kind: 'time' as const, id: t.id } })),
    ...a.events.map((e) => ({ start: e.trigger.start, end: e.trigger.end, data: { kind: 'event' as const, id: e.id } })),
  ];
}

/** Paragraph ranges [start, end) of the text, from the sentences' paragraph numbers. */
export function paragraphs(a: Analysis): [number, number][] {
  const out: [number, number][] = [];
  let current = -1;
  for (const s of a.sentences) {
    if (s.paragraph !== current) {
      out.push([s.start, s.end]);
      current = s.paragraph;
    } else out[out.length - 1]![1] = s.end;
  }
  return out;
}

const same = (a: FactRef | null, b: FactRef) => !!a && a.kind === b.kind && a.id === b.id;

/**
 * Renders the text. `selected` outlines one fact; `focus` marks an evidence span (scrolled to by the caller
 * via the element with id "focus"). `onPick` receives the innermost fact under a click or Enter.
 */
export function articleText(
  a: Analysis,
  selected: FactRef | null,
  focus: Evidence | null,
  onPick: (f: FactRef) => void,
): HTMLElement {
  const marks: Mark<Highlight>[] = factMarks(a);
  if (focus) marks.push({ start: focus.start, end: focus.end, data: { kind: 'focus', id: 'focus' } });
  const all = runs(a.text.length, marks);
  let focusIdSet = false;
  const eventsSeen = new Set<string>();
  return h(
    'div',
    { class: 'article-text', lang: a.lang.code },
    paragraphs(a).map(([ps, pe]) =>
      h(
        'p',
        {},
        all
          .filter((r) => r.start < pe && r.end > ps)
          .map((r) => {
            const text = a.text.slice(Math.max(r.start, ps), Math.min(r.end, pe));
            if (!r.marks.length) return text;
            const facts = r.marks.map((m) => m.data).filter((d): d is FactRef => d.kind !== 'focus');
            const isFocus = r.marks.some((m) => m.data.kind === 'focus');
            const classes = new Set(r.marks.map((m) => CLASS[m.data.kind]));
            if (facts.some((f) => same(selected, f))) classes.add('selected');
            const pick = facts[0];
            // Event triggers are keyboard stops (once per event); the other facts are reachable from the panel.
            const ev = facts.find((f) => f.kind === 'event');
            const tabStop = ev && !eventsSeen.has(ev.id);
            if (ev) eventsSeen.add(ev.id);
            const el = h(
              'mark',
              {
                class: `hl ${[...classes].join(' ')}`,
                id: isFocus && !focusIdSet ? 'focus' : null,
                tabindex: tabStop ? 0 : null,
                role: tabStop ? 'button' : null,
                'data-fact': pick ? `${pick.kind}:${pick.id}` : null,
                'data-event': ev?.id ?? null,
                onClick: pick ? () => onPick(ev ?? pick) : null,
                onKeydown: tabStop
                  ? (e: Event) => {
                      if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
                        e.preventDefault();
                        onPick(ev);
                      }
                    }
                  : null,
              },
              text,
            );
            if (isFocus) focusIdSet = true;
            return el;
          }),
      ),
    ),
  );
}

export function legend(): HTMLElement {
  const item = (cls: string, sample: string, label: string) =>
    h('li', {}, h('mark', { class: `hl ${cls}` }, sample), ' ', label);
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    item('k-event', 'sent', 'event trigger (bold, boxed)'),
    item('k-entity', 'Russia', 'entity (solid underline)'),
    item('k-time', '26 June', 'time (wavy underline)'),
    item('k-quote', '“…”', 'quote (tinted, italic)'),
    item('focus', 'evidence', 'evidence in focus'),
  );
}
