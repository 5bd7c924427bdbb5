import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packs } from '../lang/index.ts';
import { normalizeText } from '../text/normalize.ts';
import { segment } from '../text/segment.ts';
import { Quantity } from '../schema/analysis.ts';
import { extractQuantities, type QuantityOptions } from './index.ts';

const docOf = (lang: string, text: string) => segment(normalizeText(text), packs.get(lang)!.text);
/** text, value, valueMax, bound, unit, item and the item's words of each quantity. */
function facts(lang: string, text: string, options?: QuantityOptions) {
  return extractQuantities(docOf(lang, text), packs.get(lang)!, options).map((q) => [q.text, q.value, q.valueMax, q.bound, q.unit, q.item, q.itemSpan?.text ?? null]);
}

const SAMPLE_FACTS = {
  id: [
    ['setidaknya 20 unit rudal balistik', 20, null, 'at-least', 'unit', 'ballistic missile', 'rudal balistik'],
    ['lebih dari 11.000 kontainer berisi amunisi', 11000, null, 'more-than', 'container', 'ammunition', 'amunisi'],
  ],
  en: [
    ['at least 20 North Korean-made ballistic missiles', 20, null, 'at-least', null, 'ballistic missile', 'ballistic missiles'],
    ['more than 11,000 containers of ammunition', 11000, null, 'more-than', 'container', 'ammunition', 'ammunition'],
  ],
};

for (const lang of ['id', 'en'] as const) {
  test(`the ${lang} sample gives exactly its two quantities, spans equal to their slices`, () => {
    const doc = docOf(lang, readFileSync(new URL(`../../samples/north-korea-troops-${lang}.txt`, import.meta.url), 'utf8'));
    const found = extractQuantities(doc, packs.get(lang)!);
    assert.deepEqual(
      found.map((q) => [q.text, q.value, q.valueMax, q.bound, q.unit, q.item, q.itemSpan?.text ?? null]),
      SAMPLE_FACTS[lang],
    );
    for (const q of found) {
      Quantity.parse(q);
      assert.equal(doc.text.slice(q.start, q.end), q.text);
      assert.equal(doc.text.slice(q.itemSpan!.start, q.itemSpan!.end), q.itemSpan!.text);
      assert.ok(doc.sentences[q.sentence]!.text.includes(q.text));
    }
  });
}

test('dates, years and clock times are not quantities', () => {
  assert.deepEqual(facts('id', 'Pada 26 Juni 2024 pukul 10.00, sejak tahun 2023, pada 2022-03-03, Q3 2023, tahun 1990-an.'), []);
  assert.deepEqual(facts('en', 'On June 26, 2024 at 10:00, since 2023, on 2022-03-03, in the 1990s, on 03/04/2022.'), []);
});

test('a month name counts only capitalised', () => {
  assert.deepEqual(facts('en', 'Officials said 20 soldiers may have died.'), [['20 soldiers', 20, null, 'exactly', null, 'soldier', 'soldiers']]);
});

test('a year-like number with a unit or a listed thing after it is a count', () => {
  assert.deepEqual(facts('en', 'They fired 2000 rockets.'), [['2000 rockets', 2000, null, 'exactly', null, 'rocket', 'rockets']]);
});

test('spans the caller excludes hold no quantity', () => {
  const text = 'Mereka tiba dua hari lalu dengan 20 tank.';
  const start = text.indexOf('dua hari lalu');
  const exclude = [{ start, end: start + 'dua hari lalu'.length, text: 'dua hari lalu' }];
  assert.deepEqual(facts('id', text, { exclude }), [['20 tank', 20, null, 'exactly', null, 'tank', 'tank']]);
});

test('"one" as a determiner and numbers after "the"/"salah" are not counts', () => {
  assert.deepEqual(facts('id', 'Salah satu pihak dan kedua negara saling membantu satu sama lain.'), []);
  assert.deepEqual(facts('en', 'The two countries will help each other if one party is attacked.'), []);
});

