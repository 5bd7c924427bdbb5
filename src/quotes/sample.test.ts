// The sample article in both languages, through segmentation, quotes and provenance (no entities needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Provenance, Quote } from '../schema/analysis.ts';
import type { LanguagePack } from '../lang/types.ts';
import { normalizeText } from '../text/normalize.ts';
import { segment } from '../text/segment.ts';
import { text as idText } from '../lang/id/text.ts';
import { text as enText } from '../lang/en/text.ts';
import { quotes as idQuotes } from '../lang/id/quotes.ts';
import { quotes as enQuotes } from '../lang/en/quotes.ts';
import { provenance as idProvenance } from '../lang/id/provenance.ts';
import { provenance as enProvenance } from '../lang/en/provenance.ts';
import { findProvenance } from '../provenance/index.ts';
import { extractQuotes } from './index.ts';

const packs = {
  id: { text: idText, quotes: idQuotes, provenance: idProvenance } as unknown as LanguagePack,
  en: { text: enText, quotes: enQuotes, provenance: enProvenance } as unknown as LanguagePack,
};

function analyse(lang: 'id' | 'en') {
  const text = normalizeText(readFileSync(new URL(`../../samples/north-korea-troops-${lang}.txt`, import.meta.url), 'utf8'));
  const doc = segment(text, packs[lang].text);
  const provenance = findProvenance(doc, packs[lang]);
  const quotes = extractQuotes(doc, packs[lang], { entities: [], mentions: [] }, provenance.publisher ?? 'this article');
  for (const q of quotes) {
    Quote.parse(q);
    for (const e of [q.content, q.cue, ...q.attribution.chain.map((l) => l.cue)]) if (e) assert.equal(text.slice(e.start, e.end), e.text);
  }
  Provenance.parse(provenance);
  for (const e of [...provenance.evidence, provenance.original?.evidence]) if (e) assert.equal(text.slice(e.start, e.end), e.text);
  return { quotes, provenance };
}

/** Each quote as "direct|reported: link → link (cue)", the article link first. */
const summary = (qs: Quote[]) => qs.map((q) => `${q.direct ? 'direct' : 'reported'}: ${q.attribution.chain.map((l) => l.name).join(' → ')} (${q.cue?.text})`);

test('Indonesian sample: two direct quotes by the Pentagon spokesman, the reports with their chains', () => {
  const { quotes } = analyse('id');
  assert.deepEqual(summary(quotes), [
    'reported: Aboluowang.com → Keamanan Pertahanan Asia (melaporkan)',
    'reported: Aboluowang.com → Washington (mengatakan)',
    'direct: Aboluowang.com → Juru bicara Kementerian Pertahanan AS (mengatakan)',
    'reported: Aboluowang.com → Politico Europe (melaporkan)',
    'reported: Aboluowang.com → Politico Europe → Sekretaris Jenderal Pers Pentagon Pat Ryder (mengatakan)',
    'direct: Aboluowang.com → Politico Europe → Sekretaris Jenderal Pers Pentagon Pat Ryder (kata)',
    'reported: Aboluowang.com → Reuters → stasiun TV Korea Selatan (melaporkan)',
    'reported: Aboluowang.com → stasiun TV Korea Utara (Menurut)',
    'reported: Aboluowang.com → pihak berwenang Ukraina (melaporkan)',
    'reported: Aboluowang.com → The Washington Post (melaporkan)',
  ]);
  const ryder = quotes[5]!;
  assert.match(ryder.content.text, /^Jika saya seorang manajer .* perang Ukraina$/s);
  assert.equal(ryder.sentences.length, 2);
  const reuters = quotes[6]!;
  assert.match(reuters.content.text, /tidak ada tanda-tanda bahwa Korea Utara akan mengirim pasukan/);
  assert.deepEqual(reuters.attribution.chain.map((l) => l.cue?.text ?? null), [null, 'mengutip', 'melaporkan']);
});

test('English sample: the same quotes and chains', () => {
  const { quotes } = analyse('en');
  assert.deepEqual(summary(quotes), [
    'reported: Aboluowang.com → Asia Defense Security (reported)',
    'reported: Aboluowang.com → Washington (said)',
    'direct: Aboluowang.com → A spokesperson for the US Department of Defense (said)',
    'reported: Aboluowang.com → Politico Europe (reported)',
    'reported: Aboluowang.com → Politico Europe → Pentagon Press Secretary Pat Ryder (said)',
    'direct: Aboluowang.com → Politico Europe → Pentagon Press Secretary Pat Ryder (said)',
    'reported: Aboluowang.com → Reuters → South Korean TV station (reported)',
    'reported: Aboluowang.com → North Korean TV station (According to)',
    'reported: Aboluowang.com → Ukrainian authorities (reported)',
    'reported: Aboluowang.com → The Washington Post (reported)',
  ]);
});

test('provenance of the samples: a translation (Indonesian) and a republication (English) by Aboluowang.com', () => {
  const title = 'North Korea Begins Sending Troops to Assist Russian Military Campaign in Ukraine';
  const id = analyse('id').provenance;
  assert.deepEqual([id.relation, id.publisher, id.original?.title], ['translation', 'Aboluowang.com', title]);
  assert.deepEqual(id.evidence.map((e) => e.text), ['Aboluowang.com', 'Lihat berita aslinya']);
  const en = analyse('en').provenance;
  assert.deepEqual([en.relation, en.publisher, en.original?.title], ['republication', 'Aboluowang.com', title]);
  assert.deepEqual(en.evidence.map((e) => e.text), ['Aboluowang.com', 'Read the original']);
});
