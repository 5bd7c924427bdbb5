// What can be read of an article in a language no pack covers: the countries it names, in that language's own
// words (CLDR names through i18n-iso-countries and Intl.DisplayNames). Country entity ids are the same in every
// language, so such an article still joins the stories that name the same countries.
import type { Entity, Mention, Sentence } from '../schema/analysis.ts';
import { countryName, countryNames } from './countries.ts';

/** Names shorter than this ("中", "US" in some locale) match inside other words too often. */
const MIN_NAME_CHARS = 2;
/** Scripts that separate words with spaces: a name there must stand as a whole word. */
const SPACED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LETTER = /[\p{L}\p{N}]/u;

const cache = new Map<string, [string, string][]>();

/** The locale's country names, longest first, so "South Korea" is found before "Korea". */
function namesOf(locale: string): [string, string][] {
  let names = cache.get(locale);
  if (!names) {
    names = namesIn(locale)
      .filter(([name]) => name.length >= MIN_NAME_CHARS)
      .map(([name, code]) => [name.toLowerCase(), code] as [string, string])
      .sort((a, b) => b[0].length - a[0].length);
    cache.set(locale, names);
  }
  return names;
}

/** A tag Intl does not know (a detector's private code) has no names. */
function namesIn(locale: string): [string, string, boolean][] {
  try {
    return countryNames(locale, []);
  } catch (e) {
    if (e instanceof RangeError) return [];
    throw e;
  }
}

function standsAlone(text: string, start: number, end: number, name: string): boolean {
  if (!SPACED.test(name)) return true;
  return !LETTER.test(text[start - 1] ?? ' ') && !LETTER.test(text[end] ?? ' ');
}

/**
 * The countries named in `text` in the locale's words, as entities and mentions (ids from `firstMention`
 * on), leaving out what overlaps the spans already found.
 */
export function findCountriesIn(
  text: string,
  sentences: readonly Pick<Sentence, 'start' | 'end' | 'index'>[],
  locale: string,
  taken: readonly { start: number; end: number }[] = [],
  firstMention = 1,
): { entities: Entity[]; mentions: Mention[] } {
  const lower = text.toLowerCase();
  const used = new Uint8Array(text.length);
  for (const t of taken) used.fill(1, t.start, t.end);
  const spans: { start: number; end: number; code: string }[] = [];
  for (const [name, code] of namesOf(locale)) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (used.subarray(at, end).some((x) => x) || !standsAlone(lower, at, end, name)) continue;
      used.fill(1, at, end);
      spans.push({ start: at, end, code });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const entities = new Map<string, Entity>();
  const mentions = spans.map((s, k): Mention => {
    const id = `m${firstMention + k}`;
    const entityId = `country:${s.code}`;
    const e = entities.get(entityId) ?? { id: entityId, type: 'country', name: countryName(s.code), country: s.code, actorCode: s.code, geo: null, mentionIds: [] };
    e.mentionIds.push(id);
    entities.set(entityId, e);
    const sentence = sentences.find((x) => x.end > s.start)?.index ?? 0;
    return { id, start: s.start, end: s.end, text: text.slice(s.start, s.end), sentence, entityId, type: 'country', actorCode: s.code, metonymOf: null, source: 'gazetteer', confidence: 0.8, form: 'name' };
  });
  return { entities: [...entities.values()], mentions };
}
