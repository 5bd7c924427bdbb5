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
  assert.deepEqual(e.counts, { mentions: 2, articles: 2, sources: 2, reported: 2, denied: 0 });
  assert.equal(e.firstReport, '2024-06-28');
  assert.equal(e.latestReport, '2024-06-29');
  assert.equal(e.status, 'reported by 2 (aboluowang.com, example-news.com)');
  assert.deepEqual(e.sources.map((s) => [s.name, s.kind, s.statements[0]!.evidence]), [
    ['aboluowang.com', 'publisher', 'a1: mengirim'],
    ['example-news.com', 'publisher', 'a2: mengirim'],
  ]);
  assert.equal(e.mentions[0]!.reason, 'first report');
  assert.match(e.mentions[1]!.reason, /same type AID\/troops; actors PRK; recipients RUS/);
  assert.deepEqual(disagreements, []);
});

test('republished copies count as mentions and articles but not as more sources', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'wire.com', events: [event({ id: 'e1', time: july })] }),
    report('a2', { source: 'wire.com', events: [event({ id: 'e1', time: july })] }),
  ]);
  assert.deepEqual(events[0]!.counts, { mentions: 2, articles: 2, sources: 1, reported: 1, denied: 0 });
});

test('a denial by another source is kept in the event and flagged as a disagreement', () => {
  const { events, disagreements } = mergeEvents([
    report('a1', { source: 'aboluowang.com', events: [event({ id: 'e1', time: july, stage: 'begun' })] }),
    report('a2', { source: 'reuters.com', events: [event({ id: 'e3', time: july, stage: 'expected', polarity: 'negated', claimant: 'South Korean TV' })] }),
  ]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.status, 'reported by 1 (aboluowang.com); denied by 1 (South Korean TV, 2024-06-28)');
  assert.deepEqual(events[0]!.sources.map((s) => [s.name, s.kind, s.position, s.via]), [
    ['aboluowang.com', 'publisher', 'reported', ['aboluowang.com']],
    ['South Korean TV', 'speaker', 'denied', ['reuters.com']],
  ]);
  assert.equal(disagreements.length, 1);
  assert.equal(disagreements[0]!.kind, 'polarity');
  assert.match(disagreements[0]!.reason, /South Korean TV \(reuters\.com, 2024-06-28\) says it is not so/);
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

test('a mention that fits two merged events joins the one it fits best, not the first, and says so', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', type: 'SUPPORT', mode: null, recipients: ['UKR'], time: july }), event({ id: 'e2', type: 'AGREE', mode: null, time: july })] }),
    // Its recipient is unstated, so it fits both; only the pact shares its type.
    report('a2', { source: 'two.com', events: [event({ id: 'e1', type: 'AGREE', mode: null, recipients: [], time: july })] }),
  ]);
  const pact = events.find((e) => e.mentions.some((m) => m.key === 'a1#e2'))!;
  assert.deepEqual(pact.mentions.map((m) => m.key), ['a1#e2', 'a2#e1']);
  assert.match(pact.mentions[1]!.reason, /^same type AGREE; .*fits best \(score \d+\) of 2 open events it fits$/);
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

test('a verbatim copy, a near-duplicate and a translation speak as their original: one source, carried by each outlet', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'wire.com', title: 'Troops sent', copiedBy: ['mirror.com'], events: [event({ id: 'e1', time: july })] }),
    report('a2', { source: 'rewrite.com', copyOf: 'a1', events: [event({ id: 'e1', time: july })] }),
    report('a3', { source: 'berita.id', lang: 'id', originalTitle: 'Troops sent', publishedAt: '2024-06-29', events: [event({ id: 'e1', time: july })] }),
    report('a4', { source: 'paper.com', events: [event({ id: 'e1', time: july })] }),
  ]);
  assert.deepEqual(events[0]!.counts, { mentions: 4, articles: 4, sources: 2, reported: 2, denied: 0 });
  assert.equal(events[0]!.status, 'reported by 2 (wire.com, paper.com)');
  assert.deepEqual(events[0]!.sources[0]!.via, ['wire.com', 'mirror.com', 'rewrite.com', 'berita.id']);
  assert.deepEqual(events[0]!.mentions[0]!.copiedBy, ['mirror.com']);
});

