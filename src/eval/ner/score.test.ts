import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreNer } from './score.ts';
import type { TokenSpan } from './spans.ts';

const span = (first: number, last: number, cls: TokenSpan['cls'], sentence = 0): TokenSpan => ({ sentence, first, last, cls });
const gold = [span(0, 1, 'PER'), span(3, 3, 'LOC'), span(5, 6, 'ORG')];

test('a perfect prediction scores 1.0 overall and per class', () => {
  const s = scoreNer([{ gold, predicted: [...gold] }]);
  assert.equal(s.overall.f1, 1);
  for (const c of ['PER', 'LOC', 'ORG'] as const) assert.equal(s.byClass[c].f1, 1);
});

test('an empty prediction scores 0 with every gold entity a false negative', () => {
  const s = scoreNer([{ gold, predicted: [] }]);
  assert.deepEqual([s.overall.precision, s.overall.recall, s.overall.f1, s.overall.fn], [0, 0, 0, 3]);
});

test('a partial span is not an exact match', () => {
  const s = scoreNer([{ gold: [span(0, 1, 'PER')], predicted: [span(1, 1, 'PER')] }]);
  assert.deepEqual([s.overall.tp, s.overall.fp, s.overall.fn], [0, 1, 1]);
});

test('a span with the wrong class is a false positive of that class and a false negative of the gold class', () => {
  const s = scoreNer([{ gold: [span(3, 3, 'LOC')], predicted: [span(3, 3, 'ORG')] }]);
  assert.deepEqual([s.byClass.ORG.fp, s.byClass.LOC.fn, s.byClass.LOC.tp, s.confusions], [1, 1, 0, 1]);
});

test('the same span in another sentence does not match, and duplicate predictions count once', () => {
  const s = scoreNer([{ gold: [span(0, 0, 'PER', 0)], predicted: [span(0, 0, 'PER', 1), span(0, 0, 'PER', 1)] }]);
  assert.deepEqual([s.overall.tp, s.overall.fp, s.overall.fn], [0, 1, 1]);
});

test('precision and recall from mixed counts', () => {
  const s = scoreNer([{ gold, predicted: [gold[0]!, gold[1]!, span(8, 8, 'PER')] }]);
  assert.equal(s.overall.precision, 2 / 3);
  assert.equal(s.overall.recall, 2 / 3);
});
