import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../schema/analysis.ts';
import { runChecklist, sampleChecklist } from './checklist.ts';

const TEXT = 'Korea Utara mulai mengirim pasukannya. Pyongyang berencana.';

function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    schemaVersion: 1,
    id: 'x',
    lang: { code: 'id', confidence: 1, detected: false },
    limits: null,
    title: null,
    url: null,
    publishedAt: '2024-06-28',
    publishedAtSource: 'option',
    text: TEXT,
    sentences: [
      { index: 0, start: 0, end: 38, text: TEXT.slice(0, 38), paragraph: 0 },
      { index: 1, start: 39, end: TEXT.length, text: TEXT.slice(39), paragraph: 0 },
    ],
    tokens: [],
    entities: [],
    mentions: [],
    times: [],
    quantities: [],
    events: [],
    quotes: [],
    claims: [],
    contradictions: [],
    provenance: { relation: 'original', publisher: null, original: null, evidence: [] },
    analyzer: { version: 'test', backends: [] },
    ...over,
  };
}

const prk = {
  entities: [{ id: 'country:PRK', type: 'country' as const, name: 'North Korea', country: 'PRK', actorCode: 'PRK', geo: null, mentionIds: ['m1'] }],
  mentions: [
    { id: 'm1', entityId: 'country:PRK', type: 'country' as const, actorCode: 'PRK', metonymOf: null, source: 'gazetteer' as const, confidence: 1, form: 'name' as const, start: 0, end: 11, text: 'Korea Utara', sentence: 0 },
  ],
};

const outcome = (a: Analysis, name: string) => runChecklist(a, sampleChecklist('id')).find((o) => o.name === name)!;

test('an empty analysis fails every check', () => {
  const outcomes = runChecklist(analysis(), sampleChecklist('id'));
  assert.ok(outcomes.length >= 30);
  assert.deepEqual(outcomes.filter((o) => o.pass), []);
});

test('a country entity with exact evidence passes its check and no other country check', () => {
  const a = analysis(prk);
  assert.equal(outcome(a, 'country PRK').pass, true);
  assert.deepEqual(outcome(a, 'country PRK').evidence.map((e) => e.text), ['Korea Utara']);
  assert.equal(outcome(a, 'country RUS').pass, false);
});

test('a fact whose evidence is not an exact substring fails', () => {
  const a = analysis({ ...prk, mentions: [{ ...prk.mentions[0]!, text: 'Korea Selatan' }] });
  const o = outcome(a, 'country PRK');
  assert.equal(o.pass, false);
  assert.match(o.detail, /not an exact substring/);
});

test('a capital counts as a government only when its mentions are typed so', () => {
  const place = { id: 'm2', entityId: 'actor:PRKGOV', type: 'place' as const, actorCode: null, metonymOf: null, source: 'gazetteer' as const, confidence: 1, form: 'name' as const, start: 39, end: 48, text: 'Pyongyang', sentence: 1 };
  const gov = { id: 'actor:PRKGOV', type: 'government' as const, name: 'Government of North Korea', country: 'PRK', actorCode: 'PRKGOV', geo: null, mentionIds: ['m2'] };
  const name = 'Pyongyang as government (PRK) when it acts';
  assert.equal(outcome(analysis({ entities: [gov], mentions: [place] }), name).pass, false);
  assert.equal(outcome(analysis({ entities: [gov], mentions: [{ ...place, type: 'government' }] }), name).pass, true);
});
