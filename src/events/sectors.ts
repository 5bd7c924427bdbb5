// Sectors from agent words: whether the actor of a trigger is of a sector (MIL for "troops arrive"), and the
// sector of the agent noun a bare country mention qualifies ("French workers", "rebels in Chad").
import type { EntityLexicon } from '../entities/lexicon.ts';
import type { FilledFrame } from './frames.ts';
import type { EventLexicon } from './lexicon.ts';
import { phraseAt, type MentionAt, type SentenceView } from './sentence-view.ts';
import type { TriggerMatch } from './triggers.ts';

const SECTOR_TYPES: Record<string, string> = { MIL: 'military', GOV: 'government', MED: 'media' };

const agentIndexes = new WeakMap<EntityLexicon, Map<string, string[][]>>();

function agentPhrases(lex: EntityLexicon, sector: string): string[][] {
  let idx = agentIndexes.get(lex);
  if (!idx) {
    idx = new Map();
    for (const a of lex.agents ?? []) {
      const list = idx.get(a.sector) ?? [];
      for (const w of a.words) list.push(w.toLowerCase().split(/\s+/));
      idx.set(a.sector, list);
    }
    agentIndexes.set(lex, idx);
  }
  return idx.get(sector) ?? [];
}

export function sectorNear(v: SentenceView, t: TriggerMatch, frame: FilledFrame, sector: string, lex: EntityLexicon): boolean {
  if (frame.actors.some((a) => (a.mention.actorCode ?? '').endsWith(sector) || a.mention.type === SECTOR_TYPES[sector])) return true;
  const phrases = agentPhrases(lex, sector);
  for (let i = t.first - 1; i >= 0 && v.clause[i] === v.clause[t.first]; i--) {
    if (phrases.some((p) => phraseAt(v, i, p))) return true;
  }
  return false;
}

const agentWordSets = new WeakMap<EntityLexicon, Set<string>>();

/** The one-word agent nouns of a lexicon, in lower case ("troops", "forces", "pasukan"). */
export function agentWords(lex: EntityLexicon): Set<string> {
  let set = agentWordSets.get(lex);
  if (!set) {
    set = new Set((lex.agents ?? []).flatMap((a) => a.words).filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));
    agentWordSets.set(lex, set);
  }
  return set;
}

interface AgentPhrase {
  words: string[];
  sector: string;
}

const agentsByFirstWord = new WeakMap<EntityLexicon, Map<string, AgentPhrase[]>>();

function agentIndex(lex: EntityLexicon): Map<string, AgentPhrase[]> {
  let idx = agentsByFirstWord.get(lex);
  if (!idx) {
    idx = new Map();
    for (const a of lex.agents ?? []) {
      for (const w of a.words) {
        const words = w.toLowerCase().split(/\s+/);
        idx.set(words[0]!, [...(idx.get(words[0]!) ?? []), { words, sector: a.sector }]);
      }
    }
    for (const list of idx.values()) list.sort((a, b) => b.words.length - a.words.length);
    agentsByFirstWord.set(lex, idx);
  }
  return idx;
}

/** The longest agent phrase starting at token i, if it ends at or before `maxLast`. */
function agentAt(v: SentenceView, i: number, idx: Map<string, AgentPhrase[]>, maxLast = v.tokens.length - 1): AgentPhrase | null {
  for (const key of v.keys[i] ?? []) {
    for (const a of idx.get(key) ?? []) if (i + a.words.length - 1 <= maxLast && phraseAt(v, i, a.words)) return a;
  }
  return null;
}

/** A plain modifier inside a noun phrase ("paper" in "French paper workers"): a lower-case word no verb, marker or cue. */
function isModifier(v: SentenceView, i: number, lex: EventLexicon, isVerb: (i: number) => boolean): boolean {
  const w = v.lower[i]!;
  const c = lex.clauses;
  if (v.tokens[i]!.kind !== 'word' || v.capitalised[i] || v.mentions.some((m) => m.first <= i && i <= m.last)) return false;
  if (c.nounMarkers.has(w) || c.finiteCues.has(w) || c.conjunctions.has(w) || c.breaks.has(w) || c.agentLinks.has(w) || c.prepositions.has(w)) return false;
  return !c.verbEndings.some((e) => w.endsWith(e)) && !isVerb(i);
}

/**
 * The sector of the agent noun a country mention qualifies, when its own code has none: an agent inside the
 * mention ("Bree Prime Minister X"), the head after it across one modifier and co-ordinated mentions ("French
 * paper workers", "Hungarian and Romanian officials"), or an agent before it joined by a link word ("rebels in
 * the Ivory Coast", "lawmakers in Chad and Mali").
 */
export function sectorAround(v: SentenceView, m: MentionAt, events: EventLexicon, entities: EntityLexicon, isVerb: (i: number) => boolean): string | null {
  const idx = agentIndex(entities);
  for (let i = m.first; i <= m.last; i++) {
    const a = agentAt(v, i, idx, m.last);
    if (a) return a.sector;
  }
  const clause = v.clause[m.last];
  const isList = (k: number) => v.lower[k] === ',' || events.clauses.conjunctions.has(v.lower[k]!);
  // Co-ordinated countries share the head: "Hungarian and Romanian officials", "lawmakers in Chad and Mali".
  let i = m.last + 1;
  for (;;) {
    let k = i;
    while (k < v.tokens.length && isList(k)) k++;
    const next = k > i ? v.mentions.find((x) => x.first === k) : undefined;
    if (!next) break;
    i = next.last + 1;
  }
  for (let modifiers = 0; i < v.tokens.length && v.clause[i] === clause; i++, modifiers++) {
    const a = agentAt(v, i, idx);
    if (a) return a.sector;
    if (modifiers >= 1 || !isModifier(v, i, events, isVerb)) break;
  }
  let j = m.first - 1;
  for (;;) {
    let k = j;
    while (k > 0 && isList(k)) k--;
    const prev = k < j ? v.mentions.find((x) => x.last === k) : undefined;
    if (!prev) break;
    j = prev.first - 1;
  }
  if (j > 0 && events.clauses.nounMarkers.has(v.lower[j]!) && !events.clauses.agentLinks.has(v.lower[j]!)) j--;
  if (j < 1 || !events.clauses.agentLinks.has(v.lower[j]!)) return null;
  for (let s = j - 1; s >= Math.max(0, j - 3); s--) {
    const a = agentAt(v, s, idx, j - 1);
    if (a && s + a.words.length === j) return ownedElsewhere(v, s, events, isVerb) ? null : a.sector;
  }
  return null;
}

/**
 * Whether the agent noun at s belongs to someone else than the place after it: it has an owner before it
 * ("US troops in Iraq", "its troops in Iraq") or is a verb's object ("deployed troops in Iraq").
 */
function ownedElsewhere(v: SentenceView, s: number, events: EventLexicon, isVerb: (i: number) => boolean): boolean {
  const k = s - 1;
  if (k < 0 || v.tokens[k]!.kind === 'punct') return false;
  const w = v.lower[k]!;
  if (events.clauses.possessives.has(w) || v.mentions.some((m) => m.last === k)) return true;
  return isVerb(k) || events.clauses.verbEndings.some((e) => w.endsWith(e));
}
