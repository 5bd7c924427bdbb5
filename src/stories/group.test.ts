import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupStories } from './group.ts';
import { mergeEvents } from './merge.ts';
import { event, report } from './fixtures.ts';

const july: [string, string] = ['2024-07-01', '2024-07-31'];
const troops = (id: string) => event({ id, time: july });
const treaty = (id: string) => event({ id, type: 'AGREE', mode: null, actors: ['RUSGOV', 'PRKGOV'], recipients: [], time: ['2024-06-01', '2024-06-10'], stage: 'completed' });

test('an Indonesian report and an English one of the same events are one story; an unrelated article is another', () => {
  const nk = ['country:PRK', 'country:RUS', 'country:UKR', 'person:kim-jong-un'];
  const reports = [
    report('id1', { source: 'aboluowang.com', lang: 'id', title: 'Pyongyang Berencana Mengirim Pasukan', events: [troops('e1'), treaty('e2')], entities: nk }),
    report('en1', { source: 'example.com', publishedAt: '2024-06-29', events: [troops('e4'), treaty('e5')], entities: nk }),
    report('x1', { source: 'other.com', events: [event({ id: 'e1', type: 'PROTEST', actors: ['FRA'], recipients: ['FRAGOV'], time: july })], entities: ['country:FRA'] }),
  ];
  const { events } = mergeEvents(reports);
  const stories = groupStories(reports, events).stories;
  assert.equal(stories.length, 2);
  const nkStory = stories.find((s) => s.articleIds.includes('id1'))!;
  assert.deepEqual(nkStory.articleIds, ['id1', 'en1']);
  assert.deepEqual(nkStory.languages, ['en', 'id']);
  assert.deepEqual(nkStory.sources, ['aboluowang.com', 'example.com']);
  assert.equal(nkStory.title, 'Pyongyang Berencana Mengirim Pasukan');
  assert.equal(nkStory.eventIds.length, 2);
  assert.match(nkStory.reasons.join(' '), /“Pyongyang Berencana Mengirim Pasukan” and “en1” report 2 same events \(AGREE PRKGOV,RUSGOV→\?; AID\/troops PRKMIL→RUS\) 1 day apart/);
});

test('copies join their original even without shared events; articles weeks apart do not join', () => {
  const reports = [
    report('orig', { source: 'a.com', events: [] }),
    report('copy', { source: 'b.com', events: [], copyOf: 'orig' }),
    report('late', { source: 'c.com', publishedAt: '2024-09-01', events: [troops('e1'), treaty('e2')] }),
    report('early', { source: 'd.com', events: [troops('e1'), treaty('e2')] }),
  ];
  const stories = groupStories(reports, mergeEvents(reports).events).stories;
  assert.deepEqual(stories.map((s) => [...s.articleIds].sort().join('+')).sort(), ['copy+orig', 'early', 'late']);
});

test('a strike, its denial and an intelligence report a week apart are three stories of one topic', () => {
  const oct: [string, string] = ['2024-10-01', '2024-10-31'];
  const entities = ['country:PRK', 'country:RUS', 'country:UKR'];
  const sending = (id: string, extra: Partial<Parameters<typeof event>[0]> = {}) => event({ id, time: oct, ...extra });
  const reports = [
    report('strike', { source: 'kyiv.ua', title: 'Strike near Donetsk kills North Korean officers', publishedAt: '2024-10-03', events: [sending('e1')], entities }),
    report('strike2', { source: 'yonhap.co.kr', publishedAt: '2024-10-04', events: [sending('e1')], entities }),
    report('denial', { source: 'tass.ru', title: 'Kremlin calls reports a hoax', publishedAt: '2024-10-10', events: [sending('e1', { polarity: 'negated', claimant: 'Peskov' })], entities }),
    report('intel', { source: 'reuters.com', title: 'Seoul: 1,500 special forces sent', publishedAt: '2024-10-18', events: [sending('e1')], entities }),
  ];
  const stories = groupStories(reports, mergeEvents(reports).events).stories;
  assert.deepEqual(stories.map((s) => s.articleIds.join('+')), ['strike+strike2', 'denial', 'intel']);
  assert.deepEqual(new Set(stories.map((s) => s.topic.title)), new Set(['Strike near Donetsk kills North Korean officers']));
});

test('an article whose events could not be read joins the story that names the same countries in the same days', () => {
  const entities = ['country:PRK', 'country:RUS', 'country:UKR'];
  const reports = [
    report('en', { source: 'reuters.com', title: 'North Korea sends troops', publishedAt: '2024-10-18', events: [troops('e1')], entities }),
    report('zh', { source: 'xinhua', lang: 'zh', title: '朝鲜向俄罗斯派兵', publishedAt: '2024-10-19', events: [], entities: ['country:PRK', 'country:RUS'] }),
    report('fr', { source: 'lemonde.fr', lang: 'fr', publishedAt: '2024-10-19', events: [], entities: ['country:FRA'] }),
  ];
  const stories = groupStories(reports, mergeEvents(reports).events).stories;
  assert.deepEqual(stories.map((s) => s.articleIds.join('+')).sort(), ['en+zh', 'fr']);
  assert.match(stories.find((s) => s.articleIds.includes('zh'))!.reasons.join(' '), /“朝鲜向俄罗斯派兵” has no events read; it names 2 of the entities of “North Korea sends troops” 1 day apart/);
});
