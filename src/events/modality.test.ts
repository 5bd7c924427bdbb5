import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import type { Modality } from '../schema/analysis.ts';
import { extractEvents } from './index.ts';
import { handMadeInputs, type EntitySpec, type TimeSpec } from './test-fixtures.ts';

const id = packs.get('id')!;
const en = packs.get('en')!;
const ENTITIES: EntitySpec[] = [
  { text: 'Korea Utara', id: 'country:PRK', type: 'country', code: 'PRK' },
  { text: 'North Korea', id: 'country:PRK', type: 'country', code: 'PRK' },
  { text: 'Pyongyang', id: 'actor:PRKGOV', type: 'government', code: 'PRKGOV' },
  { text: 'Amerika Serikat', id: 'country:USA', type: 'country', code: 'USA' },
  { text: 'Rusia', id: 'country:RUS', type: 'country', code: 'RUS' },
  { text: 'Russia', id: 'country:RUS', type: 'country', code: 'RUS' },
];
const TIMES: TimeSpec[] = [{ text: 'sejak tahun 2023', value: '2023', start: '2023-01-01', end: null, modifier: 'since', granularity: 'year' }];

function modality(text: string, pack = id): Modality {
  const { doc, inputs } = handMadeInputs(text, pack, { entities: ENTITIES, times: TIMES });
  const evs = extractEvents(doc, pack, inputs);
  assert.equal(evs.length, 1, `one event in: ${text}`);
  const m = evs[0]!.modality;
  for (const c of m.cues) assert.equal(doc.text.slice(c.start, c.end), c.text);
  return m;
}

test('stage cues: berencana planned, mulai begun, telah completed, akan expected', () => {
  assert.equal(modality('Korea Utara berencana mengirim pasukan ke Rusia.').stage, 'planned');
  assert.equal(modality('Korea Utara mulai mengirim pasukan ke Rusia.').stage, 'begun');
  assert.equal(modality('Korea Utara telah memasok senjata ke Rusia.').stage, 'completed');
  assert.equal(modality('Korea Utara akan mengirim pasukan ke Rusia.').stage, 'expected');
});

test('"diperkirakan akan" is expected and probable, with both cue spans', () => {
  const m = modality('Korea Utara diperkirakan akan mengirim pasukan ke Rusia.');
  assert.equal(m.stage, 'expected');
  assert.equal(m.certainty, 'probable');
  assert.deepEqual(m.cues.map((c) => c.text), ['diperkirakan', 'akan']);
});

test('"tidak ada tanda-tanda bahwa … akan mengirim" is negated and expected, across the "bahwa" clause', () => {
  const m = modality('Tidak ada tanda-tanda bahwa Korea Utara akan mengirim pasukan ke Rusia.');
  assert.equal(m.polarity, 'negated');
  assert.equal(m.stage, 'expected');
});

test('a contrast ends a negation\'s reach', () => {
  const text = 'Tidak ada tanda-tanda bahwa Korea Utara akan menyerang, namun Pyongyang berencana mengirim pasukan ke Rusia.';
  const { doc, inputs } = handMadeInputs(text, id, { entities: ENTITIES });
  const send = extractEvents(doc, id, inputs).find((e) => e.trigger.text === 'mengirim')!;
  assert.equal(send.modality.polarity, 'asserted');
  assert.equal(send.modality.stage, 'planned');
});

test('"jika … memutuskan untuk mengirim" is conditional and hypothetical', () => {
  const m = modality('Jika Pyongyang memutuskan untuk mengirim pasukan ke Rusia, dunia akan bereaksi.');
  assert.ok(m.conditional && m.hypothetical);
});

test('a threat verb sets the threat flag', () => {
  const { doc, inputs } = handMadeInputs('Amerika Serikat mengancam Korea Utara.', id, { entities: ENTITIES });
  const [e] = extractEvents(doc, id, inputs);
  assert.equal(e!.type, 'THREATEN');
  assert.ok(e!.modality.threat);
});

test('an event "since" a past time is background: historical', () => {
  assert.equal(modality('Pyongyang telah memasok senjata ke Rusia sejak tahun 2023.').stage, 'historical');
});

test('a negation governing another word does not reach the trigger', () => {
  const m = modality('Pyongyang tidak salah mengambil keputusan mengirim pasukan ke Rusia.');
  assert.equal(m.polarity, 'asserted');
});

test('English cues: "has begun sending" begun, "plans to send" planned, "no sign that … will send" negated', () => {
  assert.equal(modality('North Korea has begun sending troops to Russia.', en).stage, 'begun');
  assert.equal(modality('Pyongyang plans to send troops to Russia.', en).stage, 'planned');
  const m = modality('There is no sign that North Korea will send troops to Russia.', en);
  assert.equal(m.polarity, 'negated');
  assert.equal(m.stage, 'expected');
});

test('with the publication date, an event of a time long before it is historical', () => {
  const text = 'Korea Utara mengirim pasukan ke Rusia pada tahun 1961.';
  const times: TimeSpec[] = [{ text: 'tahun 1961', value: '1961', start: '1961-01-01', end: '1961-12-31', granularity: 'year' }];
  const { doc, inputs } = handMadeInputs(text, id, { entities: ENTITIES, times });
  assert.equal(extractEvents(doc, id, inputs)[0]!.modality.stage, 'completed');
  assert.equal(extractEvents(doc, id, { ...inputs, publishedAt: '2024-06-28' })[0]!.modality.stage, 'historical');
});

test('weighing an act is no act: "mempertimbangkan" and "considering" make it planned and possible', () => {
  const a = modality('Amerika Serikat sedang mempertimbangkan memasok senjata ke Rusia.');
  assert.equal(a.certainty, 'possible');
  assert.notEqual(a.stage, 'completed');
  const b = modality('Russia is weighing sending troops to North Korea.', en);
  assert.equal(b.certainty, 'possible');
  assert.notEqual(b.stage, 'completed');
});

test('a question asks, it does not report: possible and hypothetical, never completed', () => {
  const m = modality('Rusia Pasok Senjata ke Korea Utara?');
  assert.equal(m.certainty, 'possible');
  assert.equal(m.hypothetical, true);
  assert.notEqual(m.stage, 'completed');
  assert.ok(m.cues.some((c) => c.text === '?'));
  assert.equal(modality('Did North Korea send troops to Russia?', en).certainty, 'possible');
});

test('"may have" and "allegedly" leave an act possible; no stage reads completed with it', () => {
  for (const s of ['North Korea may have sent troops to Russia.', 'North Korea allegedly sent troops to Russia.']) {
    const m = modality(s, en);
    assert.equal(m.certainty, 'possible', s);
    assert.notEqual(m.stage, 'completed', s);
  }
  const d = modality('Korea Utara diduga mengirim pasukan ke Rusia.');
  assert.equal(d.certainty, 'possible');
  assert.notEqual(d.stage, 'completed');
});

test('a plain report stays completed and certain (counter-example)', () => {
  const m = modality('North Korea sent troops to Russia.', en);
  assert.equal(m.stage, 'completed');
  assert.equal(m.certainty, 'certain');
});
