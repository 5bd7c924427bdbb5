// Where the map draws events: at their place's coordinates, or, for a place known only as a country
// ("di Ukraina"), at that country's centre, marked as country-level.
import type { EventRecord } from '../../store/records.ts';

export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  /** True when only the country is known: drawn at its centre. */
  countryLevel: boolean;
  /** ISO alpha-3 of the place's country, if known. */
  country: string | null;
  count: number;
}

export type CountryCentre = (alpha3: string) => [lon: number, lat: number] | null;

export function placesOf(rows: readonly EventRecord[], centre: CountryCentre): { places: MapPlace[]; unplaced: number } {
  const byKey = new Map<string, MapPlace>();
  let unplaced = 0;
  for (const r of rows) {
    const p = r.place;
    const exact = p && p.lat !== null && p.lon !== null ? ([p.lon, p.lat] as [number, number]) : null;
    const at = exact ?? (p?.country ? centre(p.country) : null);
    if (!p || !at) {
      unplaced++;
      continue;
    }
    const key = `${p.entityId ?? p.name}|${at[0]}|${at[1]}`;
    const place = byKey.get(key) ?? { name: p.name, lon: at[0], lat: at[1], countryLevel: !exact, country: p.country, count: 0 };
    place.count++;
    byKey.set(key, place);
  }
  return { places: [...byKey.values()], unplaced };
}
