// The event stage: triggers from the pack's verb lexicon, participants from frames over the entity mentions,
// modality from cue lists, then time, quantities and attribution from the other stages' results.
import type { Entity, Event, PloverType, Quantity, Quote, TimeExpr, Token } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { EntityResult } from '../entities/index.ts';
import { attributionAt } from '../quotes/attribution.ts';
import { cameoCode, cameoRef, quadClassOf } from './cameo.ts';
import { complementRole } from './complements.ts';
import { conjoined, fillFrame, modifierAgent, type FilledFrame } from './frames.ts';
import { cuesFor, findCues, modalityOf, type CueMatch } from './modality.ts';
import { sentenceView, type MentionAt, type SentenceView } from './sentence-view.ts';
import { findTriggers, knownVerb, parsedTriggers, type TriggerMatch } from './triggers.ts';
import type { EventLexicon, VerbEntry } from './lexicon.ts';
import { themeSpans } from './theme.ts';
import { deniedEvent, findDenial, hasDenialWord, type DenialLink } from './denials.ts';
import { parseFrame } from './lexicon-files.ts';
import { eventSignature } from './signature.ts';
import { agentWords, sectorAround, sectorNear } from './sectors.ts';
import { parseSentence } from '../syntax/index.ts';
import { dependencyTree, phraseHead, type DependencyTree } from './dependencies.ts';

export interface EventInputs extends EntityResult {
  times: TimeExpr[];
  quantities: Quantity[];
  quotes: Quote[];
  /** The article's own source link: the publisher where known. */
  articleSource: string;
  /** ISO publication date; with it, events of times long before it are historical. */
  publishedAt?: string;
}

/** The CAMEO code of a refusal (120 Reject): what a negated agreement is. */
const REFUSAL = cameoCode('120');

/** Types whose co-ordinated actors act on each other when no recipient is named ("A and B signed a treaty"). */
const RECIPROCAL = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT']);
/** A time "since …" or "before …" puts the event in the background. */
const BACKGROUND_MODIFIERS = new Set(['since', 'before']);
/** So does a time that ended this long before publication. */
const LONG_PAST_DAYS = 365;

function isBackground(time: TimeExpr, publishedAt: string | undefined): boolean {
  if (BACKGROUND_MODIFIERS.has(time.modifier ?? '')) return true;
  if (!publishedAt || !time.interval.end) return false;
  return Date.parse(publishedAt) - Date.parse(time.interval.end) > LONG_PAST_DAYS * 86_400_000;
}

interface Draft {
  event: Omit<Event, 'id'>;
  entry: VerbEntry;
  inheritRecipients: boolean;
  /** The place the act is done in, recipient of last resort. */
  scene: Event['recipients'][number] | null;
  /** An attack coded without an actor: its victims are named, who attacked is not ("six soldiers were killed"). */
  victims: boolean;
}

function treeOf(pack: LanguagePack, tokens: Token[]): DependencyTree | null {
  const parsed = parseSentence(pack, tokens);
  return parsed ? dependencyTree(parsed) : null;
}

/** Whether an event noun of the sentence is an oblique or object of trigger `t` in the parse. */
function governsEventNoun(v: SentenceView, t: TriggerMatch, triggers: TriggerMatch[]): boolean {
  const tree = v.tree;
  if (!tree) return false;
  const p = phraseHead(tree, t.first, t.last);
  return triggers.some((u) => u !== t && u.nominal && tree.head[phraseHead(tree, u.first, u.last)] === p);
}

function groupBySentence<T extends { sentence: number }>(xs: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of xs) {
    const list = out.get(x.sentence);
    if (list) list.push(x);
    else out.set(x.sentence, [x]);
  }
  return out;
}

/** The sector of the agent noun a bare country mention qualifies ("French workers"), or null. */
type SectorOf = (m: MentionAt) => string | null;

