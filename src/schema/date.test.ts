import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, userDate } from './date.ts';

test('dates and date-times on real days pass; a date-time becomes UTC', () => {
  assert.equal(userDate('2024-02-29'), '2024-02-29');
  assert.equal(userDate(' 2024-06-28 '), '2024-06-28');
  assert.equal(userDate('2024-06-28T10:00:00+07:00'), '2024-06-28T03:00:00.000Z');
  assert.equal(userDate('2024-06-28T10:00Z'), '2024-06-28T10:00:00.000Z');
  assert.equal(userDate('2024-06-28T10:00:00.5'), '2024-06-28T10:00:00.500Z');
});

test('words, impossible days and loose forms are refused', () => {
  for (const bad of ['not-a-date', '2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-06-31', '2024-06-28T25:00', '28/06/2024', 'Fri, 28 Jun 2024', '2024-6-28', '']) {
    assert.equal(userDate(bad), null, bad);
  }
  assert.equal(isCalendarDate('2000-02-29'), true);
  assert.equal(isCalendarDate('1900-02-29'), false);
});
