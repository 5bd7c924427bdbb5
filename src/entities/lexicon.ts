// What a language pack tells the entity stage. Everything here is data; the recognisers only index it.
// Indexes over these arrays are built lazily once per lexicon object, so a pack extended with extra
// entries (e.g. from PETRARCH dictionaries: `{ ...pack.entities, actors: [...pack.entities.actors, ...more] }`)
// gets its own index and finds them.
import type { EntityType } from '../schema/analysis.ts';

/**
 * A named actor with its CAMEO-style code, as in a PETRARCH actor dictionary.
 * One entry per code period: "Vladimir Putin" is [RUSGOV >2008-05-08]; dated roles are separate entries
 * with the same names.
 */
export interface ActorEntry {
  /** Phrases as written in text, words separated by spaces ("Vladimir Putin", "Pentagon", "U.S. military"),
   *  not underscores. Case matters: a capitalised word must be capitalised in the text, a short all-capital word
   *  is an abbreviation matched exactly ("AS", "NATO"); a phrase all in capitals with a longer word
   *  ("VLADIMIR PUTIN", "HAMAS", as PETRARCH writes them) matches the capitalised name. */
  names: string[];
  /** CAMEO-style actor code: 'USAGOV', 'RUSMIL', 'UKR', 'IGOWSTNAT'. */
  code: string;
  /** When absent, inferred from the code: a bare country code → country, …GOV → government, …MIL → military,
   *  …MED → media, anything else → organization. Person names must say 'person'. */
  type?: EntityType;
  /** ISO date (YYYY-MM-DD) the code starts / stops applying; open when absent. */
  validFrom?: string;
  validTo?: string;
  /** Canonical name; names[0] when absent. */
  name?: string;
}

/**
 * A generic agent word that gives the sector of whoever it names, as in a PETRARCH agents dictionary:
 * "pasukan", "troops" → MIL; "pemerintah", "government" → GOV; "stasiun TV", "newspaper" → MED.
 * Combined with a country ("pasukan Korea Utara", "Russian troops") it makes the actor code PRKMIL, RUSMIL.
 */
export interface AgentEntry {
  /** Phrases as written in text ("Kementerian Pertahanan", "armed forces"). */
  words: string[];
  /** CAMEO sector: 'GOV', 'MIL', 'MED', 'BUS', 'OPP', 'REB', 'COP', 'JUD', 'LEG', … */
  sector: string;
}

/** A title or role word before a person's name ("Presiden", "Juru bicara", "Press Secretary"). */
export interface TitleEntry {
  words: string[];
  /** Sector the holder acts for, when the title tells it: Presiden → GOV, Jenderal → MIL; '' when it does not. */
  sector: string;
}

/** A region that is no country or town ("Timur Tengah", "Korean Peninsula"): its entity is region:<slug of name>. */
export interface RegionNames {
  /** Canonical English name. */
  name: string;
  names: string[];
}

/** Other names of a country in this language: common forms, abbreviations, demonyms and adjectives. */
export interface CountryNames {
  /** ISO 3166 alpha-3. */
  code: string;
  names: string[];
  /** The demonyms and nationality adjectives among them ("Russian", "North Koreans"): mentions of the country
   *  that are not its name. */
  adjectives: string[];
}

export interface EntityLexicon {
  /** Words that are never names, however capitalised ("Kita", "Itu", "Baru" as a sentence start). */
  stopwords: Set<string>;
  /** i18n-iso-countries / Intl.DisplayNames locale whose country names this language uses ('id', 'en'). */
  countryLocale: string;
  /** Names of countries beyond the locale's official ones ("Korea Utara", "Korut", "AS", "North Korean"). */
  countries: CountryNames[];
  /** Continents, world regions, seas, peninsulas. */
  regions: RegionNames[];
  /** Named actors: organisations, agencies, media outlets, office holders. */
  actors: ActorEntry[];
  /** Generic agent words giving a sector. */
  agents: AgentEntry[];
  /** Given names that open a person's name ("John", "Gabriela"), lower case; empty when the pack has none. */
  givenNames: Set<string>;
  /** Titles before person names. */
  titles: TitleEntry[];
  /** Words naming a kind of outlet before or after its name ("stasiun TV", "surat kabar", "newspaper"). */
  mediaCues: string[];
  /** Words that make a capitalised phrase an organisation ("Universitas", "Partai", "Inc", "Ministry"). */
  orgCues: string[];
  /** Words marking a region around a place name ("wilayah", "provinsi", "region", "oblast"). */
  regionCues: string[];
  /** Prepositions before a place used as a location, not as an actor ("di", "ke", "in", "to"). */
  locatives: Set<string>;
  /** Articles and particles that may open a name and belong to it ("The" in "The Washington Post"). */
  nameOpeners: Set<string>;
  /** Lower-case words that may join the words of an organisation's name or a title to its organisation
   *  ("Department of Defense", "spokesperson for the Pentagon", "Kementerian Pendidikan dan Kebudayaan"). */
  connectors: Set<string>;
  /** Verbs after an otherwise unknown name that make it a news outlet ("X melaporkan", "X reported"). */
  reportVerbs: Set<string>;
  /** Statistical tagger for names no list holds; null when the language has none (rules only). */
  model: URL | null;
}
