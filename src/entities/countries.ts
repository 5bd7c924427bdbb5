// Country names in a language: the official and short names from i18n-iso-countries and Intl.DisplayNames,
// plus the pack's own forms (abbreviations, demonyms). Canonical names are English.
// The library's own entry registers all of its ~80 locales at load; this registers only the locales asked for.
import countries from 'i18n-iso-countries/index.js';
import { createRequire } from 'node:module';
import type { CountryNames } from './lexicon.ts';

const require = createRequire(import.meta.url);
const registered = new Set<string>();

function register(locale: string): boolean {
  if (registered.has(locale)) return true;
  try {
    countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
    registered.add(locale);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Korea, Republic of" and "Myanmar (Burma)" are catalogue forms: keep the parts written in running text. A
 * lower-case parenthesis qualifies rather than names ("Saint Martin (francesa)" is no name for "francesa").
 */
function runningTextForms(name: string): string[] {
  if (name.includes(',')) return [];
  const m = /^(.*?)\s*\((.*)\)$/.exec(name);
  if (!m) return [name];
  return /^\p{Lu}/u.test(m[2]!) ? [m[1]!, m[2]!] : [m[1]!];
}

/** Every name of every country in the locale, with the pack's extra names, as [name, alpha-3, is a demonym]. */
export function countryNames(locale: string, extra: CountryNames[]): [string, string, boolean][] {
  const out: [string, string, boolean][] = [];
  const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const hasLocale = register(locale);
  for (const alpha3 of Object.keys(countries.getAlpha3Codes())) {
    const names = new Set<string>();
    if (hasLocale) for (const n of [countries.getName(alpha3, locale, { select: 'all' })].flat()) if (n) names.add(n);
    const shown = display.of(countries.alpha3ToAlpha2(alpha3) ?? '');
    if (shown) names.add(shown);
    for (const n of names) for (const form of runningTextForms(n)) out.push([form, alpha3, false]);
  }
  for (const c of extra) for (const n of c.names) out.push([n, c.code, c.adjectives.includes(n)]);
  return out;
}

register('en');

const names = new Map<string, string>();

/** The English name of a country: "North Korea" for PRK. */
export function countryName(alpha3: string): string {
  let name = names.get(alpha3);
  if (name === undefined) names.set(alpha3, (name = englishName(alpha3)));
  return name;
}

function englishName(alpha3: string): string {
  const all = countries.getName(alpha3, 'en', { select: 'all' }) ?? [];
  // The shortest official form reads best in running text ("Russia", not "Russian Federation").
  return [...all].filter((n) => !n.includes(',') && !n.includes('(')).sort((a, b) => a.length - b.length)
    .find((n) => !/^[A-Z.]+$/.test(n)) ?? alpha3;
}

export const isCountryCode = (code: string) => countries.isValid(code) && code.length === 3;