function participant(at: MentionAt, entities: Map<string, Entity>, sectorOf: SectorOf): Event['actors'][number] {
  const m = at.mention;
  const entity = entities.get(m.entityId);
  let actorCode = m.actorCode ?? entity?.actorCode ?? null;
  const country = entity?.country ?? entity?.geo?.country ?? (actorCode && /^[A-Z]{3}/.test(actorCode) ? actorCode.slice(0, 3) : null);
  // A bare country code ("FRA", or a dictionary actor "GON") may be narrowed by an agent noun around it.
  const base = actorCode ?? (m.type === 'country' ? country : null);
  if (base && /^[A-Z]{3}$/.test(base)) {
    const sector = sectorOf(at);
    if (sector) actorCode = base + sector;
  }
  return { sentence: m.sentence, start: m.start, end: m.end, text: m.text, entityId: m.entityId, mentionId: m.id, actorCode, country };
}

/** One participant per entity; a bare country beside a more specific actor of it ("Presiden Rusia Putin") goes. */
function participants(ms: MentionAt[], entities: Map<string, Entity>, sectorOf: SectorOf): Event['actors'] {
  const list = ms.map((m) => participant(m, entities, sectorOf)).filter((p, i, all) => all.findIndex((q) => q.entityId === p.entityId) === i);
  return list.filter((p) => !list.some((q) => q !== p && p.actorCode && q.actorCode && q.actorCode.length > p.actorCode.length && q.actorCode.startsWith(p.actorCode)));
}

/**
 * Tokens inside mentions, agent words ("forces", "pasukan": never verbs of an event), and cues that only
 * qualify an event (a threat cue may be its own event).
 */
function blockedTokens(v: SentenceView, cues: CueMatch[], agents: Set<string>): boolean[] {
  const out = v.lower.map((w) => agents.has(w));
  for (const m of v.mentions) for (let i = m.first; i <= m.last; i++) out[i] = true;
  for (const c of cues) {
    if (c.cue.effects.some((e) => e.field === 'threat')) continue;
    for (let i = c.first; i <= c.last; i++) out[i] = true;
  }
  return out;
}

/**
 * An event noun that modifies a unit noun names the unit, not an act: "brigade serangan udara", "assault
 * brigade" (the modifier side is the pack's).
 */
function namesUnit(v: SentenceView, t: TriggerMatch, agents: Set<string>, lex: EventLexicon): boolean {
  if (!t.nominal) return false;
  const head = lex.clauses.headInitial ? v.lower[t.first - 1] : v.lower[t.last + 1];
  return head !== undefined && agents.has(head);
}

function tokenIndexAt(v: SentenceView, offset: number): number {
  const i = v.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? v.tokens.length - 1 : i;
}

/** A time of the trigger's clause; else a sentence-opening time phrase ("Awal bulan ini, …") for the clause after it. */
function timeFor(v: SentenceView, t: TriggerMatch, times: TimeExpr[]): TimeExpr | null {
  const clause = v.clause[t.first]!;
  const placed = times.map((x) => ({ x, at: tokenIndexAt(v, x.start) }));
  const same = placed.filter((p) => v.clause[p.at] === clause).sort((a, b) => Math.abs(a.at - t.first) - Math.abs(b.at - t.first));
  if (same[0]) return same[0].x;
  const opening = placed.find((p) => v.clause[p.at] === 0);
  const openingHasActor = v.mentions.some((m) => v.clause[m.first] === 0);
  return opening && clause === 1 && !openingHasActor ? opening.x : null;
}

/** A verb of the lexicon in a form without a verb ending ("to support", not "to occupied territory"). */
function baseVerb(v: SentenceView, i: number, lex: EventLexicon): boolean {
  return knownVerb(v, i, lex) && !lex.clauses.verbEndings.some((e) => v.lower[i]!.endsWith(e));
}

function evidence(text: string, sentence: number, tokens: Token[], first: number, last: number) {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { sentence, start, end, text: text.slice(start, end) };
}