test('bounds, ranges, vague numbers and number words (Indonesian)', () => {
  assert.deepEqual(facts('id', 'Sekitar dua puluh tentara dan tiga ratus warga sipil tewas, ribuan orang mengungsi.'), [
    ['Sekitar dua puluh tentara', 20, null, 'about', null, 'soldier', 'tentara'],
    ['tiga ratus warga sipil', 300, null, 'exactly', null, 'civilian', 'warga sipil'],
    ['ribuan orang', 1000, null, 'at-least', null, 'person', 'orang'],
  ]);
  assert.deepEqual(facts('id', 'Antara 10 dan 15 tank hancur, 10-15 drone ditembak, hingga 5 kapal tenggelam.'), [
    ['Antara 10 dan 15 tank', 10, 15, 'range', null, 'tank', 'tank'],
    ['10-15 drone', 10, 15, 'range', null, 'drone', 'drone'],
    ['hingga 5 kapal', 5, null, 'up-to', null, 'ship', 'kapal'],
  ]);
});

test('money and percentages carry their unit', () => {
  assert.deepEqual(facts('id', 'Bantuan US$ 2 miliar dan 1,5 juta peluru. Inflasi 3,5 persen.'), [
    ['US$ 2 miliar', 2e9, null, 'exactly', 'USD', null, null],
    ['1,5 juta peluru', 1.5e6, null, 'exactly', null, 'shell', 'peluru'],
    ['3,5 persen', 3.5, null, 'exactly', 'percent', null, null],
  ]);
  assert.deepEqual(facts('en', 'They pledged $2 billion, up to 5% of the budget, and 2 million dollars.'), [
    ['$2 billion', 2e9, null, 'exactly', 'USD', null, null],
    ['up to 5%', 5, null, 'up-to', 'percent', null, null],
    ['2 million dollars', 2e6, null, 'exactly', 'USD', null, null],
  ]);
});

test('English words, plurals and trailing bounds', () => {
  assert.deepEqual(facts('en', 'Twenty-five tanks, dozens of troops and 1,500 soldiers or more were seen.'), [
    ['Twenty-five tanks', 25, null, 'exactly', null, 'tank', 'tanks'],
    ['dozens of troops', 12, null, 'at-least', null, 'troops', 'troops'],
    ['1,500 soldiers or more', 1500, null, 'at-least', null, 'soldier', 'soldiers'],
  ]);
});

test('an unlisted counted thing keeps its own words, up to a stop word', () => {
  assert.deepEqual(facts('id', 'Mereka membangun 12 jembatan gantung di sungai itu.'), [
    ['12 jembatan gantung', 12, null, 'exactly', null, 'jembatan gantung', 'jembatan gantung'],
  ]);
});

test('Indonesian news shapes: glued rupiah, dateline day/month, clock times, durations ago, foreign decimals', () => {
  assert.deepEqual(facts('id', 'Biayanya sekitar Rp200 miliar, kata dia, Minggu (24/8) pukul 10.00.'), [
    ['sekitar Rp200 miliar', 2e11, null, 'about', 'IDR', null, null],
  ]);
  assert.deepEqual(facts('id', 'Mereka tiba dua hari lalu setelah 3 hari perjalanan; labanya 2.61 miliar francs.'), [
    ['3 hari', 3, null, 'exactly', 'day', null, null],
    ['2.61 miliar francs', 2.61e9, null, 'exactly', null, 'francs', 'francs'],
  ]);
});

test('ranges that repeat their unit, ordinals, scores and names are handled', () => {
  assert.deepEqual(facts('id', 'Subsidi dipangkas 10%-15% dan Rp 4-6 ribu.'), [
    ['10%-15%', 10, 15, 'range', 'percent', null, null],
    ['Rp 4-6 ribu', 4000, 6000, 'range', 'IDR', null, null],
  ]);
  assert.deepEqual(facts('en', 'He scored in the 88th minute to make it 2-0, and Mobile 8 Telecom fell.'), []);
});
