import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runs } from './segments.ts';

test('runs cover the whole text in order, without gaps', () => {
  const r = runs(10, [{ start: 2, end: 5, data: 'a' }]);
  assert.deepEqual(
    r.map((x) => [x.start, x.end, x.marks.map((m) => m.data)]),
    [
      [0, 2, []],
      [2, 5, ['a']],
      [5, 10, []],
    ],
  );
});

test('overlapping marks split into runs, the shortest covering mark first', () => {
  const quote = { start: 0, end: 20, data: 'quote' };
  const mention = { start: 5, end: 9, data: 'mention' };
  const r = runs(20, [quote, mention]);
  assert.deepEqual(
    r.map((x) => x.marks.map((m) => m.data)),
    [['quote'], ['mention', 'quote'], ['quote']],
  );
});

test('empty and out-of-range marks are ignored', () => {
  const r = runs(5, [
    { start: 3, end: 3, data: 'empty' },
    { start: 4, end: 9, data: 'outside' },
  ]);
  assert.deepEqual(r, [{ start: 0, end: 5, marks: [] }]);
});
