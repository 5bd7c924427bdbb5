// Finding event triggers: words whose lemma (through the pack's morphology) or irregular form is a verb of the
// lexicon, with the senses that fit (those whose object words stand nearby come first).
import type { EventLexicon, VerbEntry } from './lexicon.ts';
import type { Analysis } from './morphology.ts';
import { phraseAt, readsAs, type SentenceView } from './sentence-view.ts';
import { base, markers, phraseHead } from './dependencies.ts';

export interface TriggerMatch {
  first: number;
  last: number;
  /** Senses in order of preference: the most specific (object matched, longest lemma) first. */
  senses: { entry: VerbEntry; objectAt: number | null }[];
  passive: boolean;
  /** Read as a noun ("serangan", "pengiriman"): its actor may follow it as a genitive ("serangan Israel"). */
  noun: boolean;
  /** Stands as a noun: read as one, after a noun marker ("the attack", "Russia's invasion"), or where no verb fits. */
  nominal: boolean;
}

interface VerbIndex {
  byLemma: Map<string, { entry: VerbEntry; form: string[] }[]>;
  byForm: Map<string, { entry: VerbEntry; form: string[] }[]>;
  /** Per word, its readings whose stem starts a lemma (mostly none): words repeat, so this is cached. */
  lemmaReadings: Map<string, Analysis[]>;
}

function lemmaReadings(v: SentenceView, i: number, idx: VerbIndex): Analysis[] {
  const word = v.lower[i]!;
  let r = idx.lemmaReadings.get(word);
  if (!r) idx.lemmaReadings.set(word, (r = v.readings[i]!.filter((a) => idx.byLemma.has(a.stem))));
  return r;
}

const indexes = new WeakMap<EventLexicon, VerbIndex>();

function indexOf(lex: EventLexicon): VerbIndex {
  let idx = indexes.get(lex);
  if (idx) return idx;
  idx = { byLemma: new Map(), byForm: new Map(), lemmaReadings: new Map() };
  const push = <T>(m: Map<string, T[]>, k: string, x: T) => {
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  };
  for (const entry of lex.verbs) {
    for (const lemma of entry.lemmas) push(idx.byLemma, lemma[0]!, { entry, form: lemma });
    for (const form of entry.forms) push(idx.byForm, form[0]!, { entry, form });
  }
  indexes.set(lex, idx);
  return idx;
}

/** Whether token i is a form of a verb or event noun the lexicon knows. */
export function knownVerb(v: SentenceView, i: number, lex: EventLexicon): boolean {
  const idx = indexOf(lex);
  return idx.byForm.has(v.lower[i]!) || lemmaReadings(v, i, idx).length > 0;
}

/** Objects are looked for this far after the trigger (same clause) and before it (same sentence). */
const OBJECT_AFTER = 8;
const OBJECT_BEFORE = 12;

/** An entry's object phrases by first word (built once per entry). */
const objectIndexes = new WeakMap<VerbEntry, Map<string, string[][]>>();

function objectIndex(entry: VerbEntry): Map<string, string[][]> {
  let idx = objectIndexes.get(entry);
  if (!idx) {
    idx = new Map();
    for (const o of entry.objects) idx.set(o[0]!, [...(idx.get(o[0]!) ?? []), o]);
    objectIndexes.set(entry, idx);
  }
  return idx;
}

/** Positions of each word key in the trigger's object window. */
function windowKeys(v: SentenceView, first: number, last: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const lo = Math.max(0, first - OBJECT_BEFORE);
  const hi = Math.min(v.tokens.length - 1, last + OBJECT_AFTER);
  for (let i = lo; i <= hi; i++) {
    if (i >= first && i <= last) continue;
    if (i > last && v.clause[i] !== v.clause[last]) break;
    for (const key of v.keys[i]!) {
      const list = out.get(key);
      if (list) list.push(i);
      else out.set(key, [i]);
    }
  }
  return out;
}

/**
 * A past form right after a mention ("said Ukraine attacked": a verb ending that is not an active one) is the
 * verb of a clause of its own after the trigger, never its object.
 */
function clauseVerb(v: SentenceView, i: number, lex: EventLexicon): boolean {
  const w = v.lower[i]!;
  const { verbEndings, activeEndings } = lex.clauses;
  if (!verbEndings.some((e) => w.endsWith(e) && !activeEndings.includes(e))) return false;
  return v.mentions.some((m) => m.last === i - 1);
}

/** The nearest position where one of the entry's object phrases starts, or null. */
function objectNear(v: SentenceView, first: number, window: Map<string, number[]>, entry: VerbEntry, lex: EventLexicon): number | null {
  if (entry.objects.length === 0) return null;
  const idx = objectIndex(entry);
  let best: number | null = null;
  const byWindow = idx.size >= window.size;
  for (const key of byWindow ? window.keys() : idx.keys()) {
    const phrases = idx.get(key);
    const at = window.get(key);
    if (!phrases || !at) continue;
    for (const i of at) {
      if (i < first ? first - i > entry.reach.before : i - first > entry.reach.after) continue;
      if (best !== null && Math.abs(i - first) >= Math.abs(best - first)) continue;
      if (i > first && clauseVerb(v, i, lex)) continue;
      for (const o of phrases) {
        if (phraseAt(v, i, o)) {
          best = i;
          break;
        }
      }
    }
  }
  return best;
}

