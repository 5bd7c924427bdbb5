import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesOf } from './places.ts';
import { record } from './test-events.ts';

const centre = (a3: string): [number, number] | null => (a3 === 'UKR' ? [31, 49] : null);
const donetsk = { entityId: 'geonames:709717', name: 'Donetsk', lat: 48, lon: 37.8, country: 'UKR' };
const ukraine = { entityId: 'country:UKR', name: 'Ukraine', lat: null, lon: null, country: 'UKR' };

test('events at one place count together; country-only places sit at the country centre', () => {
  const { places, unplaced } = placesOf(
    [record('a', { place: donetsk }), record('b', { place: donetsk }), record('c', { place: ukraine }), record('d')],
    centre,
  );
  assert.equal(unplaced, 1);
  assert.deepEqual(places, [
    { name: 'Donetsk', lon: 37.8, lat: 48, countryLevel: false, country: 'UKR', count: 2 },
    { name: 'Ukraine', lon: 31, lat: 49, countryLevel: true, country: 'UKR', count: 1 },
  ]);
});

test('a country the atlas does not know leaves the event unplaced', () => {
  const { places, unplaced } = placesOf([record('a', { place: { ...ukraine, country: 'XKX', name: 'Kosovo' } })], centre);
  assert.deepEqual([places.length, unplaced], [0, 1]);
});
