import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PloverType } from '../../schema/analysis.ts';
import { event } from './test-events.ts';
import type { GoldEvent, GoldSentence } from './gold.ts';
import { majorityBaseline, matchOneToOne, outcome, pairEvents, scoreEvents } from './score.ts';

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

const actor = (code: string) => ({ country: code.slice(0, 3), sector: code.length >= 6 ? code.slice(3, 6) : null });
function goldEvent(type: PloverType, actors: string[], recipients: string[], extra: Partial<GoldEvent> = {}): GoldEvent {
  return { type, cameo: null, actors: actors.map(actor), recipients: recipients.map(actor), ...extra };
}
const sentence = (events: GoldEvent[]): GoldSentence => ({ id: 's', text: 't', date: '2024-01-01', noEvent: !events.length, events });

test('one-to-one: the largest matching, where pairing gold events in order with their first fit loses one', () => {
  // The first gold event names no recipient, so both predictions fit it; the second fits only the first.
  const gold = [goldEvent('ASSAULT', ['USA'], []), goldEvent('ASSAULT', ['USA'], ['SYR'])];
  const predicted = [event('ASSAULT', '190', ['USAMIL'], ['SYR']), event('ASSAULT', '190', ['USAMIL'], ['IRQ'])];
  assert.deepEqual([...matchOneToOne(gold, predicted, 'typeActors')].sort(), [
    [0, 1],
    [1, 0],
  ]);
  const s = scoreEvents([outcome(sentence(gold), predicted)]);
  assert.deepEqual([s.oneToOne.typeActors.precision, s.oneToOne.typeActors.recall], [1, 1]);
});

test('one-to-one: every extra prediction is a false positive, every missed gold event a false negative', () => {
  const gold = [goldEvent('ACCUSE', ['RUS'], ['UKR'])];
  const s = scoreEvents([
    outcome(sentence(gold), [event('ACCUSE', '112', ['RUSGOV'], ['UKR']), event('ACCUSE', '112', ['RUSGOV'], ['UKR'])]),
    outcome(sentence([]), [event('ASSAULT', '190', ['UKR'], ['RUS'])]),
    outcome(sentence([goldEvent('AID', ['PRK'], ['RUS'])]), []),
  ]);
  assert.deepEqual([s.oneToOne.type.tp, s.oneToOne.type.fp, s.oneToOne.type.fn], [1, 2, 1]);
  assert.equal(s.oneToOne.type.precision, 1 / 3);
  assert.equal(s.oneToOne.type.recall, 1 / 2);
});

test('one-to-one: empty sides score nothing and divide by nothing', () => {
  const s = scoreEvents([outcome(sentence([]), [])]);
  assert.deepEqual([s.oneToOne.type.f1, s.oneToOne.type.tp, s.matchedStage.n], [0, 0, 0]);
  assert.deepEqual([...matchOneToOne([], [event('AID', '07', ['PRK'], [])], 'type')], []);
});

test('one-to-one: a victim made attacker matches by type but not by actors', () => {
  const gold = [goldEvent('ASSAULT', ['UKR'], ['PRKMIL'])];
  const s = scoreEvents([outcome(sentence(gold), [event('ASSAULT', '190', ['PRKMIL'], ['UKR'])])]);
  assert.deepEqual([s.oneToOne.type.f1, s.oneToOne.typeActors.f1], [1, 0]);
});

test('one-to-one: sector counts only where the gold gives one', () => {
  const gold = [goldEvent('MOBILIZE', ['PRKMIL'], ['RUS'])];
  const s = scoreEvents([outcome(sentence(gold), [event('MOBILIZE', '15', ['PRKGOV'], ['RUSMIL'])])]);
  assert.deepEqual([s.oneToOne.typeActors.f1, s.oneToOne.typeActorsSector.f1], [1, 0]);
});

test('stage and polarity agreement on matched pairs; denied counts with negated', () => {
  const gold = [
    goldEvent('AID', ['PRK'], ['RUS'], { stage: 'completed', polarity: 'denied' }),
    goldEvent('REJECT', ['RUS'], [], { stage: 'completed', polarity: 'asserted' }),
  ];
  const predicted = [event('AID', '07', ['PRK'], ['RUS'], 'completed', 'negated'), event('REJECT', '12', ['RUS'], [], 'planned')];
  const s = scoreEvents([outcome(sentence(gold), predicted)]);
  assert.deepEqual([s.matchedStage.value, s.matchedStage.n, s.matchedPolarity.value], [0.5, 2, 1]);
});
