import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packs } from '../lang/index.ts';
import { normalizeText } from '../text/normalize.ts';
import { segment } from '../text/segment.ts';
import { TimeExpr } from '../schema/analysis.ts';
import { documentDate, extractTimes } from './index.ts';

const docOf = (lang: string, text: string) => segment(normalizeText(text), packs.get(lang)!.text);
const times = (lang: string, text: string, published = '2024-06-28') => extractTimes(docOf(lang, text), packs.get(lang)!, published);
/** text, value, modifier, interval start and end of each expression. */
const facts = (found: TimeExpr[]) => found.map((t) => [t.text, t.value, t.modifier, t.interval.start, t.interval.end]);

const SAMPLE_FACTS = {
  id: [
    ['bulan depan', '2024-07', null, '2024-07-01', '2024-07-31'],
    ['26 Juni', '2024-06-26', null, '2024-06-26', '2024-06-26'],
    ['bulan depan', '2024-07', null, '2024-07-01', '2024-07-31'],
    ['26 Juni', '2024-06-26', null, '2024-06-26', '2024-06-26'],
    ['hari Selasa', '2024-06-25', null, '2024-06-25', '2024-06-25'],
    ['Awal bulan ini', '2024-06', 'early', '2024-06-01', '2024-06-10'],
    ['sejak tahun 2023', '2023', 'since', '2023-01-01', null],
    ['Februari tahun ini', '2024-02', null, '2024-02-01', '2024-02-29'],
    ['sejak tahun lalu', '2023', 'since', '2023-01-01', null],
    ['sejak musim gugur tahun lalu', '2023-FA', 'since', '2023-09-01', null],
  ],
  en: [
    ['next month', '2024-07', null, '2024-07-01', '2024-07-31'],
    ['June 26', '2024-06-26', null, '2024-06-26', '2024-06-26'],
    ['next month', '2024-07', null, '2024-07-01', '2024-07-31'],
    ['June 26', '2024-06-26', null, '2024-06-26', '2024-06-26'],
    ['Tuesday', '2024-06-25', null, '2024-06-25', '2024-06-25'],
    ['Earlier this month', '2024-06', 'early', '2024-06-01', '2024-06-10'],
    ['since 2023', '2023', 'since', '2023-01-01', null],
    ['February this year', '2024-02', null, '2024-02-01', '2024-02-29'],
    ['since last year', '2023', 'since', '2023-01-01', null],
    ['since last autumn', '2023-FA', 'since', '2023-09-01', null],
  ],
};

for (const lang of ['id', 'en'] as const) {
  test(`the ${lang} sample gives exactly its dates, each span its own slice`, () => {
    const doc = docOf(lang, readFileSync(new URL(`../../samples/north-korea-troops-${lang}.txt`, import.meta.url), 'utf8'));
    const found = extractTimes(doc, packs.get(lang)!, '2024-06-28');
    assert.deepEqual(facts(found), SAMPLE_FACTS[lang]);
    for (const t of found) {
      TimeExpr.parse(t);
      assert.equal(doc.text.slice(t.start, t.end), t.text);
      const s = doc.sentences[t.sentence]!;
      assert.ok(s.start <= t.start && t.end <= s.end, `${t.text} lies in its sentence`);
    }
    assert.equal(found.find((t) => t.text === 'sejak tahun 2023')?.relative ?? false, false);
  });
}

test('a time relative to an event is left out: "seminggu setelah", "a week after"', () => {
  assert.deepEqual(times('id', 'Seminggu setelah Rusia menandatangani perjanjian itu, Pyongyang bereaksi.'), []);
  assert.deepEqual(times('en', 'A week after Russia signed the treaty, Pyongyang reacted.'), []);
});

test('bare numbers and counts are not dates', () => {
  assert.deepEqual(times('id', 'Ada 26 orang dan 20 unit rudal, juga 2023 peluru.'), []);
  assert.deepEqual(times('en', 'Theresa May said 20 units were lost in the fall.'), []);
});

test('a bare month, season or year needs a cue word or a modifier', () => {
  assert.deepEqual(facts(times('id', 'Mereka tiba pada Juli.')), [['Juli', '2024-07', null, '2024-07-01', '2024-07-31']]);
  assert.deepEqual(facts(times('en', 'It began in 2019.')), [['2019', '2019', null, '2019-01-01', '2019-12-31']]);
});

test('early, mid and late modify months and the current year; approx and until keep or open the interval', () => {
  assert.deepEqual(facts(times('id', 'Rencana itu berlaku hingga akhir tahun. Sidang pertengahan Juli.')), [
    ['hingga akhir tahun', '2024', 'until', null, '2024-12-31'],
    ['pertengahan Juli', '2024-07', 'mid', '2024-07-11', '2024-07-20'],
  ]);
  assert.deepEqual(facts(times('en', 'Talks resume in mid-July, around the end of the year.')), [
    ['mid-July', '2024-07', 'mid', '2024-07-11', '2024-07-20'],
    ['around the end of the year', '2024', 'approx', '2024-09-01', '2024-12-31'],
  ]);
});

