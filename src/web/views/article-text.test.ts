import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../schema/analysis.ts';
import { factMarks, paragraphs } from './article-text.ts';

const text = 'Title\n\nOne. Two.\n\nThree.';
const sentences = [
  { index: 0, start: 0, end: 5, text: 'Title', paragraph: 0 },
  { index: 1, start: 7, end: 11, text: 'One.', paragraph: 1 },
  { index: 2, start: 12, end: 16, text: 'Two.', paragraph: 1 },
  { index: 3, start: 18, end: 24, text: 'Three.', paragraph: 2 },
];

test('paragraph ranges join the sentences of each paragraph', () => {
  assert.deepEqual(paragraphs({ text, sentences } as Analysis), [
    [0, 5],
    [7, 16],
    [18, 24],
  ]);
});

test('every mention, time, quote and event trigger is a mark at its span', () => {
  const a = {
    text,
    sentences,
    mentions: [{ id: 'm1', start: 7, end: 10 }],
    times: [{ id: 't1', start: 12, end: 15 }],
    quotes: [{ id: 'q1', content: { start: 7, end: 16 } }],
    events: [{ id: 'e1', trigger: { start: 18, end: 23 } }],
  } as unknown as Analysis;
  assert.deepEqual(
    factMarks(a).map((m) => [m.data.kind, m.data.id, text.slice(m.start, m.end)]),
    [
      ['quote', 'q1', 'One. Two.'],
      ['mention', 'm1', 'One'],
      ['time', 't1', 'Two'],
      ['event', 'e1', 'Three'],
    ],
  );
});