function draftFor(
  doc: SegmentedText,
  v: SentenceView,
  t: TriggerMatch,
  entry: VerbEntry,
  objectAt: number | null,
  frame: FilledFrame,
  reciprocal: boolean,
  modality: Event['modality'],
  inputs: EventInputs,
  entities: Map<string, Entity>,
  sectorOf: SectorOf,
  sentenceTimes: TimeExpr[],
  sentenceQuantities: Quantity[],
  lex: EventLexicon,
): Draft | null {
  let code = cameoCode(entry.cameo);
  let type = entry.type ?? code?.plover ?? null;
  if (!code || !type) return null;
  // Not agreeing is refusing ("will not accept refugees"): CAMEO codes it as a rejection, the negation spent.
  if (type === 'AGREE' && modality.polarity === 'negated' && REFUSAL) {
    code = REFUSAL;
    type = REFUSAL.plover!;
    modality.polarity = 'asserted';
  }
  const actors = participants(frame.actors, entities, sectorOf);
  let recipients = participants(frame.recipients, entities, sectorOf);
  if (recipients.length === 0 && actors.length > 1 && RECIPROCAL.has(type) && reciprocal) recipients = actors;
  const loc = frame.location;
  const locEntity = loc ? entities.get(loc.mention.entityId) : undefined;
  const time = timeFor(v, t, sentenceTimes);
  if (time && isBackground(time, inputs.publishedAt) && modality.stage === 'completed') modality.stage = 'historical';
  if (type === 'THREATEN') modality.threat = true;
  const clause = v.clause[t.first];
  const quantityIds = sentenceQuantities.filter((q) => v.clause[tokenIndexAt(v, q.start)] === clause).map((q) => q.id);
  const trigger = evidence(doc.text, v.index, v.tokens, t.first, t.last);
  // Actors without any code (a person no dictionary knows) make a weaker event.
  const coded = actors.some((a) => a.actorCode || a.country);
  const confidence = 0.5 + (coded ? 0.15 : -0.1) + (recipients.length ? 0.15 : 0) + (objectAt !== null ? 0.1 : 0) + (loc ? 0.05 : 0);
  const theme = themeSpans(v, t, type, frame, entry, lex, objectAt, (i) => baseVerb(v, i, lex));
  const span = (r: [number, number] | null) => (r ? evidence(doc.text, v.index, v.tokens, r[0], r[1]) : null);
  return {
    entry,
    inheritRecipients: recipients.length === 0 && entry.frame.some((r) => r.slot === 'recipient'),
    victims: actors.length === 0 && recipients.length > 0 && !!v.tree && (t.passive || t.nominal) && type === 'ASSAULT',
    scene: frame.scene ? (participants([frame.scene], entities, sectorOf)[0] ?? null) : null,
    event: {
      sentence: v.index,
      type,
      mode: entry.mode ?? code.mode,
      context: [...new Set([...code.context, ...entry.context])],
      cameo: cameoRef(code),
      quadClass: entry.type && entry.type !== code.plover ? quadClassOf(type) : (code.quad ?? quadClassOf(type)),
      goldstein: code.goldstein,
      trigger,
      actors,
      recipients,
      location: loc
        ? {
            sentence: loc.mention.sentence,
            start: loc.mention.start,
            end: loc.mention.end,
            text: loc.mention.text,
            entityId: loc.mention.entityId,
            mentionId: loc.mention.id,
            name: locEntity?.name ?? loc.mention.text,
            lat: locEntity?.geo?.lat ?? null,
            lon: locEntity?.geo?.lon ?? null,
            country: locEntity?.geo?.country ?? locEntity?.country ?? null,
          }
        : null,
      time: time ? { timeId: time.id, start: time.interval.start, end: time.interval.end, granularity: time.granularity } : null,
      quantityIds,
      object: span(theme.object),
      purpose: span(theme.purpose),
      denies: null,
      modality,
      attribution: attributionAt(inputs.quotes, { sentence: v.index, start: trigger.start, end: trigger.end }, inputs.articleSource),
      confidence: Math.min(0.95, confidence),
    },
  };
}

/** The reverse event of a paired code: the recipients act on the actors ("left for X" → X hosts a visit). */
function reversed(d: Draft): Draft | null {
  const code = d.entry.reverseCameo ? cameoCode(d.entry.reverseCameo) : null;
  if (!code?.plover || d.event.recipients.length === 0) return null;
  const e = d.event;
  return {
    entry: d.entry,
    inheritRecipients: false,
    scene: null,
    victims: false,
    event: {
      ...e,
      type: code.plover,
      mode: code.mode,
      context: code.context,
      cameo: cameoRef(code),
      quadClass: code.quad ?? quadClassOf(code.plover),
      goldstein: code.goldstein,
      actors: e.recipients,
      recipients: e.actors,
    },
  };
}

