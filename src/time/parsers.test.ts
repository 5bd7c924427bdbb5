import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { dayNumber } from './calendar.ts';
import { buildParsers, type Resolved } from './parsers.ts';

const ctxOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { ref: { y, m, d }, refDay: dayNumber({ y, m, d }), isFuture: () => false };
};

/** What parser `name` of pack `lang` makes of the whole of `text`, published on `published`. */
function parse(lang: string, name: string, text: string, published = '2024-06-28'): Resolved | null {
  const parser = buildParsers(packs.get(lang)!.time).find((p) => p.name === name)!;
  parser.pattern.lastIndex = 0;
  const m = parser.pattern.exec(text);
  if (!m || m.index !== 0 || m[0].length !== text.length) return null;
  return parser.resolve(m.groups ?? {}, ctxOf(published));
}

const value = (r: Resolved | null) => r && [r.period.value, r.relative, r.needs];

test('iso-date and numeric-date read absolute days in the pack order', () => {
  assert.deepEqual(value(parse('id', 'iso-date', '2022-03-03')), ['2022-03-03', false, null]);
  assert.deepEqual(value(parse('id', 'numeric-date', '03/04/2022')), ['2022-04-03', false, null]);
  assert.deepEqual(value(parse('en', 'numeric-date', '03/04/2022')), ['2022-03-04', false, null]);
  assert.equal(parse('id', 'iso-date', '2022-02-30'), null);
});

test('day-month: with a year, without (nearest occurrence), with a relative year', () => {
  assert.deepEqual(value(parse('id', 'day-month', '26 Juni')), ['2024-06-26', true, null]);
  assert.deepEqual(value(parse('id', 'day-month', '3 Maret 2022')), ['2022-03-03', false, null]);
  assert.deepEqual(value(parse('en', 'day-month', 'June 26th, 2023')), ['2023-06-26', false, null]);
  assert.deepEqual(value(parse('id', 'day-month', '3 Januari', '2024-12-30')), ['2025-01-03', true, null]);
  assert.deepEqual(value(parse('id', 'day-month', '5 Mei tahun lalu')), ['2023-05-05', true, null]);
  assert.equal(parse('en', 'day-month', 'may 5'), null, 'month names count only capitalised');
  assert.deepEqual(value(parse('id', 'day-month', 'Selasa, 19 Agustus lalu')), ['2023-08-19', true, null]);
  assert.deepEqual(value(parse('id', 'day-month', '26 Juni lalu')), ['2024-06-26', true, null]);
  assert.deepEqual(value(parse('id', 'day-month', '12 Januari mendatang')), ['2025-01-12', true, null]);
});

test('month: anchored, shifted, or bare (then it needs a cue)', () => {
  assert.deepEqual(value(parse('id', 'month', 'Februari tahun ini')), ['2024-02', true, null]);
  assert.deepEqual(value(parse('id', 'month', 'Maret 2022')), ['2022-03', false, null]);
  assert.deepEqual(value(parse('en', 'month', 'February this year')), ['2024-02', true, null]);
  assert.deepEqual(value(parse('en', 'month', 'last July')), ['2023-07', true, null]);
  assert.deepEqual(value(parse('id', 'month', 'Juli')), ['2024-07', true, 'cue']);
  assert.deepEqual(value(parse('id', 'month', 'Desember', '2024-06-28')), ['2023-12', true, 'cue'], 'six months either way: the past');
});

test('season: anchored year or shift; "last autumn" is the latest autumn before the current season', () => {
  assert.deepEqual(value(parse('id', 'season', 'musim gugur tahun lalu')), ['2023-FA', true, null]);
  assert.deepEqual(value(parse('en', 'season', 'last autumn')), ['2023-FA', true, null]);
  assert.deepEqual(value(parse('en', 'season', 'last autumn', '2024-10-15')), ['2023-FA', true, null]);
  assert.deepEqual(value(parse('en', 'season', 'next winter', '2024-06-28')), ['2024-WI', true, null]);
  assert.deepEqual(value(parse('en', 'season', 'last winter', '2024-01-10')), ['2022-WI', true, null]);
});

test('quarter, decade and year', () => {
  assert.deepEqual(value(parse('en', 'quarter', 'Q3 2023')), ['2023-Q3', false, null]);
  assert.deepEqual(value(parse('id', 'quarter', 'kuartal ketiga 2023')), ['2023-Q3', false, null]);
  assert.deepEqual(value(parse('en', 'quarter', 'the third quarter of last year')), ['2023-Q3', true, null]);
  assert.deepEqual(value(parse('id', 'decade', 'tahun 1990-an')), ['199', false, null]);
  assert.deepEqual(value(parse('en', 'decade', 'the 1990s')), ['199', false, null]);
  assert.deepEqual(value(parse('id', 'year', 'tahun 2023')), ['2023', false, null]);
  assert.deepEqual(value(parse('en', 'year', '2023')), ['2023', false, 'cue']);
});

