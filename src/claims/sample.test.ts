// The whole pipeline on both sample articles: the contradiction an analyst must see, with its two sources,
// the quotes by the Pentagon spokesman and the provenance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Analysis, type Evidence } from '../schema/analysis.ts';
import { createAnalyzer } from '../pipeline/analyze.ts';

const PHRASES = {
  id: { begun: 'Korea Utara mulai mengirim pasukannya', noSign: 'tidak ada tanda-tanda bahwa Korea Utara akan mengirim pasukan' },
  en: { begun: 'North Korea has begun sending its troops', noSign: 'there is currently no sign that North Korea will send troops' },
};

const analyzer = await createAnalyzer();

function analyse(lang: 'id' | 'en'): Analysis {
  const text = readFileSync(new URL(`../../samples/north-korea-troops-${lang}.txt`, import.meta.url), 'utf8');
  return Analysis.parse(analyzer.analyze({ text, lang, publishedAt: '2024-06-28' }));
}

const within = (a: Analysis, e: Evidence, phrase: string) => {
  const at = a.text.indexOf(phrase);
  return at >= 0 && e.start >= at && e.end <= at + phrase.length;
};

for (const lang of ['id', 'en'] as const) {
  test(`${lang} sample: "begun sending" against Reuters / South Korean TV's "no sign" is a stage contradiction`, () => {
    const a = analyse(lang);
    const claim = (id: string) => a.claims.find((c) => c.id === id)!;
    for (const c of a.claims) assert.equal(a.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    const hit = a.contradictions.find((x) => {
      const [p, q] = x.claimIds.map(claim);
      return within(a, p!.evidence, PHRASES[lang].begun) && within(a, q!.evidence, PHRASES[lang].noSign);
    });
    assert.ok(hit, a.contradictions.map((x) => x.reason).join('\n'));
    assert.equal(hit.kind, 'stage');
    assert.match(hit.reason, /Aboluowang\.com says/);
    assert.match(hit.reason, /Reuters → (stasiun TV Korea Selatan|South Korean TV station) says not/);
    // Ryder's conditional ("jika Pyongyang memutuskan…") clashes with nothing.
    const conditional = a.events.filter((e) => e.modality.conditional || e.modality.hypothetical).map((e) => a.claims.find((c) => c.eventId === e.id)!.id);
    assert.ok(a.contradictions.every((x) => !x.claimIds.some((id) => conditional.includes(id))));
  });

  test(`${lang} sample: quotes and provenance in the full analysis`, () => {
    const a = analyse(lang);
    const direct = a.quotes.filter((q) => q.direct);
    assert.equal(direct.length, 2);
    assert.ok(direct.every((q) => q.cue));
    assert.deepEqual(direct[1]!.attribution.chain.slice(0, 2).map((l) => l.name), ['Aboluowang.com', 'Politico Europe']);
    assert.match(direct[1]!.speaker!.text, /Ryder/);
    assert.deepEqual([a.provenance.publisher, a.provenance.original?.title], ['Aboluowang.com', 'North Korea Begins Sending Troops to Assist Russian Military Campaign in Ukraine']);
  });
}
