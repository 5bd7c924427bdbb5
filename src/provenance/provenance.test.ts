import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguagePack } from '../lang/types.ts';
import type { Provenance } from '../schema/analysis.ts';
import { segment } from '../text/segment.ts';
import { text as idText } from '../lang/id/text.ts';
import { text as enText } from '../lang/en/text.ts';
import { provenance as idProvenance } from '../lang/id/provenance.ts';
import { provenance as enProvenance } from '../lang/en/provenance.ts';
import { findProvenance } from './index.ts';

const packs = {
  id: { text: idText, provenance: idProvenance } as unknown as LanguagePack,
  en: { text: enText, provenance: enProvenance } as unknown as LanguagePack,
};

function provenanceOf(text: string, lang: 'id' | 'en' = 'id'): Provenance {
  const p = findProvenance(segment(text, packs[lang].text), packs[lang]);
  for (const e of [...p.evidence, ...(p.original?.evidence ? [p.original.evidence] : [])]) assert.equal(text.slice(e.start, e.end), e.text);
  return p;
}

const ID_BODY =
  'Korea Utara mulai mengirim pasukannya ke Ukraina untuk membantu operasi militer Rusia. Pasukan itu akan tiba bulan depan di wilayah Donetsk, kata seorang pejabat.';

test('a cue followed by a title in another language marks a translation, the title running to the line end', () => {
  const p = provenanceOf(`Judul Berita\n\nAboluowang.com\n\n${ID_BODY}\n\nLihat berita aslinya : North Korea Begins Sending Troops to Assist Russian Military Campaign in Ukraine`);
  assert.equal(p.relation, 'translation');
  assert.equal(p.original?.title, 'North Korea Begins Sending Troops to Assist Russian Military Campaign in Ukraine');
  assert.deepEqual(p.evidence.map((e) => e.text), ['Aboluowang.com', 'Lihat berita aslinya']);
  assert.equal(p.publisher, 'Aboluowang.com');
});

test('a cue followed by a title in the same language marks a republication', () => {
  const p = provenanceOf(`${ID_BODY}\n\nSumber: Korea Utara mulai mengirim pasukan ke Ukraina`);
  assert.equal(p.relation, 'republication');
  assert.equal(p.original?.title, 'Korea Utara mulai mengirim pasukan ke Ukraina');
});

test('a translation cue says so whatever follows, and an address becomes the url', () => {
  const p = provenanceOf(`${ID_BODY}\n\nArtikel ini terjemahan dari https://example.com/nk-troops.html.`);
  assert.equal(p.relation, 'translation');
  assert.deepEqual([p.original?.url, p.original?.title], ['https://example.com/nk-troops.html', null]);
});

test('English cues; a cue word inside a sentence is no cue', () => {
  const en = provenanceOf('North Korea sends troops to Ukraine.\n\nRead the original: Pyongyang sends troops', 'en');
  assert.deepEqual([en.relation, en.original?.title], ['republication', 'Pyongyang sends troops']);
  assert.equal(provenanceOf('Sumber: militer mengatakan pasukan tiba. Menurut sumber: tidak ada.').relation, 'republication');
  assert.equal(provenanceOf('Pasukan itu, menurut sumber: tidak ada tanda-tanda pengiriman.').relation, 'original');
});

test('the byline under a headline names the publisher; an author line does not', () => {
  assert.equal(provenanceOf(`Judul Berita\n\nOleh: Budi Santoso\n\nKompas.com\n\n${ID_BODY}`).publisher, 'Kompas.com');
  assert.equal(provenanceOf(`Judul Berita\n\nOleh Budi Santoso\n\n${ID_BODY}`).publisher, null);
  assert.equal(provenanceOf(ID_BODY).publisher, null);
  assert.deepEqual(provenanceOf(ID_BODY), { relation: 'original', publisher: null, original: null, evidence: [] });
});