test('the original speaker is the source: two outlets quoting TV Chosun are one source, the outlets are its carriers', () => {
  const { events } = mergeEvents([
    report('a1', { source: 'aboluowang.com', events: [event({ id: 'e1', time: july, claimant: 'TV Chosun' })] }),
    report('a2', { source: 'reuters.com', events: [event({ id: 'e1', time: july, claimant: 'TV Chosun' })] }),
  ]);
  assert.equal(events[0]!.status, 'reported by 1 (TV Chosun)');
  assert.deepEqual(events[0]!.sources.map((s) => [s.kind, s.via]), [['speaker', ['aboluowang.com', 'reuters.com']]]);
});

test('"reported by N" always names N sources, and the counts are the sources listed', () => {
  const q = [quantity('q1', 3000, 'exactly', 'troop'), quantity('q2', 12000, 'exactly', 'troop')];
  const mixed = [
    report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july }), event({ id: 'e2', time: july, claimant: 'Reuters', quantityIds: ['q1'] })], quantities: q }),
    report('a2', { source: 'one.com', copiedBy: ['two.com'], publishedAt: '2024-06-29', events: [event({ id: 'e1', time: july, stage: 'planned', hypothetical: true })] }),
    report('a3', { source: 'three.com', publishedAt: '2024-06-30', events: [event({ id: 'e1', time: july, polarity: 'negated', claimant: 'Kremlin' }), event({ id: 'e2', time: july, quantityIds: ['q2'] })], quantities: q }),
    report('a4', { source: 'unknown', events: [event({ id: 'e1', time: july })] }),
    report('a5', { source: 'unknown', events: [event({ id: 'e1', time: july })] }),
  ];
  for (const e of mergeEvents(mixed).events) {
    const named = (word: string) => {
      const m = new RegExp(`${word} by (\\d+) \\(([^;]*)\\)`).exec(e.status);
      return m ? { n: Number(m[1]), listed: m[2]!.split(', ').filter((x) => !/^\d{4}-/.test(x)).length } : { n: 0, listed: 0 };
    };
    assert.equal(named('reported').n, named('reported').listed, e.status);
    assert.equal(named('reported').n, e.counts.reported, e.status);
    assert.equal(named('denied').n, e.counts.denied, e.status);
    assert.equal(e.counts.sources, e.sources.length);
    assert.equal(e.counts.reported, e.sources.filter((s) => s.position === 'reported').length);
    assert.equal(new Set(e.sources.map((s) => s.id)).size, e.sources.length);
  }
  const [e] = mergeEvents(mixed).events;
  assert.equal(e!.status, 'reported by 5 (one.com, Reuters, unknown outlet (“a4”), unknown outlet (“a5”), three.com); denied by 1 (Kremlin, 2024-06-30)');
});

test('a later, firmer report is progression on the timeline, never a disagreement; the same moment is', () => {
  const progression = mergeEvents([
    report('a1', { source: 'one.com', publishedAt: '2024-10-09', events: [event({ id: 'e1', time: ['2024-10-01', '2024-10-31'], stage: 'expected' })] }),
    report('a2', { source: 'two.com', publishedAt: '2024-10-18', events: [event({ id: 'e1', time: ['2024-10-01', '2024-10-31'], stage: 'begun' })] }),
  ]);
  assert.equal(progression.events.length, 1);
  assert.deepEqual(progression.disagreements, []);
  assert.deepEqual(progression.events[0]!.timeline.map((t) => [t.date, t.source, t.says, t.change]), [
    ['2024-10-09', 'one.com', 'expected', 'first'],
    ['2024-10-18', 'two.com', 'begun', 'progression'],
  ]);
  const sameDay = mergeEvents([
    report('a1', { source: 'one.com', publishedAt: '2024-10-17', events: [event({ id: 'e1', time: ['2024-10-01', '2024-10-31'], stage: 'expected' })] }),
    report('a2', { source: 'two.com', publishedAt: '2024-10-18', events: [event({ id: 'e1', time: ['2024-10-01', '2024-10-31'], stage: 'begun' })] }),
  ]);
  assert.deepEqual(sameDay.disagreements.map((d) => d.kind), ['stage']);
});