/** Mentions that report what is at the trigger: the speakers of the quotes whose content holds it. */
function sourcesOf(quotes: Quote[], v: SentenceView, t: TriggerMatch): Set<string> {
  const at = v.tokens[t.first]!.start;
  const out = new Set<string>();
  for (const q of quotes) {
    if (q.speaker?.mentionId && q.content.start <= at && at < q.content.end) out.add(q.speaker.mentionId);
  }
  return out;
}

function adverbialParticiple(v: SentenceView, t: TriggerMatch, lex: LanguagePack['events']): boolean {
  return t.first > 0 && v.lower[t.first - 1] === ',' && lex.clauses.activeEndings.some((e) => v.lower[t.first]!.endsWith(e));
}

/** Types whose place is a venue, not who is acted on ("met in Geneva", "signed in Moscow"). */
const VENUE_TYPES = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT']);

/**
 * An act done in a place with nobody else acted on is done to that place's holder ("Serbia lifted a curfew
 * in Montenegro", "will withdraw its force from Chad"); not a meeting's venue.
 */
function sceneRecipients(drafts: Draft[]): void {
  for (const d of drafts) {
    const s = d.scene;
    if (!d.inheritRecipients || d.event.recipients.length || !s || VENUE_TYPES.has(d.event.type)) continue;
    if (!s.country || d.event.actors.some((a) => a.entityId === s.entityId)) continue;
    d.event.recipients = [s];
  }
}

/** An event without a named recipient takes the one of the latest earlier event of its type and actor. */
function inheritRecipients(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (!d.inheritRecipients) return;
    const countries = new Set(d.event.actors.map((a) => a.country ?? a.entityId));
    for (let k = i - 1; k >= 0; k--) {
      const e = drafts[k]!.event;
      if (e.type !== d.event.type || e.recipients.length === 0) continue;
      if (!e.actors.some((a) => countries.has(a.country ?? a.entityId))) continue;
      d.event.recipients = e.recipients.filter((r) => !countries.has(r.country ?? r.entityId));
      d.event.confidence = Math.max(0.3, d.event.confidence - 0.1);
      return;
    }
  });
}

