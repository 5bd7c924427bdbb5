import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctionOf, formOf } from './correction.ts';
import { party, record } from './test-events.ts';

test('an unchanged form corrects nothing', () => {
  const r = record('a');
  assert.deepEqual(correctionOf(r, formOf(r)), {});
});

test('changed fields only, with typed participants matched to the known ones', () => {
  const r = record('a', { actors: [party('PRK', 'Korea Utara')] });
  const c = correctionOf(r, { ...formOf(r), type: 'AID', recipients: 'RUS, Korea Utara', start: '2024-07-01' });
  assert.deepEqual(Object.keys(c).sort(), ['recipients', 'time', 'type']);
  assert.equal(c.type, 'AID');
  assert.deepEqual(c.recipients, [
    { entityId: null, name: 'RUS', actorCode: 'RUS', country: 'RUS' },
    party('PRK', 'Korea Utara'),
  ]);
  assert.deepEqual(c.time, { start: '2024-07-01', end: '2024-07-01', granularity: 'day' });
});

test('clearing the place sets it to none', () => {
  const r = record('a', { place: { entityId: 'geonames:1', name: 'Donetsk', lat: 48, lon: 37.8, country: 'UKR' } });
  assert.equal(correctionOf(r, { ...formOf(r), place: '' }).place, null);
});

test('stage, polarity and certainty are corrected like the other fields: only when changed', () => {
  const r = record('a');
  assert.deepEqual(correctionOf(r, { ...formOf(r), polarity: 'negated', certainty: 'possible' }), { polarity: 'negated', certainty: 'possible' });
  assert.deepEqual(correctionOf(r, { ...formOf(r), stage: 'completed' }), { stage: 'completed' });
});
