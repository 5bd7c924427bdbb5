// The indexes the recognisers read, built once per lexicon object on first use. A pack extended with extra
// actors or agents is a new lexicon object (or the same one with longer arrays) and gets its own index.
import type { EntityType } from '../schema/analysis.ts';
import { typeOfCode } from './codes.ts';
import { countryNames } from './countries.ts';
import type { ActorEntry, EntityLexicon } from './lexicon.ts';
import { firstKey, PhraseIndex } from './phrases.ts';
import { placeWords } from './places.ts';
import { loadTagger, type Tagger } from './tagger.ts';

export type NameValue = { kind: 'country'; code: string; adjective: boolean } | { kind: 'region'; name: string } | { kind: 'actor'; entry: ActorEntry };

export interface PackIndex {
  lexicon: EntityLexicon;
  /** Countries, regions and named actors, case-checked against the dictionary form. */
  names: PhraseIndex<NameValue>;
  /** The dated entries of each actor, by periodKey ("Vladimir Putin" as RUSGOV from 1999). */
  periods: Map<string, ActorEntry[]>;
  agents: PhraseIndex<string>;
  titles: PhraseIndex<string>;
  mediaCues: PhraseIndex<true>;
  orgCues: PhraseIndex<true>;
  regionCues: PhraseIndex<true>;
  /** Every word of the title, agent, media and region lists, lower-case: none of them alone is a name. */
  cueWords: Set<string>;
  /** Per lower-case word, letters for the lists it appears in (n name, p place, t title, a agent, o org cue,
   *  m media cue, s stop word, l locative): the tagger's gazetteer features. */
  wordFlags: Map<string, string>;
  tagger: Tagger | null;
}

export const actorType = (entry: ActorEntry): EntityType => entry.type ?? typeOfCode(entry.code);

/** Entries with the same first name and type are periods of one actor. */
export const periodKey = (entry: ActorEntry) => `${actorType(entry)}|${entry.names[0]}`;

function build(lex: EntityLexicon): PackIndex {
  const names = new PhraseIndex<NameValue>();
  const countries = countryNames(lex.countryLocale, lex.countries);
  for (const [name, code, adjective] of countries) names.add(name, { kind: 'country', code, adjective });
  const periods = new Map<string, ActorEntry[]>();
  for (const entry of lex.actors) {
    // Indexed on first lookup of their first word: dictionaries of tens of thousands of actors load fast.
    for (const name of entry.names) names.addLater(firstKey(name), () => [name, { kind: 'actor', entry }]);
    const key = periodKey(entry);
    const list = periods.get(key);
    if (list) list.push(entry);
    else periods.set(key, [entry]);
  }
  for (const region of lex.regions) for (const name of region.names) names.add(name, { kind: 'region', name: region.name });
  const phrases = <T>(list: [string, T][]) => {
    const index = new PhraseIndex<T>();
    for (const [phrase, value] of list) index.add(phrase, value);
    return index;
  };
  const cueWords = new Set<string>();
  const collect = (phrases: string[]) => {
    for (const p of phrases) for (const w of p.split(/\s+/)) cueWords.add(w.toLowerCase());
    return phrases;
  };
  const wordFlags = new Map<string, string>();
  const flagWord = (w: string, letter: string) => {
    const f = wordFlags.get(w) ?? '';
    if (!f.includes(letter)) wordFlags.set(w, f + letter);
  };
  const flag = (phrase: string, letter: string) => {
    for (const w of phrase.toLowerCase().split(/\s+/)) flagWord(w, letter);
  };
  for (const [name] of countries) flag(name, 'n');
  for (const entry of lex.actors) for (const name of entry.names) flag(name, 'n');
  for (const region of lex.regions) for (const name of region.names) flag(name, 'p');
  for (const w of placeWords()) flagWord(w, 'p');
  for (const t of lex.titles) for (const w of t.words) flag(w, 't');
  for (const a of lex.agents) for (const w of a.words) flag(w, 'a');
  for (const w of lex.orgCues) flag(w, 'o');
  for (const w of lex.mediaCues) flag(w, 'm');
  for (const w of lex.stopwords) flag(w, 's');
  for (const w of lex.locatives) flag(w, 'l');
  return {
    lexicon: lex,
    wordFlags,
    names,
    periods,
    agents: phrases(lex.agents.flatMap((a) => collect(a.words).map((w): [string, string] => [w, a.sector]))),
    titles: phrases(lex.titles.flatMap((t) => collect(t.words).map((w): [string, string] => [w, t.sector]))),
    mediaCues: phrases(collect(lex.mediaCues).map((w): [string, true] => [w, true])),
    orgCues: phrases(lex.orgCues.map((w): [string, true] => [w, true])),
    regionCues: phrases(collect(lex.regionCues).map((w): [string, true] => [w, true])),
    cueWords,
    tagger: lex.model ? loadTagger(lex.model) : null,
  };
}

interface Cached {
  sizes: string;
  index: PackIndex;
}
const cache = new WeakMap<EntityLexicon, Cached>();

/** The index of a lexicon; rebuilt when entries were pushed onto its arrays since. */
export function packIndex(lex: EntityLexicon): PackIndex {
  const sizes = [lex.actors, lex.agents, lex.titles, lex.countries, lex.regions, lex.mediaCues, lex.orgCues].map((a) => a.length).join();
  const hit = cache.get(lex);
  if (hit && hit.sizes === sizes) return hit.index;
  const index = build(lex);
  cache.set(lex, { sizes, index });
  return index;
}
