import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNumber, isoWeekday, partOf, seasonOf, seasonPeriod, shiftedPeriod, weekPeriod, yearPeriod, monthPeriod, decadePeriod } from './calendar.ts';

const ref = { y: 2024, m: 6, d: 28 };

test('2024-06-28 is a Friday in ISO week 26', () => {
  assert.equal(isoWeekday(dayNumber(ref)), 5);
  assert.equal(weekPeriod(dayNumber(ref)).value, '2024-W26');
  assert.deepEqual(weekPeriod(dayNumber(ref)), { value: '2024-W26', granularity: 'week', start: '2024-06-24', end: '2024-06-30' });
});

test('ISO weeks at the turn of the year belong to the year of their Thursday', () => {
  assert.equal(weekPeriod(dayNumber({ y: 2024, m: 12, d: 31 })).value, '2025-W01');
  assert.equal(weekPeriod(dayNumber({ y: 2021, m: 1, d: 1 })).value, '2020-W53');
});

test('shifting a month carries into the next and previous year', () => {
  assert.equal(shiftedPeriod({ y: 2024, m: 12, d: 15 }, 'month', 1).value, '2025-01');
  assert.equal(shiftedPeriod({ y: 2024, m: 1, d: 15 }, 'month', -1).value, '2023-12');
  assert.equal(shiftedPeriod({ y: 2024, m: 11, d: 15 }, 'quarter', 1).value, '2025-Q1');
});

test('February has its leap day', () => {
  assert.equal(monthPeriod(2024, 2).end, '2024-02-29');
  assert.equal(monthPeriod(2023, 2).end, '2023-02-28');
});

test('seasons are northern meteorological; winter Y runs from December Y to February Y+1', () => {
  assert.deepEqual(seasonPeriod(2023, 'FA'), { value: '2023-FA', granularity: 'season', start: '2023-09-01', end: '2023-11-30' });
  assert.deepEqual(seasonPeriod(2023, 'WI'), { value: '2023-WI', granularity: 'season', start: '2023-12-01', end: '2024-02-29' });
  assert.deepEqual(seasonOf({ y: 2024, m: 1, d: 10 }), { y: 2023, season: 'WI' });
});

test('early, mid and late split a month at days 10 and 20 and a year into thirds', () => {
  const june = monthPeriod(2024, 6);
  assert.deepEqual(partOf(june, 'early'), { start: '2024-06-01', end: '2024-06-10' });
  assert.deepEqual(partOf(june, 'mid'), { start: '2024-06-11', end: '2024-06-20' });
  assert.deepEqual(partOf(june, 'late'), { start: '2024-06-21', end: '2024-06-30' });
  assert.deepEqual(partOf(yearPeriod(2024), 'late'), { start: '2024-09-01', end: '2024-12-31' });
  assert.deepEqual(partOf(decadePeriod(1990), 'early'), { start: '1990-01-01', end: '1993-12-31' });
});