function isPassive(v: SentenceView, first: number, last: number, nounOrPassive: 'passive' | 'noun' | null, lex: EventLexicon, lemma: string): boolean {
  if (nounOrPassive === 'passive') return true;
  const word = v.lower[first]!;
  // A base form is never a participle, nor is a form with an active ending ("is investigating").
  if (word === lemma || lex.clauses.activeEndings.some((e) => word.endsWith(e))) return false;
  const aux = lex.clauses.passiveAux;
  if (aux.size === 0) return false;
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) if (aux.has(v.lower[k]!)) return true;
  const next = v.lower[last + 1];
  return next !== undefined && lex.clauses.passiveAgents.has(next);
}

/** Does `form` (after its first word) continue at token i + 1? `literal` compares the words as written. */
function restMatches(v: SentenceView, i: number, form: string[], literal: boolean): boolean {
  for (let k = 1; k < form.length; k++) {
    const at = i + k;
    if (at >= v.tokens.length) return false;
    if (literal ? v.lower[at] !== form[k] : !readsAs(v, at, form[k]!)) return false;
  }
  return true;
}

/**
 * Object senses of the first list first (the nearest object, one after the trigger before one before it), then
 * those of later lists, then sector senses, then bare senses.
 */
function preference(first: number, s: { entry: VerbEntry; objectAt: number | null }): number {
  const tier = s.entry.tier * 1000;
  if (s.objectAt !== null) return tier + (s.objectAt > first ? s.objectAt - first : 100 + first - s.objectAt);
  return tier + (s.entry.actorSector ? 300 : 600);
}

const suffixMarkers = new WeakMap<Set<string>, string[]>();

/** A marker word, or a word ending in a '*'-marker's suffix ("*'s": "Russia's conflict", "*ly": "routinely"). */
function isMarker(word: string, markers: Set<string>): boolean {
  if (markers.has(word)) return true;
  let suffixes = suffixMarkers.get(markers);
  if (!suffixes) suffixMarkers.set(markers, (suffixes = [...markers].filter((m) => m.startsWith('*')).map((m) => m.slice(1))));
  for (const x of suffixes) if (word.endsWith(x)) return true;
  return false;
}

/** Whether a form can be a finite verb here: it has a verb ending, or follows a finite cue or a mention. */
function finiteContext(v: SentenceView, i: number, lex: EventLexicon): boolean {
  const { verbEndings, finiteCues, activeEndings } = lex.clauses;
  if (verbEndings.length === 0 || i === 0) return true;
  const w = v.lower[i]!;
  const afterCue = isMarker(v.lower[i - 1]!, finiteCues) || v.mentions.some((m) => m.last === i - 1);
  // An active form right after a plural noun modifies it ("refugees fleeing the war", "roads leading to"):
  // after an auxiliary, a mention or a clause break it is a verb ("are fleeing", ", killing 20").
  if (activeEndings.some((e) => w.endsWith(e))) return afterCue || !pluralNoun(v, i - 1, lex);
  if (verbEndings.some((e) => w.endsWith(e))) return true;
  return afterCue;
}

/** A lower-case plural noun: a plural ending, and no marker, conjunction, clause break or verb ending. */
function pluralNoun(v: SentenceView, k: number, lex: EventLexicon): boolean {
  const w = v.lower[k]!;
  const c = lex.clauses;
  if (v.tokens[k]!.kind !== 'word' || v.capitalised[k] || !c.pluralEndings.some((e) => w.endsWith(e))) return false;
  return !c.nounMarkers.has(w) && !c.conjunctions.has(w) && !c.breaks.has(w) && !c.finiteCues.has(w) && !c.verbEndings.some((e) => w.endsWith(e));
}

/**
 * The triggers of a sentence. `blocked` tokens are never triggers: those inside entity mentions ("Engineering
 * Corps") and modality cues ("plans", "began"), which say how an event happens rather than what it is.
 */
