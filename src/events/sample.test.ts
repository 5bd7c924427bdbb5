// The sample article end to end (all stages): the facts the event stage must find, in Indonesian and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../pipeline/analyze.ts';
import type { Analysis, Event } from '../schema/analysis.ts';

const analyzer = await createAnalyzer();
const analyse = (lang: string) =>
  analyzer.analyze({
    text: readFileSync(new URL(`../../samples/north-korea-troops-${lang}.txt`, import.meta.url), 'utf8'),
    publishedAt: '2024-06-28',
    lang,
  });

const countries = (ps: Event['actors']) => new Set(ps.map((p) => p.country));
const from = (e: Event, a: string, r: string) => countries(e.actors).has(a) && countries(e.recipients).has(r);
const chain = (e: Event) => e.attribution.chain.map((l) => l.name).join(' → ');
const quantity = (a: Analysis, e: Event, value: number) => e.quantityIds.some((id) => a.quantities.find((q) => q.id === id)?.value === value);

for (const [lang, words] of [
  ['id', { begun: /mulai mengirim/, negated: /tidak ada tanda-tanda/, ukraineAuthorities: /Ukraina/, southKoreanTv: /Korea Selatan/ }],
  ['en', { begun: /begun sending/, negated: /no sign that/, ukraineAuthorities: /Ukrainian/, southKoreanTv: /South Korean/ }],
] as const) {
  const a = analyse(lang);
  const sentence = (e: Event) => a.sentences[e.sentence]!.text;

  test(`${lang}: every event's evidence spans are slices of the text`, () => {
    assert.ok(a.events.length > 0);
    for (const e of a.events) {
      const spans = [e.trigger, ...e.actors, ...e.recipients, ...(e.location ? [e.location] : []), ...e.modality.cues];
      for (const link of e.attribution.chain) if (link.cue) spans.push(link.cue);
      for (const s of spans) assert.equal(a.text.slice(s.start, s.end), s.text, `${e.id}: ${s.text}`);
    }
  });

  test(`${lang} 1: troops from PRK to RUS expected in Donetsk in July 2024; the lead's sending has begun`, () => {
    const donetsk = a.events.find(
      (e) => e.type === 'AID' && from(e, 'PRK', 'RUS') && /Donetsk/.test(e.location?.name ?? '') && e.time?.start?.startsWith('2024-07'),
    );
    assert.ok(donetsk, 'AID PRK→RUS in Donetsk, July 2024');
    assert.ok(['planned', 'expected'].includes(donetsk.modality.stage));
    assert.equal(donetsk.mode, 'military');
    const lead = a.events.find((e) => e.type === 'AID' && words.begun.test(sentence(e)) && e.modality.stage === 'begun');
    assert.ok(lead, 'the lead sentence as begun');
    assert.ok(from(lead, 'PRK', 'RUS'));
  });

  test(`${lang} 2: RUS and PRK sign the strategic partnership treaty early in June 2024`, () => {
    const treaty = a.events.find(
      (e) => e.type === 'SUPPORT' && e.cameo.base === '057' && countries(e.actors).has('RUS') && countries(e.actors).has('PRK'),
    );
    assert.ok(treaty, 'SUPPORT 057 (a signed agreement, as PLOVER maps it) with Putin and Kim as actors');
    assert.ok(treaty.time?.start?.startsWith('2024-06'), `time ${treaty.time?.start}`);
  });

  test(`${lang} 3: the USA threatens PRK`, () => {
    const threat = a.events.find((e) => e.type === 'THREATEN' && from(e, 'USA', 'PRK'));
    assert.ok(threat);
    assert.ok(threat.modality.threat);
  });

  test(`${lang} 4: at least 20 North Korean missiles used by Russia against Ukraine, reported by Ukrainian authorities`, () => {
    const assault = a.events.find((e) => e.type === 'ASSAULT' && from(e, 'RUS', 'UKR') && quantity(a, e, 20));
    assert.ok(assault);
    assert.match(chain(assault), words.ukraineAuthorities);
  });

  test(`${lang} 5: ammunition and weapons supplied by PRK to RUS, as background`, () => {
    const containers = a.events.find((e) => e.type === 'AID' && from(e, 'PRK', 'RUS') && quantity(a, e, 11000));
    assert.ok(containers, 'more than 11,000 containers');
    assert.match(chain(containers), /Washington Post/);
    const weapons = a.events.find((e) => e.type === 'AID' && from(e, 'PRK', 'RUS') && e.time?.start?.startsWith('2023-01'));
    assert.ok(weapons, 'weapons since 2023');
    assert.equal(weapons.modality.stage, 'historical');
  });

  test(`${lang} 6: the engineering corps planned for reconstruction, according to Reuters citing South Korean TV`, () => {
    const corps = a.events.find((e) => e.type === 'AID' && /Reuters/.test(chain(e)) && words.southKoreanTv.test(chain(e)) && e.modality.stage === 'planned');
    assert.ok(corps);
    assert.ok(countries(corps.actors).has('PRK'));
  });

  test(`${lang} 8: the begun sending and the negated sending are one event signature apart in stage and polarity only`, () => {
    const begun = a.events.find((e) => e.type === 'AID' && words.begun.test(sentence(e)) && e.modality.stage === 'begun')!;
    const negated = a.events.find((e) => e.type === 'AID' && words.negated.test(sentence(e)) && e.modality.polarity === 'negated');
    assert.ok(negated, 'the negated sending');
    assert.equal(negated.modality.stage, 'expected');
    assert.deepEqual(countries(negated.actors), countries(begun.actors));
    const signature = (e: Event) => a.claims.find((c) => c.eventId === e.id)?.signature;
    assert.ok(signature(begun));
    assert.equal(signature(negated), signature(begun));
  });
}
