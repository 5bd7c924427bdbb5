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
  const stories = groupStories(reports, events);
  assert.equal(stories.length, 2);
  const nkStory = stories.find((s) => s.articleIds.includes('id1'))!;
  assert.deepEqual(nkStory.articleIds, ['id1', 'en1']);
  assert.deepEqual(nkStory.languages, ['en', 'id']);
  assert.deepEqual(nkStory.sources, ['aboluowang.com', 'example.com']);
  assert.equal(nkStory.title, 'Pyongyang Berencana Mengirim Pasukan');
  assert.equal(nkStory.eventIds.length, 2);
  assert.match(nkStory.reasons.join(' '), /report 2 same events/);
});

test('copies join their original even without shared events; articles weeks apart do not join', () => {
  const reports = [
    report('orig', { source: 'a.com', events: [] }),
    report('copy', { source: 'b.com', events: [], copyOf: 'orig' }),
    report('late', { source: 'c.com', publishedAt: '2024-09-01', events: [troops('e1'), treaty('e2')] }),
    report('early', { source: 'd.com', events: [troops('e1'), treaty('e2')] }),
  ];
  const stories = groupStories(reports, mergeEvents(reports).events);
  assert.deepEqual(stories.map((s) => [...s.articleIds].sort().join('+')).sort(), ['copy+orig', 'early', 'late']);
});