export function extractEvents(doc: SegmentedText, pack: LanguagePack, inputs: EventInputs): Event[] {
  const lex = pack.events;
  const entities = new Map(inputs.entities.map((e) => [e.id, e]));
  const tokens = groupBySentence(doc.tokens);
  const firstToken = new Map<number, number>();
  doc.tokens.forEach((t, i) => firstToken.has(t.sentence) || firstToken.set(t.sentence, i));
  const mentions = groupBySentence(inputs.mentions);
  const times = groupBySentence(inputs.times);
  const quantities = groupBySentence(inputs.quantities);
  const agents = agentWords(pack.entities);
  const drafts: Draft[] = [];
  const denials: DenialLink<Draft['event']>[] = [];
  for (const s of doc.sentences) {
    const sentenceTokens = tokens.get(s.index) ?? [];
    const from = firstToken.get(s.index) ?? 0;
    const v = sentenceView(s.index, sentenceTokens, mentions.get(s.index) ?? [], lex, doc.lower.slice(from, from + sentenceTokens.length));
    const cues = findCues(v, lex);
    const candidates = findTriggers(v, lex, blockedTokens(v, cues, agents)).filter((t) => !namesUnit(v, t, agents, lex));
    // Only a sentence with a trigger or a denial word is parsed: parsing is the stage's costliest step.
    if (lex.clauses.parseRoles && (candidates.length || hasDenialWord(v, lex))) v.tree = treeOf(pack, sentenceTokens);
    const triggers = parsedTriggers(v, candidates, lex);
    const denial = findDenial(v, lex, (i) => triggers.some((t) => t.first === i));
    if (denial) {
      const d = denialDraft(doc, v, denial, cues, lex, inputs, entities, pack);
      if (d) denials.push(d);
    }
    if (triggers.length === 0) continue;
    const sectorOf: SectorOf = (m) => sectorAround(v, m, lex, pack.entities, (i) => knownVerb(v, i, lex));
    const consumed = new Set<number>();
    const coded: TriggerMatch[] = [];
    const plannedBy = new Map<number, TriggerMatch>();
    let mainActors: FilledFrame['actors'] = [];
    for (const t of triggers) {
      if (consumed.has(t.first)) continue;
      for (const sense of t.senses) {
        if (sense.entry.cameo === '---') break; // a form that codes nothing
        const frame = fillFrame(v, t, sense.entry, lex, sourcesOf(inputs.quotes, v, t), (i) => knownVerb(v, i, lex));
        // An event noun governed by an event verb of its clause ("condemned the attack on X") does not share
        // that verb's subject, as agent or as victim.
        const governor = t.nominal ? coded.findLast((o) => o.last < t.first && v.clause[o.last] === v.clause[t.first]) : undefined;
        if (governor) {
          frame.actors = frame.actors.filter((a) => a.first > governor.last);
          frame.recipients = frame.recipients.filter((a) => a.first > governor.last);
        }
        // ", killing 20 people": an active form opening a comma clause has the subject of the clause before.
        if (mainActors.length && adverbialParticiple(v, t, lex)) frame.actors = mainActors;
        if (sense.entry.actorSector && !sectorNear(v, t, frame, sense.entry.actorSector, pack.entities)) continue;
        const modality = modalityOf(doc.text, v, cuesFor(v, t, cues), 'completed');
        const promise = plannedBy.get(t.first);
        if (promise && modality.stage === 'completed') {
          modality.stage = 'planned';
          modality.cues.push(evidence(doc.text, v.index, v.tokens, promise.first, promise.last));
        }
        const reciprocal = conjoined(v, frame.actors, lex);
        const d = draftFor(doc, v, t, sense.entry, sense.objectAt, frame, reciprocal, modality, inputs, entities, sectorOf, times.get(s.index) ?? [], quantities.get(s.index) ?? [], lex);
        if (!d) break; // the sense's code has no PLOVER event (a dropped or unknown code): nothing to code
        // "Six soldiers were killed in a drone strike": the strike is the one act, coded from the noun.
        if (d.victims && governsEventNoun(v, t, triggers)) break;
        drafts.push(d);
        const reverse = reversed(d);
        if (reverse) drafts.push(reverse);
        for (const c of frame.consumed) consumed.add(c);
        // The object that chose the sense ("launched an attack") is part of this event, not one of its own.
        if (sense.objectAt !== null && sense.objectAt > t.last) consumed.add(sense.objectAt);
        // A verb with no actor ("were killed in a strike") governs nobody's event noun.
        if (frame.actors.length) coded.push(t);
        // The verb a purpose of sending or handing over opens with ("sent troops to support the war", "untuk
        // mendukung") is what the things are for, not an act of its own ("summoned X to complain" is one).
        if (d.event.purpose && d.event.object) consumed.add(tokenIndexAt(v, d.event.purpose.start) + 1);
        if (frame.actors.length) mainActors = frame.actors;
        const complement = complementRole(v, t, d.event.type, triggers, lex);
        if (complement?.role === 'part') consumed.add(complement.trigger.first);
        else if (complement) plannedBy.set(complement.trigger.first, t);
        break;
      }
    }
  }
  inheritRecipients(drafts);
  const kept = drafts.filter((d) => !d.entry.needsRecipient || d.event.recipients.length > 0);
  sceneRecipients(kept);
  const coded = distinct(kept.filter((d) => d.event.actors.length > 0 || d.victims)).map((d) => d.event);
  return withDenials(coded, denials);
}

/** The frame of a denial verb: its subject denies. */
const DENIAL_ENTRY: VerbEntry = {
  lemmas: [], forms: [], cameo: '120', reverseCameo: null, type: 'REJECT', mode: null, context: [], objects: [], tier: 0,
  reach: { before: 0, after: 0 }, actorSector: '', pos: 'verb', passiveOwnerActs: false, needsRecipient: false,
  frame: parseFrame('actor=subject'),
};

