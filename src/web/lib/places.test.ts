import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesOf } from './places.ts';

const centre = (a3: string): [number, number] | null => (a3 === 'UKR' ? [31, 49] : null);
const name = (a3: string) => ({ UKR: 'Ukraine' })[a3] ?? a3;

test('places with coordinates are drawn there; events without sit at their country centre, named, not coded', () => {
  const { places, unplaced } = placesOf(
    [
      { key: ['geonames:709717', 'UKR'], count: 2, labels: ['Donetsk', '48', '37.8'] },
      { key: [null, 'UKR'], count: 3, labels: [null, null, null] },
      { key: [null, null], count: 4, labels: [null, null, null] },
    ],
    centre,
    name,
  );
  assert.equal(unplaced, 4);
  assert.deepEqual(places, [
    { name: 'Donetsk', lat: 48, lon: 37.8, countryLevel: false, country: 'UKR', filter: { place: 'geonames:709717' }, count: 2 },
    { name: 'Ukraine', lat: 49, lon: 31, countryLevel: true, country: 'UKR', filter: { country: 'UKR' }, count: 3 },
  ]);
});

test('a country the atlas does not know leaves its events unplaced, and counted as such', () => {
  const { places, unplaced } = placesOf([{ key: [null, 'XKX'], count: 5, labels: [null, null, null] }], centre, name);
  assert.deepEqual([places.length, unplaced], [0, 5]);
});
