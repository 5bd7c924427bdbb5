// The entity stage: every name in the article as a mention with a canonical link, and each real-world thing once
// as an entity.
//
// Conventions (what consumers may rely on):
// - Name mentions never overlap. A country name qualified by an agent word stays a country mention whose
//   actorCode carries the sector ("pasukan Korea Utara" → mention "Korea Utara", entity country:PRK, actorCode
//   PRKMIL); a named body is its own mention ("Kementerian Pertahanan AS" → actor:USAMIL).
// - Role phrases (source 'title': "Sekretaris Jenderal Pers Pentagon" before "Pat Ryder") are person mentions
//   that may contain name mentions. A role phrase with no name is linked to the one named person of the same
//   actor code in the article (confidence 0.5); with none or several it is its own entity role:<slug>.
//   Their form is 'role'; name-level scoring (NER) leaves them out: see nameMentions().
// - A demonym or nationality adjective ("Russian forces", "Iraqis") is a mention of the country with the form
//   'adjective'; the pack's countries.tsv marks which of its strings are demonyms.
// - A capital acting as its government ("Pyongyang mengumumkan") is a government mention of actor:PRKGOV with
//   metonymOf the place entity, which is listed among the entities (its mentionIds may be empty).
// - Ids: country:ISO3, actor:CODE, geonames:ID (place:<slug> when GeoNames lacks it), person:<slug>,
//   media:<slug>, org:<slug>, role:<slug>.
import type { Entity, Mention } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import { nameOfCode } from './codes.ts';
import { packIndex } from './pack-index.ts';
import { SentenceRecogniser, sentenceTokens, type Found, type SentenceResult } from './recognise.ts';
import { isCapitalised } from './phrases.ts';

export interface EntityResult {
  entities: Entity[];
  mentions: Mention[];
}

export interface EntityOptions {
  /** ISO date of publication: dated roles ("Putin" as RUSGOV) are resolved on it. Default: roles still in force. */
  date?: string | null;
}

/** Only the pack's entity lexicon is read. */
export function extractEntities(
  doc: SegmentedText,
  pack: Pick<LanguagePack, 'entities'>,
  options: EntityOptions = {},
): EntityResult {
  const ix = packIndex(pack.entities);
  // Tokens come in sentence order: each sentence is one run of them.
  const results: SentenceResult[] = [];
  for (let from = 0; from < doc.tokens.length; ) {
    const sentence = doc.tokens[from]!.sentence;
    let to = from + 1;
    while (to < doc.tokens.length && doc.tokens[to]!.sentence === sentence) to++;
    const toks = sentenceTokens(doc.tokens.slice(from, to), doc.lower.slice(from, to));
    results.push(new SentenceRecogniser(ix, toks, sentence, options.date ?? null).run());
    from = to;
  }
  dropOrdinaryWords(results);
  resolvePersons(results);
  resolveOrganisations(results);
  linkRoles(results);
  return number(doc.text, results);
}

/** Mentions that are names (for NER scoring): no role phrases, no demonyms. */
export function nameMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.form === 'name');
}

/** A word the tagger calls a name only where a sentence opens ("Analysts", "Two") is an ordinary word when
 *  the article writes it in small letters elsewhere. */
function dropOrdinaryWords(results: SentenceResult[]): void {
  const small = new Set<string>();
  for (const r of results) for (const t of r.toks) if (t.kind === 'word' && !t.cap) small.add(t.key);
  for (const r of results) {
    const ordinary = r.found.filter((f) => {
      const opening = f.from === 0 || r.toks[f.from - 1]!.kind === 'punct';
      return f.source === 'model' && f.to - f.from === 1 && opening && small.has(r.toks[f.from]!.key);
    });
    for (const f of ordinary) {
      r.found.splice(r.found.indexOf(f), 1);
      r.owner[f.from] = null;
    }
  }
}

const mayBeSurname = (f: Found) =>
  f.source !== 'pattern' && (f.type === 'place' || f.type === 'organization' || f.type === 'country' || (f.type === 'government' && f.metonymOf !== null));