test('a denial answers every report before it, however long before, but not reports long after it', () => {
  const denial = (publishedAt: string) => report('d', { source: 'tass.ru', publishedAt, events: [event({ id: 'e1', time: ['2024-10-01', '2024-10-31'], polarity: 'negated', claimant: 'Peskov' })] });
  const claim = report('c', { source: 'yonhap.co.kr', publishedAt: '2024-10-03', events: [event({ id: 'e1', time: ['2024-10-01', '2024-10-31'] })] });
  assert.deepEqual(mergeEvents([claim, denial('2024-10-10')]).disagreements.map((d) => d.kind), ['polarity']);
  const after = report('c', { source: 'yonhap.co.kr', publishedAt: '2024-10-20', events: [event({ id: 'e1', time: ['2024-10-01', '2024-10-31'] })] });
  const r = mergeEvents([denial('2024-10-10'), after]);
  assert.deepEqual(r.disagreements, []);
  assert.deepEqual(r.events[0]!.timeline.map((t) => t.change), ['first', 'progression']);
});

test('one source never disagrees with itself, not across its own articles nor their copies', () => {
  const { disagreements } = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july, stage: 'begun' })] }),
    report('a2', { source: 'one.com', publishedAt: '2024-06-29', events: [event({ id: 'e1', time: july, stage: 'planned' })] }),
    report('a3', { source: 'copy.com', copyOf: 'a1', events: [event({ id: 'e1', time: july, stage: 'planned' })] }),
  ]);
  assert.deepEqual(disagreements, []);
});

test('a signed pact coded AGREE in one article and SUPPORT or COOPERATE in others is one event', () => {
  const pact = (id: string, type: 'AGREE' | 'SUPPORT' | 'COOPERATE') => event({ id, type, mode: null, actors: ['PRK'], recipients: ['RUS'], time: ['2024-06-19', '2024-06-19'], stage: 'completed' });
  const { events } = mergeEvents([
    report('a1', { source: 'one.com', events: [pact('e1', 'AGREE')] }),
    report('a2', { source: 'two.com', events: [pact('e1', 'SUPPORT')] }),
    report('a3', { source: 'three.com', events: [pact('e1', 'COOPERATE')] }),
  ]);
  assert.equal(events.length, 1);
  assert.match(events[0]!.mentions[1]!.reason, /type family of AGREE: SUPPORT/);
});

test('a recipient that is only where it happens is doubtful: the mention joins by its other arguments', () => {
  const located = { ...event({ id: 'e1', time: july, recipients: ['UKR'] }), location: { start: 0, end: 7, text: 'Ukraine', sentence: 0, entityId: 'country:UKR', mentionId: 'm-ukr', name: 'Ukraine', country: 'UKR', lat: null, lon: null } };
  const { events } = mergeEvents([
    report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july, recipients: ['RUS'] })] }),
    report('a2', { source: 'two.com', events: [located] }),
    report('a3', { source: 'three.com', events: [event({ id: 'e1', time: july, recipients: ['USA'] })] }),
  ]);
  assert.equal(events.length, 2, 'a recipient that is not the place still splits');
  assert.match(events.find((e) => e.counts.mentions === 2)!.mentions[1]!.reason, /recipient UKR doubtful/);
});

test('the theme tells troops from weapons when the event layer gives one; a denial joins the claim it denies', () => {
  const themed = (id: string, object: string) => ({ ...event({ id, time: july, mode: 'military' }), object: { sentence: 0, start: 0, end: object.length, text: object } });
  const { events } = mergeEvents([
    report('a1', { source: 'one.com', events: [themed('e1', 'combat troops')] }),
    report('a2', { source: 'two.com', events: [themed('e1', 'artillery shells')] }),
    report('a3', { source: 'three.com', events: [themed('e1', 'thousands of troops')] }),
  ]);
  assert.deepEqual(events.map((e) => e.counts.mentions).sort(), [1, 2]);
  const denial = { ...event({ id: 'e2', type: 'REJECT', actors: ['RUSGOV'], polarity: 'negated', claimant: 'Peskov', time: july }),
    denies: { eventId: 'e1', signature: 'AID|PRK|RUS', evidence: { sentence: 0, start: 0, end: 6, text: 'denied' } },
  };
  const linked = mergeEvents([report('a1', { source: 'one.com', events: [event({ id: 'e1', time: july }), denial] }), report('a2', { source: 'two.com', events: [event({ id: 'e1', time: july })] })]);
  assert.equal(linked.events.length, 1);
  assert.match(linked.events[0]!.status, /denied by 1 \(Peskov/);
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
