// The rule recognisers, one sentence at a time: gazetteer names (countries, actors, places), web addresses,
// organisation names with a cue word, persons after titles, outlets before report verbs or after media cues,
// capitals acting as governments, agent words qualifying countries — then the tagger adds what they missed.
import type { EntityType, GeoLink, Mention, Token } from '../schema/analysis.ts';
import { countryName } from './countries.ts';
import { countryOfCode, nameOfCode, typeOfSector } from './codes.ts';
import type { ActorEntry } from './lexicon.ts';
import { actorType, periodKey, type NameValue, type PackIndex } from './pack-index.ts';
import { isCapitalised, tokenKey } from './phrases.ts';
import { placeIndex, type Place } from './places.ts';
import { spansOf, type Tag } from './tagger.ts';

type MentionSource = Mention['source'];

export interface Tok {
  text: string;
  /** tokenKey(text) */
  key: string;
  start: number;
  end: number;
  kind: Token['kind'] | 'possessive';
  cap: boolean;
}

/** A recognised span, before mentions and entities are numbered. Token indices are within its sentence. */
export interface Found {
  sentence: number;
  from: number;
  to: number;
  type: EntityType;
  /** Entity id: country:PRK, actor:USAMIL, geonames:709717, person:pat-ryder, media:reuters, org:…, place:… */
  id: string;
  name: string;
  /** The entity's own code (PRK for a country even when this mention acts as PRKMIL). */
  entityCode: string | null;
  /** This mention's code: the entity's, or qualified by an agent word ("pasukan Korea Utara" → PRKMIL). */
  actorCode: string | null;
  country: string | null;
  geo: GeoLink | null;
  metonymOf: { id: string; name: string; geo: GeoLink } | null;
  source: MentionSource;
  confidence: number;
  /** A title phrase standing for a person ("Sekretaris Jenderal Pers Pentagon"); may contain other mentions.
   *  Only role phrases have the source 'title'. */
  role?: { sector: string; code: string | null; linked: boolean };
  /** A demonym or nationality adjective of a country ("Russian forces"), not its name. */
  adjective?: boolean;
}

export interface SentenceResult {
  sentence: number;
  toks: Tok[];
  found: Found[];
  /** Per token, the name mention covering it (role phrases do not own tokens). */
  owner: (Found | null)[];
}

