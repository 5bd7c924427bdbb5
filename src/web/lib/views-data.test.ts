import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineMarks, monthTicks, dayMs } from './timeline.ts';
import { cluster } from './cluster.ts';
import { actorGraph } from './graph.ts';
import { record, party } from './test-events.ts';

const t = (start: string, end: string) => ({ start, end, granularity: 'month' as const });

test('timeline marks group events of one type and date, and fall back to the publication date', () => {
  const marks = timelineMarks([
    record('a', { time: t('2024-07-01', '2024-07-31'), date: '2024-07-01' }),
    record('b', { time: t('2024-07-01', '2024-07-31'), date: '2024-07-01' }),
    record('c', { type: 'THREATEN', quadClass: 3 }),
  ]);
  assert.deepEqual(
    marks.map((m) => [m.type, m.date, m.end, m.dated, m.keys]),
    [
      ['THREATEN', '2024-06-28', null, false, ['c']],
      ['MOBILIZE', '2024-07-01', '2024-07-31', true, ['a', 'b']],
    ].sort((x, y) => String(x[1]).localeCompare(String(y[1]))),
  );
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

test('the actor graph has a directed edge per actor, recipient and type, weighted by events', () => {
  const g = actorGraph([
    record('a'),
    record('b', { actors: [party('PRK', 'Pyongyang')] }),
    record('c', { type: 'THREATEN', quadClass: 3, actors: [party('USA')], recipients: [party('PRK')] }),
  ]);
  assert.deepEqual(g.nodes.map((n) => [n.id, n.events]).sort(), [['PRK', 3], ['UKR', 2], ['USA', 1]]);
  assert.deepEqual(g.nodes.find((n) => n.id === 'PRK')!.names, ['PRK', 'Pyongyang']);
  assert.deepEqual(
    g.edges.map((e) => [e.source, e.target, e.type, e.weight]),
    [
      ['PRK', 'UKR', 'MOBILIZE', 2],
      ['USA', 'PRK', 'THREATEN', 1],
    ],
  );
});
