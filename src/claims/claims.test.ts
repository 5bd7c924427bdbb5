import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution, Event, Modality, Participant, Quantity } from '../schema/analysis.ts';
import { findClaims } from './index.ts';
import { stageConflict } from './rules.ts';

const TEXT = 'Korea Utara mulai mengirim pasukannya. Reuters melaporkan tidak ada tanda-tanda Korea Utara akan mengirim pasukan.';

function participant(entityId: string, country: string | null): Participant {
  return { entityId, mentionId: `m-${entityId}`, actorCode: country, country, start: 0, end: 11, text: TEXT.slice(0, 11), sentence: 0 };
}

const PRK = participant('country:PRK', 'PRK');
const PYONGYANG = { ...participant('geonames:1871859', 'PRK'), actorCode: 'PRKGOV' };
const RUS = participant('country:RUS', 'RUS');
const UKR = participant('country:UKR', 'UKR');

const article: Attribution = { chain: [{ kind: 'article', name: 'Aboluowang.com', entityId: null, mentionId: null, cue: null }], quoteId: null };
const reuters: Attribution = {
  chain: [...article.chain, { kind: 'media', name: 'Reuters', entityId: 'media:reuters', mentionId: 'm9', cue: null }],
  quoteId: 'q1',
};

let n = 0;
function event(over: Partial<Omit<Event, 'modality'>> & { modality?: Partial<Modality> } = {}): Event {
  const trigger = TEXT.indexOf('mengirim');
  return {
    id: `e${++n}`,
    sentence: 0,
    type: 'MOBILIZE',
    mode: 'troops',
    context: [],
    cameo: { code: '0874', root: '08', base: '087', label: 'deploy troops' },
    quadClass: 1,
    goldstein: null,
    trigger: { start: trigger, end: trigger + 8, text: 'mengirim', sentence: 0 },
    actors: [PRK],
    recipients: [],
    location: null,
    time: null,
    quantityIds: [],
    object: null,
    purpose: null,
    denies: null,
    attribution: article,
    confidence: 0.8,
    ...over,
    modality: { stage: 'begun', polarity: 'asserted', certainty: 'certain', threat: false, conditional: false, hypothetical: false, cues: [], ...over.modality },
  };
}

function quantity(id: string, value: number, bound: Quantity['bound']): Quantity {
  return { id, value, valueMax: null, bound, unit: 'unit', item: 'ballistic missile', itemSpan: null, start: 0, end: 2, text: TEXT.slice(0, 2), sentence: 0 };
}

test('every event becomes a claim with its signature, stage, polarity, source and trigger', () => {
  const e = event({ recipients: [RUS] });
  const { claims } = findClaims([e], []);
  assert.deepEqual(claims, [
    { id: 'c1', eventId: e.id, signature: 'MOBILIZE|country:PRK|country:RUS', stage: 'begun', polarity: 'asserted', attribution: article, evidence: e.trigger },
  ]);
  assert.equal(TEXT.slice(claims[0]!.evidence.start, claims[0]!.evidence.end), claims[0]!.evidence.text);
});

test('begun, against another source\'s "no sign it will happen", is a stage contradiction naming both sources', () => {
  const begun = event();
  const noSign = event({ actors: [PYONGYANG], attribution: reuters, modality: { stage: 'expected', polarity: 'negated' } });
  const { contradictions } = findClaims([begun, noSign], []);
  assert.equal(contradictions.length, 1);
  assert.deepEqual([contradictions[0]!.kind, contradictions[0]!.claimIds], ['stage', ['c1', 'c2']]);
  assert.match(contradictions[0]!.reason, /Aboluowang\.com says “mengirim” \(begun\)/);
  assert.match(contradictions[0]!.reason, /Aboluowang\.com → Reuters says not “mengirim” \(expected\)/);
});

