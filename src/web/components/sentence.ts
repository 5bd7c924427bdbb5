// One sentence with some of its spans highlighted: how a fact's evidence shows outside the article view.
import { h } from '../dom.ts';
import { runs, type Mark } from '../lib/segments.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  /** CSS class of the highlight: k-event, k-entity, k-time, focus. */
  cls: string;
}

/** `sentenceStart` is the sentence's offset in the article text; spans use article offsets. */
export function highlightedSentence(text: string, sentenceStart: number, spans: readonly SentenceSpan[]): HTMLElement {
  const marks: Mark<string>[] = spans.map((sp) => ({ start: sp.start - sentenceStart, end: sp.end - sentenceStart, data: sp.cls }));
  return h(
    'blockquote',
    { class: 'evidence' },
    runs(text.length, marks).map((r) => {
      const t = text.slice(r.start, r.end);
      return r.marks.length ? h('mark', { class: `hl ${[...new Set(r.marks.map((m) => m.data))].join(' ')}` }, t) : t;
    }),
  );
}
