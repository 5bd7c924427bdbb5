// Country codes the export formats want: FIPS 10-4 for GDELT geography, ISO numeric and names for ACLED.
import countries from 'i18n-iso-countries';
import { readTable } from '../lang/load.ts';

const byIso3 = new Map(readTable(new URL('data/countries.tsv', import.meta.url)).map(([iso3, fips, name]) => [iso3!, { fips: fips!, name: name! }]));

export const fipsOf = (iso3: string | null): string | null => (iso3 ? (byIso3.get(iso3)?.fips ?? null) : null);
export const countryName = (iso3: string | null): string | null => (iso3 ? (byIso3.get(iso3)?.name ?? countries.getName(iso3, 'en') ?? null) : null);
export const isoNumeric = (iso3: string | null): string | null => (iso3 ? (countries.alpha3ToNumeric(iso3) ?? null) : null);