test('asserted against negated at the same step is a polarity contradiction', () => {
  const { contradictions } = findClaims([event(), event({ attribution: reuters, modality: { polarity: 'negated' } })], []);
  assert.deepEqual(contradictions.map((c) => c.kind), ['polarity']);
});

test('counts whose bounds exclude each other contradict; compatible counts do not', () => {
  const qs = [quantity('n1', 20, 'at-least'), quantity('n2', 12, 'exactly'), quantity('n3', 25, 'exactly')];
  const a = event({ type: 'ASSAULT', actors: [UKR], quantityIds: ['n1'] });
  const clash = findClaims([a, event({ type: 'ASSAULT', actors: [UKR], attribution: reuters, quantityIds: ['n2'] })], qs);
  assert.deepEqual(clash.contradictions.map((c) => c.kind), ['quantity']);
  assert.match(clash.contradictions[0]!.reason, /against/);
  const fits = findClaims([a, event({ type: 'ASSAULT', actors: [UKR], attribution: reuters, quantityIds: ['n3'] })], qs);
  assert.deepEqual(fits.contradictions, []);
});

test('pairs that do not conflict', () => {
  const noSign = { attribution: reuters, modality: { stage: 'expected', polarity: 'negated' } } as const;
  const none = (...events: Event[]) => assert.deepEqual(findClaims(events, []).contradictions, []);
  // an event and its hypothetical or conditional
  none(event(), event({ ...noSign, modality: { ...noSign.modality, hypothetical: true } }));
  none(event(), event({ ...noSign, modality: { ...noSign.modality, conditional: true } }));
  // the same source qualifying itself, and a restatement
  none(event(), event({ modality: { stage: 'historical', polarity: 'negated' } }));
  none(event(), event({ attribution: reuters }));
  // planned against "has not begun": both hold
  none(event({ modality: { stage: 'planned' } }), event({ attribution: reuters, modality: { stage: 'begun', polarity: 'negated' } }));
  // different actors, different types, disjoint times, different recipients
  none(event(), event({ ...noSign, actors: [RUS] }));
  none(event(), event({ ...noSign, type: 'AID' }));
  const june = { timeId: 't1', start: '2024-06-01', end: '2024-06-30', granularity: 'month' as const };
  none(event({ time: june }), event({ ...noSign, time: { ...june, start: '2023-01-01', end: '2023-12-31' } }));
  none(event({ recipients: [RUS] }), event({ ...noSign, recipients: [UKR] }));
  // sending troops and supplying weapons are two events
  none(event({ context: ['military', 'weapons'] }), event({ ...noSign, context: ['military', 'troops'] }));
  // a missing actor says nothing about which event
  none(event({ actors: [] }), event({ ...noSign, actors: [] }));
});

test('a missing recipient is compatible', () => {
  const { contradictions } = findClaims([event({ recipients: [RUS] }), event({ attribution: reuters, modality: { stage: 'expected', polarity: 'negated' } })], []);
  assert.equal(contradictions.length, 1);
});

test('the stage rule: a negation denies its stage and every later one', () => {
  assert.equal(stageConflict('begun', 'expected'), 'stage');
  assert.equal(stageConflict('completed', 'begun'), 'stage');
  assert.equal(stageConflict('begun', 'ongoing'), null);
  assert.equal(stageConflict('planned', 'begun'), null);
  assert.equal(stageConflict('announced', 'planned'), 'polarity');
});

test('of one source\'s claims against the same claim only the clearest is reported', () => {
  const headline = event({ modality: { stage: 'planned' } });
  const begun = event();
  const arriving = event({ modality: { stage: 'expected', certainty: 'probable' } });
  const noSign = event({ attribution: reuters, modality: { stage: 'expected', polarity: 'negated' } });
  const { claims, contradictions } = findClaims([headline, begun, arriving, noSign], []);
  assert.equal(claims.length, 4);
  assert.deepEqual(contradictions.map((c) => [c.kind, c.claimIds]), [['stage', ['c2', 'c4']]]);
});
