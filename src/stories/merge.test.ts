import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEvents } from './merge.ts';
import { event, quantity, report } from './fixtures.ts';

const july: [string, string] = ['2024-07-01', '2024-07-31'];

test('the same event from two outlets is one event with two mentions, two articles and two sources', () => {
  const { events, disagreements } = mergeEvents([
    report('a1', { source: 'aboluowang.com', lang: 'id', events: [event({ id: 'e1', time: july })] }),
    report('a2', { source: 'example-news.com', publishedAt: '2024-06-29', events: [event({ id: 'e7', time: july })] }),
  ]);
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.deepEqual(e.counts, { mentions: 2, articles: 2, sources: 2 });
  assert.equal(e.firstReport, '2024-06-28');
  assert.equal(e.latestReport, '2024-06-29');
  assert.equal(e.status, 'reported by 2 sources');
  assert.equal(e.mentions[0]!.reason, 'first report');
  assert.match(e.mentions[1]!.reason, /same type AID\/troops; actors PRK; recipients RUS/);
  assert.deepEqual(disagreements, []);
});

test('republished copies count as mentions and articles but not as more sources', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'wire.com', events: [event({ id: 'e1', time: july })] }),
    report('a2', { source: 'wire.com', events: [event({ id: 'e1', time: july })] }),
  ]);
  assert.deepEqual(events[0]!.counts, { mentions: 2, articles: 2, sources: 1 });
});

test('a denial by another source is kept in the event and flagged as a disagreement', () => {
  const { events, disagreements } = mergeEvents([
    report('a1', { source: 'aboluowang.com', events: [event({ id: 'e1', time: july, stage: 'begun' })] }),
    report('a2', { source: 'reuters.com', events: [event({ id: 'e3', time: july, stage: 'expected', polarity: 'negated', claimant: 'South Korean TV' })] }),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.status, 'reported by 1 source, denied by 1');
  assert.equal(disagreements.length, 1);
  assert.equal(disagreements[0]!.kind, 'polarity');
  assert.match(disagreements[0]!.reason, /South Korean TV \(reuters\.com\) says it is not so/);
});

test('"at least 20 missiles" against "12 missiles" is a quantity disagreement; "more than 15" is not', () => {
  const q20 = quantity('q1', 20, 'at-least', 'ballistic missile');
  const q12 = quantity('q1', 12, 'exactly', 'ballistic missile');
  const q15 = quantity('q1', 15, 'more-than', 'ballistic missile');
  const assault = (id: string) => event({ id, type: 'ASSAULT', mode: null, actors: ['RUS'], recipients: ['UKR'], stage: 'completed', quantityIds: ['q1'], time: ['2024-02-01', '2024-02-29'] });
  const conflicting = mergeEvents([
    report('a1', { source: 'one.com', events: [assault('e1')], quantities: [q20] }),
    report('a2', { source: 'two.com', events: [assault('e1')], quantities: [q12] }),
  ]);
  assert.deepEqual(conflicting.disagreements.map((d) => d.kind), ['quantity']);
  const agreeing = mergeEvents([
    report('a1', { source: 'one.com', events: [assault('e1')], quantities: [q20] }),
    report('a2', { source: 'two.com', events: [assault('e1')], quantities: [q15] }),
  ]);
  assert.deepEqual(agreeing.disagreements, []);
});

test('plans against reports that it has begun disagree; hypotheticals disagree with nothing', () => {
  const staged = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july, stage: 'planned' })] }),
    report('a2', { source: 'two.com', events: [event({ id: 'e1', time: july, stage: 'begun' })] }),
    report('a3', { source: 'three.com', events: [event({ id: 'e1', time: july, stage: 'begun', polarity: 'negated', hypothetical: true })] }),
  ]);
  assert.deepEqual(staged.disagreements.map((d) => d.kind), ['stage']);
});

test('different modes, times that cannot overlap, or other actors are different events', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', mode: 'troops', time: july })] }),
    report('a2', { source: 'two.com', events: [event({ id: 'e1', mode: 'weapons', time: july })] }),
    report('a3', { source: 'three.com', events: [event({ id: 'e1', mode: 'troops', time: ['2022-01-01', '2022-01-31'] })] }),
    report('a4', { source: 'four.com', events: [event({ id: 'e1', mode: 'troops', actors: ['USAMIL'], time: july })] }),
  ]);
  assert.equal(events.length, 4);
});

test('an analyst can split a mention off; the rest stays merged', () => {
  const reports = [
    report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july })] }),
    report('a2', { source: 'two.com', events: [event({ id: 'e1', time: july })] }),
    report('a3', { source: 'three.com', events: [event({ id: 'e1', time: july })] }),
  ];
  assert.equal(mergeEvents(reports).events.length, 1);
  const split = mergeEvents(reports, { separate: new Set(['a2#e1']) });
  assert.deepEqual(split.events.map((e) => e.counts.mentions).sort(), [1, 2]);
});

test('a verbatim copy at another outlet adds a source and a claimant, not a mention or an article', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'wire.com', copiedBy: ['mirror.com'], events: [event({ id: 'e1', time: july })] }),
    report('a2', { source: 'paper.com', events: [event({ id: 'e1', time: july })] }),
  ]);
  assert.deepEqual(events[0]!.counts, { mentions: 2, articles: 2, sources: 3 });
  assert.equal(events[0]!.status, 'reported by 3 sources');
  assert.deepEqual(events[0]!.mentions[0]!.copiedBy, ['mirror.com']);
});

test('background ("has supplied since 2023") never merges with the news event, even with an open time', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', stage: 'begun' })] }),
    report('a2', { source: 'two.com', events: [event({ id: 'e1', stage: 'historical', time: ['2023-01-01', null] })] }),
  ]);
  assert.equal(events.length, 2);
});

test('a denial in the same article is kept as a within-article contradiction beside the one between sources', () => {
  const { disagreements } = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july }), event({ id: 'e2', time: july, polarity: 'negated', claimant: 'Seoul' })] }),
    report('a2', { source: 'two.com', publishedAt: '2024-06-29', events: [event({ id: 'e1', time: july })] }),
  ]);
  assert.deepEqual(disagreements.map((d) => [d.kind, d.scope, d.claims[0].claimant, d.claims[1].claimant]).sort(), [
    ['polarity', 'between-sources', 'Seoul', 'two.com'],
    ['polarity', 'within-article', 'one.com', 'Seoul'],
  ]);
});

test('translations of one original do not disagree with each other; each keeps its own within-article clash', () => {
  const july: [string, string] = ['2024-07-01', '2024-07-31'];
  const article = (id: string, lang: string, claimant: string) =>
    report(id, {
      source: 'aboluowang.com',
      lang,
      originalTitle: 'North Korea Begins Sending Troops',
      events: [event({ id: 'e1', time: july, stage: 'begun' }), event({ id: 'e2', time: july, stage: 'expected', polarity: 'negated', claimant })],
    });
  const { disagreements } = mergeEvents([article('id1', 'id', 'stasiun TV Korea Selatan'), article('en1', 'en', 'South Korean TV station')]);
  assert.deepEqual(disagreements.map((d) => [d.scope, d.mentions[0].split('#')[0]]).sort(), [
    ['within-article', 'en1'],
    ['within-article', 'id1'],
  ]);
  const unrelated = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july, stage: 'begun' })] }),
    report('a2', { source: 'two.com', events: [event({ id: 'e1', time: july, stage: 'expected', polarity: 'negated', claimant: 'Seoul' })] }),
  ]);
  assert.deepEqual(unrelated.disagreements.map((d) => d.scope), ['between-sources']);
});
