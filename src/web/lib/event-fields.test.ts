import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel, modalityMark, partyLabel, readableText, sourceName } from './event-fields.ts';
import { party, record } from './test-events.ts';

test('a date shows as precisely as the text gave it, an open start as "since", none as the publication date', () => {
  const time = (start: string | null, end: string | null, granularity: 'day' | 'month' | 'year') => ({ time: { start, end, granularity } });
  assert.equal(dateLabel(record('a', time('2024-06-26', '2024-06-26', 'day'))).text, '2024-06-26');
  assert.equal(dateLabel(record('a', time('2024-07-01', '2024-07-31', 'month'))).text, '2024-07');
  assert.equal(dateLabel(record('a', time('2023-01-01', null, 'year'))).text, '2023–');
  assert.equal(dateLabel(record('a', time(null, '2024-05-31', 'month'))).text, '–2024-05');
  const published = dateLabel(record('a', { publishedAt: '2024-06-28T08:00:00Z' }));
  assert.deepEqual([published.text, published.dated], ['2024-06-28 (published)', false]);
});

test('an event of an undated article with no time of its own has an unknown date, not today', () => {
  assert.equal(dateLabel(record('a', { publishedAt: null })).text, 'date unknown');
});

test('names before codes, hosts instead of URLs', () => {
  assert.equal(partyLabel(party('PRKGOV', 'North Korea')), 'North Korea · PRKGOV');
  assert.equal(partyLabel(party('RUS', 'RUS')), 'RUS');
  assert.equal(sourceName('https://www.reuters.com/article/world/x-idUSKBN1'), 'reuters.com');
  assert.equal(sourceName('Reuters'), 'Reuters');
});

test('negated, denied and hypothetical events are marked; asserted facts are not', () => {
  assert.equal(modalityMark(record('a')), null);
  assert.equal(modalityMark(record('a', { polarity: 'denied' })), 'denied');
  assert.equal(modalityMark(record('a', { hypothetical: true })), 'hypothetical');
});

test('free text from the analysis reads without ids or URLs', () => {
  assert.equal(
    readableText('CONSULT|person:alexander-vindman|org:audubon-society|country:RUS|actor:PRKGOV'),
    'CONSULT|Alexander Vindman|Audubon Society|RUS|PRKGOV',
  );
  assert.equal(readableText('https://www.cbsnews.com/news/x-2019/ says “raised”'), 'cbsnews.com says “raised”');
});