/** The REJECT event of a denial: its subject denies, or the speaker of the quote that calls it untrue. */
function denialDraft(
  doc: SegmentedText,
  v: SentenceView,
  cue: DenialLink<Draft['event']>['cue'],
  cues: CueMatch[],
  lex: EventLexicon,
  inputs: EventInputs,
  entities: Map<string, Entity>,
  pack: LanguagePack,
): DenialLink<Draft['event']> | null {
  if (!REFUSAL?.plover) return null;
  const t: TriggerMatch = { first: cue.first, last: cue.last, senses: [], passive: false, noun: false, nominal: false };
  const trigger = evidence(doc.text, v.index, v.tokens, cue.first, cue.last);
  const sectorOf: SectorOf = (m) => sectorAround(v, m, lex, pack.entities, (i) => knownVerb(v, i, lex));
  let actors = cue.kind === 'verb' ? participants(fillFrame(v, t, DENIAL_ENTRY, lex).actors, entities, sectorOf) : [];
  if (actors.length === 0) {
    const q = inputs.quotes.find((x) => x.speaker?.mentionId && x.content.start <= trigger.start && trigger.start < x.content.end);
    const m = q ? inputs.mentions.find((x) => x.id === q.speaker!.mentionId) : undefined;
    if (m) actors = participants([{ mention: m, first: -1, last: -1 }], entities, () => null);
  }
  if (actors.length === 0) return null;
  const span = evidence(doc.text, v.index, v.tokens, cue.span[0], cue.span[1]);
  const modality = modalityOf(doc.text, v, cuesFor(v, t, cues), 'completed');
  // Whose claim is denied: the claim noun's modifier ("South Korea's claims", "klaim Korea Selatan").
  const claimant = cue.claimAt === null ? [] : modifierAgent(v, { ...t, first: cue.claimAt, last: cue.claimAt }, lex, (i) => knownVerb(v, i, lex));
  const recipients = participants(claimant, entities, sectorOf).filter((r) => !actors.some((a) => a.entityId === r.entityId));
  const event: Draft['event'] = {
    sentence: v.index,
    type: REFUSAL.plover,
    mode: REFUSAL.mode,
    context: REFUSAL.context,
    cameo: cameoRef(REFUSAL),
    quadClass: REFUSAL.quad ?? quadClassOf(REFUSAL.plover),
    goldstein: REFUSAL.goldstein,
    trigger,
    actors,
    recipients,
    location: null,
    time: null,
    quantityIds: [],
    object: null,
    purpose: null,
    // Unresolved until withDenials finds the denied event.
    denies: { eventId: null, signature: '?|?|?', evidence: span },
    modality,
    attribution: attributionAt(inputs.quotes, trigger, inputs.articleSource),
    confidence: 0.7,
  };
  const denier = new Set(actors.flatMap((a) => [a.entityId, ...(a.country ? [a.country] : [])]));
  return { denial: event, sentence: v.index, cue, range: { start: span.start, end: span.end }, denier };
}

/**
 * Adds the denials to the coded events (a denial verb already coded otherwise becomes the denial), links
 * each to what it denies, marks that event denied where the denier's word counts, and numbers all events.
 */
function withDenials(coded: Draft['event'][], links: DenialLink<Draft['event']>[]): Event[] {
  const all = [...coded];
  for (const link of links) {
    const same = all.filter((e) => e.trigger.start === link.denial.trigger.start);
    all.splice(0, all.length, ...all.filter((e) => !same.includes(e)), link.denial);
  }
  all.sort((a, b) => a.sentence - b.sentence || a.trigger.start - b.trigger.start);
  const ids = new Map(all.map((e, i) => [e, `ev${i + 1}`]));
  for (const link of links) {
    const found = deniedEvent(link, all.filter((e) => !links.some((l) => l.denial === e)));
    if (!found) continue;
    link.denial.denies = { ...link.denial.denies!, eventId: ids.get(found.event)!, signature: eventSignature(found.event) };
    if (found.polarityDenied) found.event.modality.polarity = 'denied';
  }
  return all.map((e) => ({ id: ids.get(e)!, ...e }));
}

/** One event per trigger, code and direction: a reciprocal event and its reverse ("X and Y met") are one fact. */
function distinct(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  const codes = (ps: Event['actors']) => ps.map((p) => p.actorCode ?? p.entityId).sort().join(',');
  return drafts.filter(({ event: e }) => {
    const key = `${e.trigger.start}:${e.cameo.code}:${codes(e.actors)}>${codes(e.recipients)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
