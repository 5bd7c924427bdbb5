// Where the map draws counted events, from the API's place aggregate: at their place's coordinates, or, when the
// event has none, at the centre of its country (the place's, else the first actor's), marked as country-level.
import type { AggregateRow } from '../../store/records.ts';

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  /** True when only the country is known: drawn at its centre. */
  countryLevel: boolean;
  /** ISO alpha-3 of the place's country, if known. */
  country: string | null;
  /** The events filter that lists this place's events: a place id, else a country. */
  filter: { place: string } | { country: string };
  count: number;
}

export type CountryCentre = (alpha3: string) => [lon: number, lat: number] | null;
export type CountryName = (alpha3: string) => string;

export function placesOf(rows: readonly AggregateRow[], centre: CountryCentre, countryName: CountryName): { places: MapPlace[]; unplaced: number } {
  const places: MapPlace[] = [];
  let unplaced = 0;
  for (const r of rows) {
    const [placeId, country] = r.key;
    const [name, lat, lon] = r.labels ?? [];
    if (placeId && name && lat && lon) {
      places.push({ name, lat: Number(lat), lon: Number(lon), countryLevel: false, country, filter: { place: placeId }, count: r.count });
      continue;
    }
    const at = country ? centre(country) : null;
    if (!country || !at) {
      unplaced += r.count;
      continue;
    }
    places.push({ name: countryName(country), lon: at[0], lat: at[1], countryLevel: true, country, filter: { country }, count: r.count });
  }
  return { places, unplaced };
}