/** A surname alone ("Ryder") is the person named in full elsewhere in the article. */
function resolvePersons(results: SentenceResult[]): void {
  const bySurname = new Map<string, Found>();
  for (const r of results)
    for (const f of r.found) {
      if (f.type !== 'person' || f.role || f.to - f.from < 2) continue;
      const surname = r.toks[f.to - 1]!.text;
      if (!bySurname.has(surname)) bySurname.set(surname, f);
    }
  if (bySurname.size === 0) return;
  for (const r of results) {
    for (const f of r.found) {
      // A word alone that is also a town, a country, a capital standing for its government or an unknown body
      // is the person the article named with it ("Arafat", "Jordan", "Washington").
      const alone = f.to - f.from === 1 && !f.role && (f.type === 'person' || mayBeSurname(f));
      const full = alone ? bySurname.get(r.toks[f.from]!.text) : undefined;
      if (full && full.id !== f.id) Object.assign(f, personOf(full), { source: 'coreference', confidence: 0.8 });
    }
    r.toks.forEach((t, k) => {
      const full = !r.owner[k] && t.kind === 'word' && isCapitalised(t.text) ? bySurname.get(t.text) : undefined;
      if (!full) return;
      const f: Found = { ...personOf(full), sentence: r.sentence, from: k, to: k + 1, source: 'coreference', confidence: 0.8 };
      r.found.push(f);
      r.owner[k] = f;
    });
  }
}

function personOf(f: Found): Omit<Found, 'sentence' | 'from' | 'to' | 'source' | 'confidence'> {
  return { type: 'person', id: f.id, name: f.name, entityCode: f.entityCode, actorCode: f.actorCode, country: f.country, geo: null, metonymOf: null };
}

const BODIES = new Set(['organization', 'government', 'military', 'media', 'group']);

/** A shorter name of a body named in full elsewhere with its country ("Korps Teknik" after "Korps Teknik Korea
 *  Utara") is that body. */
function resolveOrganisations(results: SentenceResult[]): void {
  const coded = results.flatMap((r) => r.found).filter((f) => BODIES.has(f.type) && f.entityCode && f.source !== 'gazetteer');
  if (coded.length === 0) return;
  for (const r of results)
    for (const f of r.found) {
      if (!BODIES.has(f.type) || f.entityCode || f.source === 'gazetteer') continue;
      const full = coded.find((c) => c.name === f.name || c.name.startsWith(f.name + ' '));
      if (full) Object.assign(f, { type: full.type, id: full.id, entityCode: full.entityCode, actorCode: full.actorCode, country: full.country, source: 'coreference', confidence: 0.7 });
    }
}

/** A role phrase without a name is the one person of that actor named in the article, if there is exactly one. */
function linkRoles(results: SentenceResult[]): void {
  const persons = new Map<string, Map<string, Found>>();
  for (const r of results)
    for (const f of r.found)
      if (f.type === 'person' && !f.id.startsWith('role:') && f.actorCode) {
        const byId = persons.get(f.actorCode) ?? new Map<string, Found>();
        byId.set(f.id, f);
        persons.set(f.actorCode, byId);
      }
  for (const r of results)
    for (const f of r.found) {
      if (!f.role || f.role.linked || !f.role.code) continue;
      const candidates = [...(persons.get(f.role.code)?.values() ?? [])];
      if (candidates.length !== 1) continue;
      const p = candidates[0]!;
      Object.assign(f, { id: p.id, name: p.name, actorCode: p.actorCode, country: p.country, confidence: 0.5 });
    }
}

function number(text: string, results: SentenceResult[]): EntityResult {
  const all = results.flatMap((r) =>
    r.found.map((f) => ({ f, start: r.toks[f.from]!.start, end: r.toks[f.to - 1]!.end })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const entityOf = (id: string, f: Found): Entity => {
    let e = entities.get(id);
    if (!e) {
      // Bodies coded by country and sector get one name in every language ("United States military").
      const name = (id.startsWith('actor:') && nameOfCode(id.slice(6))) || f.name;
      e = { id, type: f.type, name, country: f.country, actorCode: f.entityCode, geo: f.geo, mentionIds: [] };
      entities.set(id, e);
    }
    return e;
  };
  // Names first, so an entity takes its type and name from a name rather than from a role phrase.
  for (const { f } of all) if (!f.role || f.id.startsWith('role:')) entityOf(f.id, f);
  all.forEach(({ f, start, end }, k) => {
    const id = `m${k + 1}`;
    const mention: Mention = {
      id, start, end, text: text.slice(start, end), sentence: f.sentence, entityId: f.id, type: f.type,
      actorCode: f.actorCode, metonymOf: f.metonymOf?.id ?? null, source: f.source, confidence: f.confidence,
      form: f.role ? 'role' : f.adjective ? 'adjective' : 'name',
    };
    mentions.push(mention);
    entityOf(f.id, f).mentionIds.push(id);
    if (f.metonymOf && !entities.has(f.metonymOf.id)) {
      const m = f.metonymOf;
      entities.set(m.id, { id: m.id, type: 'place', name: m.name, country: m.geo.country, actorCode: null, geo: m.geo, mentionIds: [] });
    }
  });
  return { entities: [...entities.values()], mentions };
}