export function findTriggers(v: SentenceView, lex: EventLexicon, blocked: readonly boolean[] = []): TriggerMatch[] {
  const idx = indexOf(lex);
  const out: TriggerMatch[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (v.tokens[i]!.kind !== 'word' || blocked[i]) continue;
    if (v.capitalised[i] && i > 0 && !v.headline) continue; // a word of a name, not a verb
    const byForm = idx.byForm.get(v.lower[i]!);
    const readings = lemmaReadings(v, i, idx);
    if (!byForm && readings.length === 0) continue;
    const afterMarker = i > 0 && isMarker(v.lower[i - 1]!, lex.clauses.nounMarkers);
    const finite = finiteContext(v, i, lex);
    const nounPosition = afterMarker || !finite;
    // Irregular forms ("sent", "met") are verbs wherever they stand, unless they could be plurals.
    const formNounPosition = afterMarker || (!finite && (v.lower[i]!.endsWith('s') || lex.clauses.activeEndings.some((e) => v.lower[i]!.endsWith(e))));
    // After an infinitive marker only a base form is a verb: "to send", but "to occupied territory".
    const baseOnly = i > 0 && lex.clauses.infinitiveMarkers.has(v.lower[i - 1]!);
    const found: { entry: VerbEntry; last: number; tag: 'passive' | 'noun' | null }[] = [];
    let last = -1;
    for (const r of readings) {
      if (r.tag === 'agent' || (baseOnly && r.stem !== v.lower[i])) continue; // a doer noun names no act
      for (const { entry, form } of idx.byLemma.get(r.stem) ?? []) {
        if ((r.tag === 'noun' || nounPosition) && entry.pos === 'verb') continue;
        if (!restMatches(v, i, form, false)) continue;
        found.push({ entry, last: i + form.length - 1, tag: r.tag });
        last = Math.max(last, i + form.length - 1);
      }
    }
    for (const { entry, form } of byForm ?? []) {
      if ((formNounPosition && entry.pos === 'verb') || baseOnly || !restMatches(v, i, form, true)) continue;
      found.push({ entry, last: i + form.length - 1, tag: null });
      last = Math.max(last, i + form.length - 1);
    }
    if (found.length === 0) continue;
    const window = found.some((f) => f.entry.objects.length > 0) ? windowKeys(v, i, last) : new Map<string, number[]>();
    const seen = new Set<VerbEntry>();
    const senses: { entry: VerbEntry; objectAt: number | null; tag: 'passive' | 'noun' | null }[] = [];
    // Tier by tier: once a tier has a sense that codes without conditions, later tiers cannot come first.
    found.sort((a, b) => a.entry.tier - b.entry.tier);
    let settledTier = Infinity;
    for (const f of found) {
      if (f.last !== last || seen.has(f.entry) || f.entry.tier > settledTier) continue;
      seen.add(f.entry);
      const objectAt = objectNear(v, i, window, f.entry, lex);
      if (f.entry.objects.length > 0 && objectAt === null) continue;
      senses.push({ entry: f.entry, objectAt, tag: f.tag });
      if (!f.entry.actorSector) settledTier = Math.min(settledTier, f.entry.tier);
    }
    if (senses.length === 0) continue;
    senses.sort((a, b) => preference(i, a) - preference(i, b));
    out.push({
      first: i,
      last,
      senses: senses.map(({ entry, objectAt }) => ({ entry, objectAt })),
      passive: isPassive(v, i, last, senses[0]!.tag, lex, senses[0]!.entry.lemmas[0]?.[0] ?? ''),
      noun: senses[0]!.tag === 'noun',
      // Where only a noun can stand ("a Ukrainian missile strike": no finite context) the trigger is one too.
      nominal: senses[0]!.tag === 'noun' || afterMarker || (nounPosition && senses[0]!.entry.pos === 'any'),
    });
    i = last;
  }
  return out;
}

/** Relations of a word inside a name or a noun compound ("Air Assault Brigade", "attack helicopters"). */
const NAME_PARTS = new Set(['flat', 'flat:name', 'compound', 'fixed', 'goeswith']);

/**
 * The triggers the parse leaves: a proper name, or a part of a name or noun compound, is no event ("the Strike
 * Group" opening a sentence, "attack helicopters"). In a headline, where every word is capitalised, the
 * tagger's names say nothing.
 */
export function parsedTriggers(v: SentenceView, triggers: TriggerMatch[], lex: EventLexicon): TriggerMatch[] {
  const tree = v.tree;
  if (!tree) return triggers;
  const out: TriggerMatch[] = [];
  // Only the marker that opens nothing but purposes before a verb ("to"): "untuk" opens complements too
  // ("menolak untuk mengirim"), and the parser labels both alike.
  const purpose = (k: number) => lex.clauses.purposeVerbMarkers.has(v.lower[k]!);
  for (const t of triggers) {
    const p = phraseHead(tree, t.first, t.last);
    // A purpose ("used its superiority to defeat Ukraine") belongs to the act it is the purpose of.
    if (base(tree, p) === 'advcl' && markers(tree, p).some(purpose)) continue;
    const upos = tree.upos[p]!;
    const part = NAME_PARTS.has(tree.deprel[p]!) && /^(NOUN|PROPN)$/.test(tree.upos[tree.head[p]!] ?? '');
    // A verb form the tagger took for part of a compound ("missiles only struck insurgents") stays a verb.
    if (!v.headline && (upos === 'PROPN' || (part && t.nominal))) continue;
    out.push(t);
  }
  return out;
}
