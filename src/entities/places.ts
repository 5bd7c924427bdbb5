// The place gazetteer (data/places.tsv, built from GeoNames by data/build-places.ts), loaded once on first use.
import { readTable } from '../lang/load.ts';
import type { GeoLink } from '../schema/analysis.ts';
import { PhraseIndex } from './phrases.ts';

export interface Place {
  geonamesId: number;
  name: string;
  geo: GeoLink;
  population: number;
  capital: boolean;
}

let rows: string[][] | null = null;
let index: PhraseIndex<Place> | null = null;

const placeRows = () => (rows ??= readTable(new URL('data/places.tsv', import.meta.url)));

/** Every place name in the gazetteer. */
export function placeNames(): string[] {
  return placeRows().map((r) => r[0]!);
}

export function placeIndex(): PhraseIndex<Place> {
  if (index) return index;
  index = new PhraseIndex<Place>();
  for (const [name = '', id = '', lat = '', lon = '', country = '', featureCode = '', population = ''] of placeRows()) {
    const geonamesId = Number(id);
    index.add(name, {
      geonamesId,
      name,
      geo: { geonamesId, lat: Number(lat), lon: Number(lon), country: country || null, featureCode },
      population: Number(population),
      capital: featureCode === 'PPLC',
    });
  }
  return index;
}
