import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketFor, monthTicks, dayMs, periodEnd, stackedBars, trimOutliers } from './timeline.ts';
import { QUAD_OF_TYPE, ploverTypes } from '../labels.ts';
import { quadClassOf } from '../../events/cameo.ts';
import { cluster, keptLabels } from './cluster.ts';
import { actorGraph } from './graph.ts';

test('stacked bars: one per period, totals summed, segments in quad-class order, ends at the last day of the period', () => {
  const bars = stackedBars(
    [
      { key: ['2024-02-01', 'ASSAULT'], count: 2 },
      { key: ['2024-02-01', 'CONSULT'], count: 1 },
      { key: ['2024-01-01', 'AID'], count: 4 },
    ],
    'month',
  );
  assert.deepEqual(
    bars.map((b) => [b.start, b.end, b.total, b.segments.map((g) => g.type)]),
    [
      ['2024-01-01', '2024-01-31', 4, ['AID']],
      ['2024-02-01', '2024-02-29', 3, ['CONSULT', 'ASSAULT']],
    ],
  );
  assert.equal(periodEnd('2024-06-24', 'week'), '2024-06-30');
  assert.deepEqual([bucketFor('2024-01-01', '2024-03-01'), bucketFor('2024-01-01', '2025-01-01'), bucketFor('2019-01-01', '2024-01-01')], ['day', 'week', 'month']);
});

test('the chart quad class of every type is the one the event coder gives it', () => {
  for (const t of ploverTypes) assert.equal(QUAD_OF_TYPE[t], quadClassOf(t), t);
});

test('month ticks start at each month inside the range and are thinned to the maximum', () => {
  assert.deepEqual(monthTicks(dayMs('2024-01-15'), dayMs('2024-04-02')), ['2024-02-01', '2024-03-01', '2024-04-01']);
  assert.equal(monthTicks(dayMs('2020-01-01'), dayMs('2024-12-31'), 10).length <= 10, true);
});

test('points within the radius join the heaviest cluster; far ones stay apart', () => {
  const c = cluster(
    [
      { x: 0, y: 0, weight: 3, item: 'a' },
      { x: 5, y: 0, weight: 1, item: 'b' },
      { x: 100, y: 0, weight: 1, item: 'c' },
    ],
    10,
  );
  assert.equal(c.length, 2);
  assert.deepEqual(c[0]!.items, ['a', 'b']);
  assert.equal(c[0]!.weight, 4);
  assert.equal(c[0]!.x, 1.25);
});

test('the actor graph keeps the top actors by events, with names, and their links of at least the threshold', () => {
  const actors = [
    { key: ['country:PRK'], count: 9, labels: ['North Korea', 'PRK'] },
    { key: ['country:RUS'], count: 5, labels: ['Russia', 'RUS'] },
    { key: ['person:deval-patrick'], count: 1, labels: ['Deval Patrick', null] },
  ];
  const pairs = [
    { key: ['country:PRK', 'country:RUS', 'AID'], count: 4 },
    { key: ['country:PRK', 'country:RUS', 'CONSULT'], count: 1 },
    { key: ['country:RUS', 'person:deval-patrick', 'ACCUSE'], count: 1 },
  ];
  const g = actorGraph(actors, pairs, { top: 2, minWeight: 2 });
  assert.deepEqual(g.nodes.map((n) => [n.name, n.code, n.events]), [['North Korea', 'PRK', 9], ['Russia', 'RUS', 5]]);
  assert.deepEqual(g.edges.map((e) => [e.source, e.target, e.type, e.quad, e.weight]), [['country:PRK', 'country:RUS', 'AID', 2, 4]]);
  assert.deepEqual([g.actorTotal, g.edgeTotal], [3, 3]);
});

test('a few stray dates at either end are left off the axis and counted, not dropped', () => {
  const bar = (start: string, total: number) => ({ start, end: start, total, segments: [] });
  const t = trimOutliers([bar('0001-01-01', 1), bar('2024-01-01', 300), bar('2024-02-01', 400), bar('2030-01-01', 1)], 0.005);
  assert.deepEqual(t.bars.map((b) => b.start), ['2024-01-01', '2024-02-01']);
  assert.deepEqual([t.before, t.after], [{ count: 1, last: '0001-01-01' }, { count: 1, first: '2030-01-01' }]);
  assert.equal(trimOutliers([bar('2024-01-01', 1)]).bars.length, 1);
});

test('map labels: the heavier of two overlapping labels is kept, one clear of both is kept too', () => {
  const kept = keptLabels([
    { x: 0, y: 0, text: 'Germany +19', weight: 76 },
    { x: 10, y: 4, text: 'United Kingdom', weight: 61 },
    { x: 0, y: 40, text: 'France', weight: 46 },
  ]);
  assert.deepEqual([...kept].sort(), [0, 2]);
});
