import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyses } from './morphology.ts';
import { packs } from '../lang/index.ts';

const id = packs.get('id')!.events.morphology;
const en = packs.get('en')!.events.morphology;

const has = (word: string, stem: string, tag: 'passive' | 'noun' | 'agent' | null, m = id) =>
  analyses(word, m).some((a) => a.stem === stem && a.tag === tag);

test('Indonesian meN- restores the dropped initial of the root', () => {
  assert.ok(has('mengirim', 'kirim', null));
  assert.ok(has('memasok', 'pasok', null));
  assert.ok(has('menyerang', 'serang', null));
  assert.ok(has('menandatangani', 'tandatangan', null));
  assert.ok(has('membantu', 'bantu', null));
  assert.ok(has('mengebom', 'bom', null));
});

test('Indonesian suffixes -kan, -i, -nya are stripped, stacked too', () => {
  assert.ok(has('mengirimkan', 'kirim', null));
  assert.ok(has('kunjungi', 'kunjung', null));
  assert.ok(has('pasukannya', 'pasukan', null));
});

test('Indonesian di-/ter- readings are passive, peN-…-an readings nouns', () => {
  assert.ok(has('dikirim', 'kirim', 'passive'));
  assert.ok(has('dikirimkan', 'kirim', 'passive'));
  assert.ok(has('pengiriman', 'kirim', 'noun'));
  assert.ok(has('serangan', 'serang', 'noun'));
  assert.ok(!has('pengiriman', 'kirim', null));
});

test('Indonesian peN- without -an names the doer, never the act', () => {
  assert.ok(has('penyerang', 'serang', 'agent'));
  assert.ok(has('pengirim', 'kirim', 'agent'));
  assert.ok(!has('penyerang', 'serang', 'noun'));
  assert.ok(has('penyerangan', 'serang', 'noun'));
});

test('a word is always its own first reading', () => {
  assert.deepEqual(analyses('tiba', id)[0], { stem: 'tiba', tag: null });
});

test('English inflections give the lemma, with e restored and doubled consonants undone', () => {
  assert.ok(has('supplied', 'supply', null, en));
  assert.ok(has('signed', 'sign', null, en));
  assert.ok(has('arrived', 'arrive', null, en));
  assert.ok(has('sending', 'send', null, en));
  assert.ok(has('stopped', 'stop', null, en));
  assert.ok(has('threatens', 'threaten', null, en));
});