test('common forms in both languages', () => {
  assert.deepEqual(
    facts(times('id', 'Kemarin dan hari ini, pekan lalu, dua hari lalu, 3 Maret 2022, 2022-03-03, pada Maret 2022, Q3 2023, tahun 1990-an.')),
    [
      ['Kemarin', '2024-06-27', null, '2024-06-27', '2024-06-27'],
      ['hari ini', '2024-06-28', null, '2024-06-28', '2024-06-28'],
      ['pekan lalu', '2024-W25', null, '2024-06-17', '2024-06-23'],
      ['dua hari lalu', '2024-06-26', null, '2024-06-26', '2024-06-26'],
      ['3 Maret 2022', '2022-03-03', null, '2022-03-03', '2022-03-03'],
      ['2022-03-03', '2022-03-03', null, '2022-03-03', '2022-03-03'],
      ['Maret 2022', '2022-03', null, '2022-03-01', '2022-03-31'],
      ['Q3 2023', '2023-Q3', null, '2023-07-01', '2023-09-30'],
      ['tahun 1990-an', '199', null, '1990-01-01', '1999-12-31'],
    ],
  );
  assert.deepEqual(facts(times('en', 'Yesterday, last week, two days ago, in the 1990s, before March 3, 2022.')), [
    ['Yesterday', '2024-06-27', null, '2024-06-27', '2024-06-27'],
    ['last week', '2024-W25', null, '2024-06-17', '2024-06-23'],
    ['two days ago', '2024-06-26', null, '2024-06-26', '2024-06-26'],
    ['the 1990s', '199', null, '1990-01-01', '1999-12-31'],
    ['before March 3, 2022', '2022-03-03', 'before', null, '2022-03-02'],
  ]);
});

test('Indonesian news forms: dateline weekdays, "akhir bulan Maret ini", "awal abad ke-20"', () => {
  assert.deepEqual(facts(times('id', 'Kata Adnan di Jakarta, Kamis (14/8/2014). Ia menunggu hingga akhir bulan Maret ini.')), [
    ['Kamis (14/8/2014)', '2014-08-14', null, '2014-08-14', '2014-08-14'],
    ['hingga akhir bulan Maret ini', '2024-03', 'until', null, '2024-03-31'],
  ]);
  assert.deepEqual(facts(times('id', 'Ditemukan pada awal abad ke-20, bukan dalam beberapa hari ini.')), [
    ['awal abad ke-20', '19', 'early', '1900-01-01', '1939-12-31'],
  ]);
});

test('a start and an end make one range: "sejak … hingga …", "since … until …"', () => {
  assert.deepEqual(facts(times('id', 'Proyek dikerjakan sejak Agustus 2011 hingga Maret 2014.')), [
    ['sejak Agustus 2011 hingga Maret 2014', '2011-08/2014-03', null, '2011-08-01', '2014-03-31'],
  ]);
  assert.deepEqual(facts(times('en', 'It ran from June 2019 to March 2020, and since May 2020 until June 2021.')), [
    ['June 2019 to March 2020', '2019-06/2020-03', null, '2019-06-01', '2020-03-31'],
    ['since May 2020 until June 2021', '2020-05/2021-06', null, '2020-05-01', '2021-06-30'],
  ]);
});

test('a bare weekday looks forward shortly after a future cue in the same clause', () => {
  assert.deepEqual(facts(times('id', 'Menteri akan bertemu dengan mitranya pada Selasa.')), [['Selasa', '2024-07-02', null, '2024-07-02', '2024-07-02']]);
  assert.deepEqual(facts(times('en', 'The minister will meet his counterpart on Friday.')), [['Friday', '2024-06-28', null, '2024-06-28', '2024-06-28']]);
  assert.deepEqual(facts(times('en', 'Troops will arrive, the ministry said on Tuesday.')), [['Tuesday', '2024-06-25', null, '2024-06-25', '2024-06-25']]);
});

test('relative words around year and month ends', () => {
  assert.deepEqual(facts(times('id', 'Mereka tiba bulan depan.', '2024-12-20')), [['bulan depan', '2025-01', null, '2025-01-01', '2025-01-31']]);
  assert.deepEqual(facts(times('en', 'They left last month.', '2025-01-02')), [['last month', '2024-12', null, '2024-12-01', '2024-12-31']]);
  assert.deepEqual(facts(times('id', 'Serangan hari Senin.', '2025-01-01')), [['hari Senin', '2024-12-30', null, '2024-12-30', '2024-12-30']]);
  assert.deepEqual(facts(times('en', 'They met on Tuesday.', '2024-06-25')), [['Tuesday', '2024-06-25', null, '2024-06-25', '2024-06-25']]);
});

test('documentDate reads a published line or a dateline, and is null without one', () => {
  const id = packs.get('id')!;
  const en = packs.get('en')!;
  assert.equal(documentDate(docOf('id', 'Judul\n\nDiterbitkan: Jumat, 28 Juni 2024 10.00 WIB\n\nIsi berita.'), id), '2024-06-28');
  assert.equal(documentDate(docOf('en', 'Title\n\nSEOUL, June 27, 2024 - North Korea said.'), en), '2024-06-27');
  assert.equal(documentDate(docOf('en', 'MILWAUKEE, Wisconsin 1996-08-31\n\nThe Brewers won.'), en), '1996-08-31');
  assert.equal(documentDate(docOf('id', 'Pada 26 Juni 2023, Rusia menyerang.'), id), null);
  assert.equal(documentDate(docOf('id', readFileSync(new URL('../../samples/north-korea-troops-id.txt', import.meta.url), 'utf8')), id), null);
});
