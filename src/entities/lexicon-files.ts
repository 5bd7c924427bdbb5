// Readers for the entity data files of the language packs (and the language-independent world lists beside
// this module). Formats are described in each file's header; all are tab-separated with `#` comments.
import { existsSync } from 'node:fs';
import { packFile, readList, readTable } from '../lang/load.ts';
import type { EntityType } from '../schema/analysis.ts';
import { ENTITY_TYPES, isOneOf } from '../schema/vocabulary.ts';
import type { ActorEntry, AgentEntry, CountryNames, EntityLexicon, RegionNames, TitleEntry } from './lexicon.ts';

function fail(file: URL, row: string[], why: string): never {
  throw new Error(`${file.pathname}: ${why} in row '${row.join('\t')}'`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** code, type ('' = from the code), names separated by '|', valid from, valid to (ISO dates or ''). */
export function readActors(file: URL): ActorEntry[] {
  return readTable(file).map((row) => {
    const [code = '', type = '', names = '', validFrom = '', validTo = ''] = row;
    if (!/^[A-Z0-9]{3,}$/.test(code)) fail(file, row, `bad actor code '${code}'`);
    if (type && !isOneOf(ENTITY_TYPES, type)) fail(file, row, `unknown entity type '${type}'`);
    for (const d of [validFrom, validTo]) if (d && !ISO_DATE.test(d)) fail(file, row, `bad date '${d}'`);
    const list = names.split('|').map((n) => n.trim()).filter(Boolean);
    if (list.length === 0) fail(file, row, 'no names');
    const entry: ActorEntry = { names: list, code };
    if (type) entry.type = type as EntityType;
    if (validFrom) entry.validFrom = validFrom;
    if (validTo) entry.validTo = validTo;
    return entry;
  });
}

/** Rows of a key and a phrase, grouped by key in file order. */
function grouped(file: URL): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of readTable(file)) {
    const [key = '', phrase = ''] = row;
    if (!phrase) fail(file, row, 'missing second column');
    const list = out.get(key) ?? [];
    list.push(phrase);
    out.set(key, list);
  }
  return out;
}

/** sector, agent phrase. */
export function readAgents(file: URL): AgentEntry[] {
  return [...grouped(file)].map(([sector, words]) => ({ sector, words }));
}

/** sector ('-' when the title tells none), title phrase. */
export function readTitles(file: URL): TitleEntry[] {
  return [...grouped(file)].map(([sector, words]) => ({ sector: sector === '-' ? '' : sector, words }));
}

/** ISO alpha-3, name, form ('' for a name, 'adjective' for a demonym); one name a row. */
export function readCountries(file: URL): CountryNames[] {
  const out = new Map<string, CountryNames>();
  for (const row of readTable(file)) {
    const [code = '', name = '', form = ''] = row;
    if (!/^[A-Z]{3}$/.test(code)) fail(file, row, `'${code}' is not an ISO 3166 alpha-3 code`);
    if (!name) fail(file, row, 'missing name');
    if (form !== '' && form !== 'adjective') fail(file, row, `unknown form '${form}' (expected 'adjective' or empty)`);
    const entry = out.get(code) ?? { code, names: [], adjectives: [] };
    entry.names.push(name);
    if (form) entry.adjectives.push(name);
    out.set(code, entry);
  }
  return [...out.values()];
}

/** canonical English name, name as written (one name a row). */
export function readRegions(file: URL): RegionNames[] {
  return [...grouped(file)].map(([name, names]) => ({ name, names }));
}

/** The language-independent world lists (media outlets, international organisations, office holders). */
export function worldActors(): ActorEntry[] {
  return readActors(new URL('data/world-actors.tsv', import.meta.url));
}

/**
 * A pack's whole entity lexicon from the files of its folder (`packUrl` is the pack module's import.meta.url):
 * the same file names in every language, only the country-name locale and the tagger model differ.
 */
export function readEntityLexicon(packUrl: string, own: { countryLocale: string; model: URL | null }): EntityLexicon {
  const file = (name: string) => packFile(packUrl, name);
  const lowerSet = (name: string) => new Set(readList(file(name)).map((w) => w.toLowerCase()));
  // Optional: a pack without a list of given names finds persons by titles and its tagger only.
  const optionalSet = (name: string) => (existsSync(file(name)) ? lowerSet(name) : new Set<string>());
  return {
    stopwords: lowerSet('stopwords.txt'),
    countryLocale: own.countryLocale,
    countries: readCountries(file('countries.tsv')),
    regions: readRegions(file('regions.tsv')),
    actors: [...worldActors(), ...readActors(file('actors.tsv'))],
    agents: readAgents(file('agents.tsv')),
    givenNames: optionalSet('given-names.txt'),
    titles: readTitles(file('titles.tsv')),
    mediaCues: readList(file('media-cues.txt')),
    orgCues: readList(file('org-cues.txt')),
    regionCues: readList(file('region-cues.txt')),
    locatives: lowerSet('locatives.txt'),
    nameOpeners: lowerSet('name-openers.txt'),
    connectors: lowerSet('connectors.txt'),
    reportVerbs: lowerSet('report-verbs.txt'),
    model: own.model,
  };
}
