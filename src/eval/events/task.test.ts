import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analyzer } from '../../pipeline/analyze.ts';
import type { Analysis, Event } from '../../schema/analysis.ts';
import type { GoldSentence } from './gold.ts';
import { runEvents } from './task.ts';

/** An analyzer that codes an ASSAULT on every "attacked" and records what it was asked. */
function fakeAnalyzer(calls: { text: string; lang: string }[]): Analyzer {
  return {
    analyze({ text, lang }) {
      calls.push({ text, lang: lang ?? '' });
      const events: Event[] = [];
      for (const m of text.matchAll(/attacked/g)) {
        const span = { start: m.index, end: m.index + m[0].length, text: m[0], sentence: 0 };
        events.push({
          id: `e${m.index}`,
          sentence: 0,
          type: 'ASSAULT',
          mode: null,
          context: [],
          cameo: { code: '190', root: '19', base: '190', label: '' },
          quadClass: 4,
          goldstein: null,
          trigger: span,
          actors: [],
          recipients: [],
          location: null,
          time: null,
          quantityIds: [],
          object: null,
          purpose: null,
          denies: null,
          modality: { stage: 'completed', polarity: 'asserted', certainty: 'certain', threat: false, conditional: false, hypothetical: false, cues: [] },
          attribution: { chain: [{ kind: 'article', name: 'a', entityId: null, mentionId: null, cue: null }], quoteId: null },
          confidence: 1,
        });
      }
      return { events } as unknown as Analysis;
    },
  };
}

const assault = { type: 'ASSAULT' as const, cameo: null, actors: [], recipients: [], stage: 'completed' as const, polarity: 'asserted' as const };
const sentence = (id: string, text: string, doc: string | undefined, events = [assault]): GoldSentence => ({
  id,
  text,
  date: '2024-01-01',
  events,
  noEvent: !events.length,
  lang: 'id',
  ...(doc ? { doc } : {}),
});

test('sentences of one document are analysed together, in their language, and scored where their trigger is', () => {
  const calls: { text: string; lang: string }[] = [];
  const gold = [sentence('a-1', 'Nothing here.', 'a', []), sentence('a-2', 'They attacked.', 'a'), sentence('b-1', 'X attacked Y.', undefined)];
  const report = runEvents([{ label: 'dev', path: 'dev.jsonl', load: () => ({ sentences: gold, skipped: [] }), analyzer: fakeAnalyzer(calls) }]);
  assert.deepEqual(calls, [
    { text: 'Nothing here.\nThey attacked.', lang: 'id' },
    { text: 'X attacked Y.', lang: 'id' },
  ]);
  const figures = report.figures.dev as { sumber: { oneToOne: { type: { tp: number; fp: number; fn: number } } } };
  assert.deepEqual(figures.sumber.oneToOne.type, { ...figures.sumber.oneToOne.type, tp: 2, fp: 0, fn: 0 });
});
