// CAMEO-style actor codes: a country (ISO 3166 alpha-3) and a sector, or an international code (IGO…, IMG…).
import type { EntityType } from '../schema/analysis.ts';
import { countryName, isCountryCode } from './countries.ts';

const SECTORS: Record<string, { type: EntityType; label: string }> = {
  GOV: { type: 'government', label: 'government' },
  MIL: { type: 'military', label: 'military' },
  MED: { type: 'media', label: 'media' },
  COP: { type: 'government', label: 'police' },
  JUD: { type: 'government', label: 'judiciary' },
  LEG: { type: 'government', label: 'legislature' },
  REB: { type: 'group', label: 'rebels' },
  INS: { type: 'group', label: 'insurgents' },
  SEP: { type: 'group', label: 'separatists' },
  OPP: { type: 'group', label: 'opposition' },
  BUS: { type: 'organization', label: 'business' },
  CVL: { type: 'group', label: 'civilians' },
};

/** The type of a body acting for a sector: MIL → military, GOV → government, MED → media, REB → group. */
export const typeOfSector = (sector: string): EntityType => SECTORS[sector]?.type ?? 'organization';

/** The entity type an actor code implies: UKR → country, PRKGOV → government, USAMIL → military,
 *  PSEREB…/IMG… (rebels, insurgents, international militant groups) → group. */
export function typeOfCode(code: string): EntityType {
  if (code.length === 3 && isCountryCode(code)) return 'country';
  if (code.startsWith('IMG')) return 'group';
  return typeOfSector(code.slice(3, 6));
}

/** The country a code belongs to: USAMIL → USA; IGOUNO → null. */
export const countryOfCode = (code: string): string | null => (isCountryCode(code.slice(0, 3)) ? code.slice(0, 3) : null);

/** A canonical English name for a country-and-sector code, the same whatever the article's language:
 *  USAMIL → "United States military". Null for other codes. */
export function nameOfCode(code: string): string | null {
  const country = countryOfCode(code);
  const sector = SECTORS[code.slice(3)];
  return country && sector ? `${countryName(country)} ${sector.label}` : null;
}
