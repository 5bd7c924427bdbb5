// The place gazetteer (data/places.tsv, built from GeoNames by data/build-places.ts), loaded once on first use.
import { readFileSync } from 'node:fs';
import type { GeoLink } from '../schema/analysis.ts';
import { firstKey, PhraseIndex } from './phrases.ts';

export interface Place {
  geonamesId: number;
  name: string;
  geo: GeoLink;
  population: number;
  capital: boolean;
}

let rows: string[][] | null = null;
let index: PhraseIndex<Place> | null = null;

/** The rows of places.tsv. A plain split: the file is generated, and this runs at start-up. */
const placeRows = () =>
  (rows ??= readFileSync(new URL('data/places.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')));

let words: Set<string> | null = null;

/** Every word of every place name, lower-case, once: each pack's index flags them (the gazetteer is shared). */
export function placeWords(): ReadonlySet<string> {
  if (words) return words;
  words = new Set<string>();
  for (const row of placeRows()) for (const w of row[0]!.toLowerCase().split(/\s+/)) words.add(w);
  return words;
}

export function placeIndex(): PhraseIndex<Place> {
  if (index) return index;
  index = new PhraseIndex<Place>();
  for (const row of placeRows()) {
    const [name = '', id = '', lat = '', lon = '', country = '', featureCode = '', population = ''] = row;
    const geonamesId = Number(id);
    index.addLater(firstKey(name), () => [
      name,
      {
        geonamesId,
        name,
        geo: { geonamesId, lat: Number(lat), lon: Number(lon), country: country || null, featureCode },
        population: Number(population),
        capital: featureCode === 'PPLC',
      },
    ]);
  }
  return index;
}