const POSSESSIVE = /^(.+?)(['’]s?)$/u;
const MIN_UNQUALIFIED_POPULATION = 100_000;
const MAX_NAME_WORDS = 4;
const ACRONYM = /^\p{Lu}{2,5}$/u;
const ROMAN = /^[IVXLC]+$/;
const MIN_RESULT_NUMBERS = 2;
const SCORE = /^\d{1,3}$/;
/** Long words a sentence needs before its capitals can be called title case. */
const MIN_TITLE_CASE_WORDS = 5;
const DOMAIN_ENDINGS = new Set(['com', 'net', 'org', 'co', 'id', 'info', 'news', 'tv', 'io', 'uk', 'de', 'fr', 'ru', 'cn', 'jp', 'kr']);

export const slug = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** Sentence tokens, with English possessives split off ("Korea's" → "Korea" + "'s"). `lower`: the tokens'
 *  texts in lower case, when the caller has them (SegmentedText.lower). */
export function sentenceTokens(tokens: readonly Token[], lower?: readonly string[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = t.kind === 'word' && (t.text.includes("'") || t.text.includes('’')) ? POSSESSIVE.exec(t.text) : null;
    if (m && /\p{L}$/u.test(m[1]!) && (m[2]!.length === 2 || /s$/.test(m[1]!))) {
      const cut = t.start + m[1]!.length;
      out.push(tok(m[1]!, t.start, cut, 'word'));
      out.push(tok(m[2]!, cut, t.end, 'possessive'));
    } else out.push(tok(t.text, t.start, t.end, t.kind, lower?.[i]));
  }
  return out;
}

const tok = (text: string, start: number, end: number, kind: Tok['kind'], key = tokenKey(text)): Tok => ({
  text, key, start, end, kind, cap: kind === 'word' && isCapitalised(text),
});
const isWord = (t: Tok | undefined) => t?.kind === 'word';
const isCapWord = (t: Tok | undefined) => t?.cap === true;

/** Text in capitals ("SHEARER NAMED AS ENGLAND CAPTAIN .", "NEW YORK"): its case says nothing, stop or not. */
function isInCapitals(toks: Tok[]): boolean {
  const words = toks.filter((t) => isWord(t) && t.text.length > 1);
  return words.length >= 2 && words.filter((t) => !/\p{Ll}/u.test(t.text)).length / words.length > 0.5;
}

/** Headlines in title case ("Pyongyang Berencana Mengirim Pasukan…"): capitals say nothing there, so only
 *  dictionary names count. A headline has no final stop; a sentence full of names does. */
function isTitleCase(toks: Tok[]): boolean {
  if (/[.!?…:;]/.test(toks[toks.length - 1]?.text ?? '.')) return false;
  // Nor has it scores: "Monica Seles ( U.S. ) beat Natasha Zvereva ( Belarus ) 6-2 6-3" is a line of results.
  if (toks.filter((t) => t.kind === 'number').length >= MIN_RESULT_NUMBERS) return false;
  const long = toks.filter((t) => isWord(t) && t.text.length > 3);
  return long.length >= MIN_TITLE_CASE_WORDS && long.filter((t) => t.cap).length / long.length >= 0.6;
}

/** The entry of an actor valid on the date; without a date, the one still in force. */
function entryAt(entries: ActorEntry[], date: string | null): ActorEntry | null {
  if (date) return entries.find((e) => (!e.validFrom || e.validFrom <= date) && (!e.validTo || date < e.validTo)) ?? null;
  return entries.find((e) => !e.validTo) ?? [...entries].sort((a, b) => (b.validTo! > a.validTo! ? 1 : -1))[0] ?? null;
}

/** Flags per token for the tagger: the lists its word belongs to (see PackIndex.wordFlags). */
export function tokenFlags(toks: readonly Tok[], ix: PackIndex): string[] {
  return toks.map((t) => ix.wordFlags.get(t.key) ?? '');
}

export class SentenceRecogniser {
  readonly found: Found[] = [];
  readonly owner: (Found | null)[];
  private readonly titleCase: boolean;
  private readonly inCapitals: boolean;
  /** The tagger's BIO tags for the sentence; null without a tagger or in title-case headlines. */
  private tags: Tag[] | null = null;

  constructor(
    private readonly ix: PackIndex,
    readonly toks: Tok[],
    private readonly sentence: number,
    private readonly date: string | null,
  ) {
    this.owner = toks.map(() => null);
    this.inCapitals = isInCapitals(toks);
    this.titleCase = this.inCapitals || isTitleCase(toks);
  }

  run(): SentenceResult {
    if (this.ix.tagger && !this.titleCase) {
      // A tagger without word identities learnt numbers inside names from another language's data; for it a
      // number ends a name: "CALIFORNIA 14 New York 3" is two names, not one.
      const lexical = this.ix.tagger.lexical;
      this.tags = this.ix.tagger
        .tag({ words: this.toks.map((t) => t.text), flags: tokenFlags(this.toks, this.ix) })
        .map((tag, k) => (!lexical && this.toks[k]!.kind === 'number' ? 'O' : tag));
    }
    this.gazetteer();
    this.webAddresses();
    if (!this.titleCase) {
      this.organisations();
      this.outlets();
      this.acronyms();
    }
    // A given name keeps its weight in title case ("Monica Seles ( U.S. ) beat Natasha Zvereva"), not in capitals.
    if (!this.inCapitals) this.namedPersons();
    this.persons();
    this.teamsInResults();
    this.capitalsAsGovernments();
    this.qualifyCountries();
    this.model();
    return { sentence: this.sentence, toks: this.toks, found: this.found, owner: this.owner };
  }

  // ---------------------------------------------------------------- helpers

  private free(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.owner[k]) return false;
    return true;
  }

  private add(f: Omit<Found, 'sentence'>): Found {
    const found = f as Found;
    found.sentence = this.sentence;
    // A longer name replaces the shorter ones it covers ("Korps Teknik Korea Utara" over "Korea Utara").
    for (let k = f.from; k < f.to; k++) {
      const old = this.owner[k];
      if (old && old !== found) this.remove(old);
      this.owner[k] = found;
    }
    this.found.push(found);
    return found;
  }

  private remove(f: Found): void {
    const i = this.found.indexOf(f);
    if (i >= 0) this.found.splice(i, 1);
    for (let k = f.from; k < f.to; k++) if (this.owner[k] === f) this.owner[k] = null;
  }

  private key(i: number): string {
    return this.toks[i]?.key ?? '';
  }

  private isStopword(i: number): boolean {
    const t = this.toks[i]!;
    return this.ix.lexicon.stopwords.has(t.key) && t.text !== t.text.toUpperCase();
  }

  /** Capitalised unknown words from i on; in the name of a body, connectors too when a capital follows. A
   *  person's name takes neither connectors nor cue words ("Menteri Agama dan …" names no person). */
  private capitalRun(i: number, person = false): number {
    let j = i;
    while (j < this.toks.length) {
      const t = this.toks[j]!;
      if (isCapWord(t) && !this.owner[j] && !this.isStopword(j) && !(person && this.ix.cueWords.has(t.key))) j++;
      else if (!person && j > i && this.ix.lexicon.connectors.has(t.key) && isCapWord(this.toks[j + 1]) && !this.owner[j + 1]) j++;
      else break;
    }
    return j;
  }

  private text(from: number, to: number): string {
    return this.toks.slice(from, to).map((t, k, a) => (k > 0 && a[k - 1]!.end < t.start ? ' ' : '') + t.text).join('');
  }

  private nameFound(value: NameValue, from: number, to: number, source: MentionSource, confidence: number) {
    if (value.kind === 'country') {
      const name = countryName(value.code);
      return { from, to, type: 'country' as const, id: `country:${value.code}`, name, entityCode: value.code, actorCode: value.code, country: value.code, geo: null, metonymOf: null, source, confidence, adjective: value.adjective };
    }
    if (value.kind === 'region') {
      return { from, to, type: 'region' as const, id: `region:${slug(value.name)}`, name: value.name, entityCode: null, actorCode: null, country: null, geo: null, metonymOf: null, source, confidence };
    }
    return this.actorFound(value.entry, from, to, source, confidence);
  }

  /** An outlet's id drops an opening article: "The Washington Post" and "Washington Post" are one. */
  private mediaId(name: string): string {
    const [first, ...rest] = name.split(' ');
    return `media:${slug(rest.length && this.ix.lexicon.nameOpeners.has(first!.toLowerCase()) ? rest.join(' ') : name)}`;
  }

  private actorFound(entry: ActorEntry, from: number, to: number, source: MentionSource, confidence: number): Omit<Found, 'sentence'> {
    const type = actorType(entry);
    const name = entry.name ?? entry.names[0]!;
    const valid = type === 'person' ? entryAt(this.ix.periods.get(periodKey(entry)) ?? [entry], this.date) : entry;
    const code = valid?.code ?? null;
    const country = code ? countryOfCode(code) : null;
    const id =
      type === 'person' ? `person:${slug(name)}` : type === 'media' ? this.mediaId(name) : type === 'country' ? `country:${entry.code}` : `actor:${entry.code}`;
    return { from, to, type, id, name, entityCode: code, actorCode: code, country, geo: null, metonymOf: null, source, confidence };
  }

  // ---------------------------------------------------------------- recognisers

  /** Countries, named actors and places, longest first. */
  private gazetteer(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      if (!isWord(toks[i])) continue;
      const name = this.ix.names.longestAt(toks, i);
      const place = placeIndex().longestAt(toks, i);
      const nameEnd = name?.end ?? 0;
      const placeEnd = place && this.placeAllowed(i, place.end, place.values[0]!) ? place.end : 0;
      if (nameEnd === 0 && placeEnd === 0) continue;
      if (nameEnd - i === 1 && this.isStopword(i) && placeEnd <= nameEnd) continue;
      const value = name && (name.values.find((v) => v.kind === 'actor') ?? name.values[0]!);
      // A dictionary may code a city as its country (PETRARCH: PYONGYANG [PRK]); the place keeps its
      // coordinates, and a capital acting still becomes its government below.
      const cityAsCountry = value?.kind === 'actor' && actorType(value.entry) === 'country' && nameEnd === placeEnd;
      if (nameEnd >= placeEnd && !cityAsCountry) {
        this.add(this.nameFound(value!, i, nameEnd, 'gazetteer', 0.95));
        i = nameEnd - 1;
      } else {
        this.add(this.placeFound(place!.values[0]!, i, placeEnd));
        i = placeEnd - 1;
      }
    }
  }

  private placeFound(p: Place, at: number, to: number): Omit<Found, 'sentence'> {
    // A capitalised region word before the name is part of it: "Kabupaten Sumenep", "Kota Bandung".
    const cue = this.capitalRegionCueBefore(at);
    const from = cue ?? at;
    const region = cue !== null || this.regionCueAround(at, to);
    return {
      from, to, type: region ? 'region' : 'place', id: `geonames:${p.geonamesId}`, name: p.name,
      entityCode: null, actorCode: null, country: p.geo.country, geo: p.geo, metonymOf: null,
      source: 'gazetteer', confidence: p.population >= MIN_UNQUALIFIED_POPULATION ? 0.9 : 0.75,
    };
  }

  private capitalRegionCueBefore(at: number): number | null {
    for (let k = Math.max(0, at - 2); k < at; k++) {
      if (this.toks[k]!.cap && !this.owner[k] && this.ix.regionCues.longestAt(this.toks, k, false)?.end === at) return k;
    }
    return null;
  }

  private regionCueAround(from: number, to: number): boolean {
    for (let k = Math.max(0, from - 2); k < from; k++) if (this.ix.regionCues.longestAt(this.toks, k, false)?.end === from) return true;
    return this.ix.regionCues.longestAt(this.toks, to, false) !== null && to < this.toks.length;
  }

  private locativeBefore(from: number): boolean {
    let k = from - 1;
    if (k >= 0 && this.ix.lexicon.nameOpeners.has(this.key(k))) k--;
    return k >= 0 && this.ix.lexicon.locatives.has(this.key(k));
  }

  /** Ordinary words are not places: no stop words, small towns only where a preposition or cue says place,
   *  and no place inside a longer capitalised name. */
  private placeAllowed(from: number, to: number, p: Place): boolean {
    if (to - from === 1 && this.isStopword(from)) return false;
    // A town's name opening a sentence may be an ordinary word ("Guna", "Gaya"): a tagger that knows the
    // language's words has the last say there. Capitals and province seats are known well enough.
    const opening = from === 0 || this.toks[from - 1]!.kind === 'punct';
    const seat = p.capital || p.geo.featureCode === 'PPLA';
    if (to - from === 1 && opening && !seat && this.ix.tagger?.lexical && this.tags?.[from] === 'O') return false;
    if (to - from === 1 && this.ix.cueWords.has(this.key(from))) return false;
    const qualified = this.locativeBefore(from) || this.regionCueAround(from, to);
    if (p.population < MIN_UNQUALIFIED_POPULATION && !p.capital && p.geo.featureCode !== 'PPLA' && !qualified) return false;
    if (this.titleCase) return true;
    const next = this.toks[to];
    if (isCapWord(next) && !this.isStopword(to) && !this.ix.names.longestAt(this.toks, to) && !this.ix.regionCues.longestAt(this.toks, to, false)) return false;
    const prev = this.toks[from - 1];
    if (from > 1 && isCapWord(prev) && !this.owner[from - 1] && !this.ix.regionCues.longestAt(this.toks, from - 1, false)
      && !this.ix.titles.longestAt(this.toks, from - 1, false) && !this.ix.lexicon.locatives.has(this.key(from - 1))) return false;
    return true;
  }

  /** "Aboluowang.com", "Kompas.com": a web address standing alone names an outlet. */
  private webAddresses(): void {
    const toks = this.toks;
    for (let i = 0; i + 2 < toks.length; i++) {
      const [a, dot, b] = [toks[i]!, toks[i + 1]!, toks[i + 2]!];
      if (!isCapWord(a) || dot.text !== '.' || !DOMAIN_ENDINGS.has(b.text) || a.end !== dot.start || dot.end !== b.start) continue;
      if (!this.free(i, i + 3)) continue;
      const name = this.text(i, i + 3);
      this.add({ from: i, to: i + 3, type: 'media', id: this.mediaId(name), name, entityCode: null, actorCode: null, country: null, geo: null, metonymOf: null, source: 'pattern', confidence: 0.8 });
    }
  }

  /** A name over unknown capitals and the countries, places and regions inside it ("Korps Teknik Korea Utara",
   *  "Asia Defense Security"), connectors when a capital follows, up to a title or a person the tagger sees
   *  ("Partai Demokrat Rachlan Nasidik", "Partai Golkar … dan Presiden SBY"). */
  private nameRun(i: number): number {
    const toks = this.toks;
    let j = i;
    while (j < toks.length) {
      const o = this.owner[j];
      if (j > i && (this.tags?.[j] === 'B-PER' || (!o && this.ix.titles.longestAt(toks, j, false) && !this.ix.orgCues.longestAt(toks, j)))) break;
      if (this.isGeoName(j)) j = o!.to;
      else if (!o && isCapWord(toks[j]) && !this.isStopword(j)) j++;
      // "Bank of England", "Organisation for Security and Cooperation in Europe".
      else if (j > i && this.ix.lexicon.connectors.has(this.key(j)) && isCapWord(toks[j + 1]) && (!this.owner[j + 1] || this.isGeoName(j + 1))) j++;
      else break;
    }
    return j;
  }

  /** Is token k in the name of a country, place or region meant as such (no capital standing for its government)? */
  private isGeoName(k: number): boolean {
    const o = this.owner[k];
    return !!o && !o.metonymOf && (o.type === 'country' || o.type === 'place' || o.type === 'region');
  }

  /** Capitalised names holding an organisation cue ("Korps Teknik Korea Utara", "Engineering Corps"). The country
   *  inside, or just before with a possessive, and an agent word inside give the actor code. */
  private organisations(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      if (!isCapWord(toks[i]) || this.isStopword(i)) continue;
      if (this.owner[i] && !this.isGeoName(i)) continue;
      // A title before the name is not part of it ("Ketua Umum Partai Golkar").
      const title = this.owner[i] ? null : this.ix.titles.longestAt(toks, i, false);
      if (title && !this.ix.orgCues.longestAt(toks, i)) {
        i = title.end - 1;
        continue;
      }
      const j = this.nameRun(i);
      let cue = false;
      for (let k = i; k < j && !cue; k++) cue = !this.owner[k] && this.ix.orgCues.longestAt(toks, k) !== null;
      if (!cue || j - i < 2) {
        i = Math.max(i, j - 1);
        continue;
      }
      // A tagger trained on the language finds organisations better than cue words do; the cue pattern then
      // only adds the bodies whose sector it can tell from an agent word ("Korps Teknik", a military unit).
      const body = this.bodyFound(i, j, 'pattern', 0.75);
      if (body.type !== 'organization' || !this.tags || !this.ix.tagger?.lexical) this.add(body);
      i = j - 1;
    }
  }

  /** A named body: the country inside its name (or before it with a possessive) and an agent word inside give
   *  its actor code and type ("Korps Teknik Korea Utara" → PRKMIL; "North Korea's Engineering Corps"). */
  private bodyFound(from: number, to: number, source: MentionSource, confidence: number): Omit<Found, 'sentence'> {
    const toks = this.toks;
    let country: string | null = null;
    for (let k = from; k < to; k++) if (this.owner[k]?.type === 'country') country = this.owner[k]!.country;
    if (!country && toks[from - 1]?.kind === 'possessive' && this.owner[from - 2]?.type === 'country') country = this.owner[from - 2]!.country;
    let sector = '';
    for (let k = from; k < to && !sector; k++) sector = this.ix.agents.longestAt(toks, k, false)?.values[0] ?? '';
    const name = this.text(from, to);
    const code = country && sector ? country + sector : null;
    const type = typeOfSector(sector);
    const id = code ? `actor:${code}` : type === 'media' ? this.mediaId(name) : `org:${slug(name)}`;
    return { from, to, type, id, name, entityCode: code, actorCode: code, country, geo: null, metonymOf: null, source, confidence };
  }

  /** Unknown names of outlets: after a media cue ("stasiun TV Arirang") or before a report verb of their own
   *  ("Keamanan Pertahanan Asia melaporkan"). */
  private outlets(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const cue = i === 0 || !toks[i]!.cap ? this.ix.mediaCues.longestAt(toks, i, false) : null;
      if (cue) {
        const end = isCapWord(toks[cue.end]) && !this.owner[cue.end] ? this.capitalRun(cue.end) : cue.end;
        if (end > cue.end) this.addOutlet(cue.end, end, 0.7);
        i = end - 1;
        continue;
      }
      const o = this.owner[i];
      if (!isCapWord(toks[i]) || this.isStopword(i) || (o && o.type !== 'place' && o.type !== 'region')) continue;
      let from = i;
      if (from > 0 && this.ix.lexicon.nameOpeners.has(this.key(from - 1)) && isCapWord(toks[from - 1])) from--;
      const end = this.nameRun(i);
      let unknown = false;
      for (let k = i; k < end && !unknown; k++) unknown = !this.owner[k] && !this.ix.cueWords.has(this.key(k));
      if (unknown && end - i >= 2 && this.ix.lexicon.reportVerbs.has(this.key(end))) this.addOutlet(from, end, 0.6);
      i = Math.max(i, end - 1);
    }
  }

  private addOutlet(from: number, to: number, confidence: number): void {
    const name = this.text(from, to);
    this.add({ from, to, type: 'media', id: this.mediaId(name), name, entityCode: null, actorCode: null, country: null, geo: null, metonymOf: null, source: 'pattern', confidence });
  }

  /** An unknown word in capitals amid ordinary text is an organisation's initials ("OSCE", "KDP"); roman
   *  numerals are not. A tagger trained on the language's words knows its initials better. */
  private acronyms(): void {
    if (this.ix.tagger?.lexical) return;
    this.toks.forEach((t, k) => {
      if (this.owner[k] || !ACRONYM.test(t.text) || ROMAN.test(t.text) || this.isStopword(k)) return;
      this.add(this.bodyFound(k, k + 1, 'pattern', 0.6));
    });
  }

  /** Persons by the shape of their names: a given name or initials before capitalised words ("John Major",
   *  "P. Simmons", "J.F. Kennedy"). A small town of the same name gives way ("Florian Maurice"). */
  private namedPersons(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const first = this.nameOpening(i);
      if (first === i) continue;
      let end = first;
      while (end < toks.length && end - first < MAX_NAME_WORDS - 1 && this.surnameWord(end)) end++;
      if (end === first || this.ix.orgCues.longestAt(toks, end)) continue;
      const name = this.text(i, end);
      this.add({
        from: i, to: end, type: 'person', id: `person:${slug(name)}`, name, entityCode: null, actorCode: null,
        country: null, geo: null, metonymOf: null, source: 'pattern', confidence: 0.8,
      });
      i = end - 1;
    }
  }

  /** Where the surname part may start after a given name or initials opening at i; i when none opens there. */
  private nameOpening(i: number): number {
    const t = this.toks[i]!;
    if (!this.mayTake(i)) return i;
    if (/^(\p{Lu}\.)+$/u.test(t.text)) return i + 1;
    const dot = this.toks[i + 1];
    if (/^\p{Lu}$/u.test(t.text) && dot?.text === '.' && dot.start === t.end) return i + 2;
    return t.cap && this.ix.lexicon.givenNames.has(t.key) && !this.isStopword(i) ? i + 1 : i;
  }

  /** A capitalised word that may be part of a person's name: free, or a lesser place. */
  private mayTake(k: number): boolean {
    const o = this.owner[k];
    return !o || (o.type === 'place' && o.from === k && o.to === k + 1 && o.confidence < 0.9);
  }

  private surnameWord(k: number): boolean {
    const t = this.toks[k]!;
    const o = this.owner[k];
    const place = o && (o.type === 'place' || o.type === 'country') && o.from === k && o.to === k + 1 && !o.metonymOf;
    return isCapWord(t) && (!o || !!place) && !this.isStopword(k) && !this.ix.orgCues.longestAt(this.toks, k)
      && !this.ix.agents.longestAt(this.toks, k, false);
  }

  /** Titles and the chain of country/organisation words around them, then the name they introduce. */
  private persons(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      if (this.owner[i]) continue;
      const title = this.ix.titles.longestAt(toks, i, false);
      if (!title) continue;
      let from = i;
      let sector = title.values[0]!;
      let code: string | null = null;
      let country: string | null = null;
      const takeOwner = (o: Found) => {
        if (o.type === 'country') country ??= o.country;
        else if (o.entityCode && o.type !== 'person' && o.type !== 'media') code ??= o.entityCode;
      };
      // Before the title: "Russian President", "Pentagon Press Secretary".
      const before = this.owner[i - 1];
      if (before && before.type !== 'person' && before.type !== 'media' && before.type !== 'place') {
        takeOwner(before);
        from = before.from;
      }
      // After it: more title words, agent words, countries, organisations, connectors.
      let j = title.end;
      for (;;) {
        const o = this.owner[j];
        if (o && o.type !== 'person' && o.type !== 'media' && o.type !== 'place' && o.type !== 'region') {
          takeOwner(o);
          j = o.to;
          continue;
        }
        if (o) break;
        const more = this.ix.titles.longestAt(toks, j, false) ?? this.ix.agents.longestAt(toks, j, false);
        if (more) {
          sector ||= more.values[0]!;
          j = more.end;
          continue;
        }
        if (this.ix.lexicon.connectors.has(this.key(j)) && j + 1 < toks.length && (this.owner[j + 1] || this.ix.lexicon.connectors.has(this.key(j + 1)))) {
          j++;
          continue;
        }
        break;
      }
      const roleCode = code ?? (country ? country + sector : null);
      const hasOrg = code !== null || country !== null;
      const named = this.owner[j]?.type === 'person' ? this.owner[j]! : this.personAfter(j, roleCode, hasOrg);
      // The title tells the role of a listed person the dictionary has no dates for.
      if (named && !named.actorCode && roleCode) Object.assign(named, { actorCode: roleCode, entityCode: roleCode, country: roleCode.slice(0, 3) });
      if (!named && !hasOrg) {
        i = title.end - 1;
        continue;
      }
      const roleText = this.text(from, j);
      this.found.push({
        sentence: this.sentence, from, to: j, type: 'person', id: named ? named.id : `role:${slug(roleText)}`,
        name: named ? named.name : roleText, entityCode: roleCode, actorCode: named?.actorCode ?? roleCode,
        country: named?.country ?? country ?? roleCode?.slice(0, 3) ?? null, geo: null, metonymOf: null,
        source: 'title', confidence: named ? 0.9 : 0.6, role: { sector, code: roleCode, linked: named !== null },
      });
      i = (named?.to ?? j) - 1;
    }
  }

  private personAfter(j: number, code: string | null, tiedToBody: boolean): Found | null {
    // In a headline every word is capitalised: only a title tied to a body vouches for a name there.
    if (!isCapWord(this.toks[j]) || (this.titleCase && !tiedToBody)) return null;
    let end = Math.min(this.capitalRun(j, true), j + MAX_NAME_WORDS);
    // The tagger may know better: a person it starts there ends where it says ("Menteri Perhubungan Jusman
    // Syafii Djamal"); an organisation or place it starts there is no person ("Menteri Pekerjaan Umum"); where
    // it sees no name, only a title tied to a country or body vouches for one ("Pentagon Press Secretary Pat
    // Ryder"). A name it runs on into from the title chain ("Pentagon Pat Ryder" as one ORG) is left to the
    // capitals.
    const tag = this.tags?.[j];
    if (tag === 'B-ORG' || tag === 'B-LOC' || (tag === 'O' && !tiedToBody)) return null;
    if (tag === 'B-PER') {
      let k = j + 1;
      while (k < end && this.tags![k] === 'I-PER') k++;
      end = k;
    }
    if (end === j) return null;
    const name = this.text(j, end);
    return this.add({
      from: j, to: end, type: 'person', id: `person:${slug(name)}`, name, entityCode: code, actorCode: code,
      country: code?.slice(0, 3) ?? null, geo: null, metonymOf: null, source: 'pattern', confidence: 0.85,
    });
  }

  /** In a line of results ("Newcastle 2 Blackburn 1", "CLEVELAND 74 60 .552") a town or region followed by a
   *  score is its team. Countries stay countries: national sides are named for the country. */
  private teamsInResults(): void {
    const numbers = this.toks.filter((t) => t.kind === 'number').length;
    const words = this.toks.filter(isWord).length;
    if (numbers < 2 || numbers * 2 < words) return;
    for (const f of [...this.found]) {
      const next = this.toks[f.to];
      // A score is a small whole number; a dateline's year is none ("LONDON 1996-08-22").
      if ((f.type !== 'place' && f.type !== 'region') || next?.kind !== 'number' || !SCORE.test(next.text)) continue;
      this.add(this.bodyFound(f.from, f.to, 'pattern', 0.6));
    }
  }

  /** Are the mentions in [from, to) only countries and places strictly inside it, with unknown capitalised
   *  words around them ("Badrodin Haiti"; not "South Korean TV", where TV is an agent word)? */
  private onlyPlacesWithin(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const o = this.owner[k];
      if (!o && (!this.toks[k]!.cap || this.ix.cueWords.has(this.key(k)))) return false;
      if (o && (o.metonymOf || !['country', 'place', 'region'].includes(o.type) || o.from < from || o.to > to)) return false;
    }
    return this.owner[from] === null || this.owner[to - 1] === null;
  }

  /** "Pyongyang berencana", "keterlibatan Pyongyang", "Washington said": a capital not after a locative
   *  preposition stands for its government. */
  private capitalsAsGovernments(): void {
    for (const f of [...this.found]) {
      if (f.type !== 'place' || !f.geo || f.geo.featureCode !== 'PPLC' || !f.country || this.locativeBefore(f.from)) continue;
      const code = f.country + 'GOV';
      Object.assign(f, {
        type: 'government', id: `actor:${code}`, name: nameOfCode(code)!, entityCode: code,
        actorCode: code, geo: null, metonymOf: { id: f.id, name: f.name, geo: f.geo }, confidence: 0.8,
      });
    }
  }

  /** Agent words next to a country name give the sector: "pasukan Korea Utara", "Russian troops". */
  private qualifyCountries(): void {
    const toks = this.toks;
    for (const f of this.found) {
      if (f.type !== 'country' || f.role) continue;
      let sector: string | null = null;
      for (let k = Math.max(0, f.from - 3); k < f.from && !sector; k++) {
        const m = this.ix.agents.longestAt(toks, k, false);
        if (m?.end === f.from && this.free(k, f.from)) sector = m.values[0]!;
      }
      const after = toks[f.to]?.kind === 'possessive' ? f.to + 1 : f.to;
      sector ??= this.free(after, after + 1) ? (this.ix.agents.longestAt(toks, after, false)?.values[0] ?? null) : null;
      if (sector) f.actorCode = f.entityCode + sector;
    }
  }

  /** The tagger's names where no rule found one, or where it sees a longer person or organisation around a
   *  place or country ("Badrodin Haiti"). */
  private model(): void {
    if (!this.tags) return;
    for (const s of spansOf(this.tags)) {
      if (s.end - s.start === 1 && this.isStopword(s.start)) continue;
      if (!this.free(s.start, s.end) && !(s.kind !== 'LOC' && this.onlyPlacesWithin(s.start, s.end))) continue;
      const name = this.text(s.start, s.end);
      const base = { from: s.start, to: s.end, name, entityCode: null, actorCode: null, country: null, geo: null, metonymOf: null, source: 'model' as const, confidence: 0.7 };
      if (s.kind === 'PER') this.add({ ...base, type: 'person', id: `person:${slug(name)}` });
      else if (s.kind === 'LOC') {
        const p = placeIndex().longestAt(this.toks, s.start);
        if (p?.end === s.end) this.add(this.placeFound(p.values[0]!, s.start, s.end));
        else this.add({ ...base, type: this.regionCueAround(s.start, s.end) ? 'region' : 'place', id: `place:${slug(name)}` });
      } else {
        const body = this.bodyFound(s.start, s.end, 'model', 0.7);
        const media = this.ix.lexicon.reportVerbs.has(this.key(s.end)) || this.ix.mediaCues.longestAt(this.toks, s.end, false) !== null;
        this.add(media && body.type === 'organization' ? { ...body, type: 'media', id: this.mediaId(name) } : body);
      }
    }
  }
}

