import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event, Participant, PloverType } from '../../schema/analysis.ts';
import type { GoldSentence } from './gold.ts';
import { majorityBaseline, outcome, pairEvents, scoreEvents } from './score.ts';

const span = { start: 0, end: 1, text: 'x', sentence: 0 };
const party = (actorCode: string): Participant => ({ ...span, entityId: actorCode, mentionId: actorCode, actorCode, country: null });

function event(type: PloverType, code: string, actors: string[], recipients: string[]): Event {
  return {
    id: `${type}-${code}`,
    sentence: 0,
    type,
    mode: null,
    context: [],
    cameo: { code, root: code.slice(0, 2), base: code.slice(0, 3), label: '' },
    quadClass: 1,
    goldstein: null,
    trigger: span,
    actors: actors.map(party),
    recipients: recipients.map(party),
    location: null,
    time: null,
    quantityIds: [],
    object: null,
    purpose: null,
    denies: null,
    modality: { stage: 'completed', polarity: 'asserted', certainty: 'certain', threat: false, conditional: false, hypothetical: false, cues: [] },
    attribution: { chain: [{ kind: 'article', name: 'a', entityId: null, mentionId: null, cue: null }], quoteId: null },
    confidence: 1,
  };
}

const gold: GoldSentence = {
  id: 'g1',
  text: 'Arnor restored ties with Gondor.',
  date: '1995-01-01',
  noEvent: false,
  events: [{ type: 'COOPERATE', cameo: '064', actors: [{ country: 'ARN', sector: 'GOV' }], recipients: [{ country: 'GON', sector: null }] }],
};
const noEvent: GoldSentence = { id: 'g2', text: 'Nothing happened.', date: '1995-01-01', noEvent: true, events: [] };

test('a perfect prediction scores 1.0 on every measure', () => {
  const s = scoreEvents([outcome(gold, [event('COOPERATE', '064', ['ARNGOV'], ['GON'])]), outcome(noEvent, [])]);
  for (const m of [s.typeAccuracy, s.cameoRoot, s.cameoCode, s.actorCountry, s.actorSector, s.recipientCountry, s.noEventUncoded]) {
    assert.equal(m.value, 1);
  }
});

test('no prediction scores 0 on every measure except the uncoded no-event sentence', () => {
  const s = scoreEvents([outcome(gold, []), outcome(noEvent, [])]);
  for (const m of [s.typeAccuracy, s.cameoRoot, s.actorCountry, s.actorSector, s.recipientCountry]) assert.equal(m.value, 0);
  assert.equal(s.noEventUncoded.value, 1);
});

test('an event coded in a no-event sentence counts against it', () => {
  const s = scoreEvents([outcome(noEvent, [event('ASSAULT', '190', ['ARN'], ['GON'])])]);
  assert.equal(s.noEventUncoded.value, 0);
});

test('the wrong type with the right actors: type wrong, actors right', () => {
  const s = scoreEvents([outcome(gold, [event('ACCUSE', '112', ['ARNMIL'], ['GON'])])]);
  assert.deepEqual([s.typeAccuracy.value, s.cameoRoot.value, s.actorCountry.value, s.actorSector.value], [0, 0, 1, 0]);
});

test('each gold event is paired with the prediction that agrees best, each prediction once', () => {
  const wrong = event('ACCUSE', '112', ['GON'], ['ARN']);
  const right = event('COOPERATE', '064', ['ARNGOV'], ['GON']);
  assert.deepEqual(pairEvents(gold.events, [wrong, right]), [right]);
  assert.deepEqual(pairEvents([...gold.events, ...gold.events], [right]), [right, null]);
});

test('the baseline guesses the most frequent type and root', () => {
  const e = (type: PloverType, cameo: string) => ({ type, cameo, actors: [], recipients: [] });
  const base = majorityBaseline([{ ...gold, events: [e('AGREE', '057'), e('AGREE', '051'), e('ASSAULT', '190')] }]);
  assert.equal(base.type.value, 2 / 3);
  assert.equal(base.cameoRoot.value, 2 / 3);
});