test('ago counts units from the publication date', () => {
  assert.deepEqual(value(parse('id', 'ago', 'dua hari lalu')), ['2024-06-26', true, null]);
  assert.deepEqual(value(parse('id', 'ago', 'seminggu yang lalu')), ['2024-W25', true, null]);
  assert.deepEqual(value(parse('en', 'ago', 'two days ago')), ['2024-06-26', true, null]);
  assert.deepEqual(value(parse('en', 'ago', 'a year ago')), ['2023', true, null]);
  assert.equal(parse('id', 'ago', 'dua hari'), null);
});

test('relative-unit: shifted units; a bare unit needs early/mid/late; days are left to day words', () => {
  assert.deepEqual(value(parse('id', 'relative-unit', 'bulan depan')), ['2024-07', true, null]);
  assert.deepEqual(value(parse('id', 'relative-unit', 'bulan depan', '2024-12-05')), ['2025-01', true, null]);
  assert.deepEqual(value(parse('id', 'relative-unit', 'pekan lalu')), ['2024-W25', true, null]);
  assert.deepEqual(value(parse('en', 'relative-unit', 'last week')), ['2024-W25', true, null]);
  assert.deepEqual(value(parse('en', 'relative-unit', 'the year')), ['2024', true, 'position']);
  assert.equal(parse('en', 'relative-unit', 'next day'), null);
});

test('weekday: bare is the latest on or before publication; lalu/last goes back, depan/next forward', () => {
  assert.deepEqual(value(parse('id', 'weekday', 'Selasa')), ['2024-06-25', true, null]);
  assert.deepEqual(value(parse('id', 'weekday', 'hari Selasa')), ['2024-06-25', true, null]);
  assert.deepEqual(value(parse('id', 'weekday', 'Selasa depan')), ['2024-07-02', true, null]);
  assert.deepEqual(value(parse('en', 'weekday', 'next Tuesday')), ['2024-07-02', true, null]);
  // published on a Tuesday
  assert.deepEqual(value(parse('id', 'weekday', 'Selasa', '2024-06-25')), ['2024-06-25', true, null]);
  assert.deepEqual(value(parse('id', 'weekday', 'Selasa lalu', '2024-06-25')), ['2024-06-18', true, null]);
  assert.deepEqual(value(parse('id', 'weekday', 'Selasa depan', '2024-06-25')), ['2024-07-02', true, null]);
  // across a year end: published Wednesday 2025-01-01
  assert.deepEqual(value(parse('en', 'weekday', 'Friday', '2025-01-01')), ['2024-12-27', true, null]);
  assert.equal(parse('id', 'weekday', 'minggu'), null, 'a lower-case "minggu" is the week');
});

test('day words', () => {
  assert.deepEqual(value(parse('id', 'day-word', 'kemarin')), ['2024-06-27', true, null]);
  assert.deepEqual(value(parse('id', 'day-word', 'hari ini')), ['2024-06-28', true, null]);
  assert.deepEqual(value(parse('en', 'day-word', 'yesterday', '2024-03-01')), ['2024-02-29', true, null]);
});

test('weekday-date: the dateline form "Kamis (29/5/2014)" takes the date in parentheses', () => {
  assert.deepEqual(value(parse('id', 'weekday-date', 'Kamis (29/5/2014)')), ['2014-05-29', false, null]);
  assert.deepEqual(value(parse('id', 'weekday-date', 'Sabtu (22/6)')), ['2024-06-22', true, null]);
  assert.deepEqual(value(parse('en', 'weekday-date', 'Thursday (5/29/14)')), ['2014-05-29', false, null]);
});

test('century: "abad ke-20", "the 20th century" are the 1900s', () => {
  assert.deepEqual(value(parse('id', 'century', 'abad ke-20')), ['19', false, null]);
  assert.deepEqual(value(parse('en', 'century', 'the 21st century')), ['20', false, null]);
});

test('a month word before the month name is part of it and serves as its cue', () => {
  assert.deepEqual(value(parse('id', 'month', 'bulan Maret')), ['2024-03', true, null]);
  assert.deepEqual(value(parse('en', 'month', 'the month of May')), ['2024-05', true, null]);
});

test('day-range: "22-25 Januari 2013" is one expression valued as an ISO interval', () => {
  assert.deepEqual(value(parse('id', 'day-range', '22-25 Januari 2013')), ['2013-01-22/2013-01-25', false, null]);
  assert.deepEqual(value(parse('en', 'day-range', 'June 14-16')), ['2024-06-14/2024-06-16', true, null]);
  assert.equal(parse('en', 'day-range', 'June 16-14'), null);
});

test('month-range and year-range are one expression each, valued as ISO intervals', () => {
  assert.deepEqual(value(parse('id', 'month-range', 'Juni-Agustus 2023')), ['2023-06/2023-08', false, null]);
  assert.deepEqual(value(parse('id', 'month-range', 'Desember-Februari 2024')), ['2023-12/2024-02', false, null]);
  assert.deepEqual(value(parse('en', 'month-range', 'June to August')), ['2024-06/2024-08', true, null]);
  assert.deepEqual(value(parse('id', 'year-range', '1914-1918')), ['1914/1918', false, null]);
  assert.deepEqual(value(parse('en', 'year-range', '2019-21')), ['2019/2021', false, null]);
  assert.equal(parse('en', 'year-range', '2021-2019'), null);
});
