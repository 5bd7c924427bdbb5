// What an act moves or settles (the theme: "Korps Teknik", "12,000 troops", "a partnership agreement") and
// what it is for ("untuk pekerjaan rekonstruksi", "to support the war"), read off the words after the trigger.
import type { PloverType } from '../schema/analysis.ts';
import type { EventLexicon, VerbEntry } from './lexicon.ts';
import type { FilledFrame } from './frames.ts';
import type { SentenceView } from './sentence-view.ts';
import type { TriggerMatch } from './triggers.ts';

/** Types whose object is a thing handed over, moved or signed rather than who is acted on. */
const THEMED = new Set<PloverType>(['AID', 'AGREE', 'SUPPORT', 'COOPERATE', 'CONCEDE', 'RETREAT', 'MOBILIZE']);
/** A theme or purpose runs at most this many tokens. */
const THEME_MAX = 6;
const PURPOSE_MAX = 10;
/** A purpose opens at most this many tokens after the trigger. */
const PURPOSE_REACH = 14;

/** Token ranges (inclusive) of the theme and purpose of trigger `t`. */
export interface ThemeSpans {
  object: [number, number] | null;
  purpose: [number, number] | null;
}

function ends(v: SentenceView, i: number, clause: number, stops: ReadonlySet<string>): boolean {
  return v.tokens[i]!.kind === 'punct' || v.clause[i] !== clause || stops.has(v.lower[i]!);
}

/** Whether a participant of the frame starts at token i. */
function participantAt(frame: FilledFrame, i: number): boolean {
  return [...frame.actors, ...frame.recipients].some((m) => m.first === i);
}

function themeOf(v: SentenceView, t: TriggerMatch, frame: FilledFrame, entry: VerbEntry, lex: EventLexicon, objectAt: number | null): [number, number] | null {
  const c = lex.clauses;
  const stops = new Set([...c.locatives, ...c.prepositions, ...c.complementMarkers, ...c.purposeMarkers, ...c.purposeVerbMarkers, ...c.passiveAgents, ...entry.frame.flatMap((r) => r.words)]);
  // A passive's theme is its subject: the object word that chose the sense, when it stands before the verb.
  let first = t.passive ? (objectAt !== null && objectAt < t.first ? objectAt : -1) : t.last + 1;
  if (first < 0 || first >= v.tokens.length) return null;
  const clause = v.clause[first]!;
  while (first < v.tokens.length && c.nounMarkers.has(v.lower[first]!) && !stops.has(v.lower[first]!)) first++;
  if (first >= v.tokens.length || ends(v, first, clause, stops) || participantAt(frame, first)) return null;
  let last = first;
  const limit = t.passive ? t.first - 1 : v.tokens.length - 1;
  while (last + 1 <= limit && last + 1 - first < THEME_MAX && !ends(v, last + 1, clause, stops) && !participantAt(frame, last + 1)) last++;
  // A passive's subject ends where its relative clause opens ("pasukan yang dikirim"): keep the noun.
  if (t.passive) last = first;
  return [first, last];
}

function purposeOf(v: SentenceView, t: TriggerMatch, lex: EventLexicon, isVerb: (i: number) => boolean): [number, number] | null {
  const c = lex.clauses;
  const hi = Math.min(v.tokens.length - 2, t.last + PURPOSE_REACH);
  for (let i = t.last + 1; i <= hi; i++) {
    if (v.tokens[i]!.kind === 'punct') return null;
    const w = v.lower[i]!;
    if (!c.purposeMarkers.has(w) && !(c.purposeVerbMarkers.has(w) && isVerb(i + 1))) continue;
    // "for Russia", "untuk Rusia": a beneficiary, not a purpose.
    if (v.mentions.some((m) => m.first === i + 1)) return null;
    let last = i + 1;
    while (last + 1 < v.tokens.length && last + 1 - i < PURPOSE_MAX && v.tokens[last + 1]!.kind !== 'punct') last++;
    return [i, last];
  }
  return null;
}

/**
 * The theme and purpose of `t` coded as `type`. `isVerb` tells whether a token is a verb of the lexicon, so
 * that "to" opens a purpose only before one ("to support", not "to Russia").
 */
export function themeSpans(
  v: SentenceView,
  t: TriggerMatch,
  type: PloverType,
  frame: FilledFrame,
  entry: VerbEntry,
  lex: EventLexicon,
  objectAt: number | null,
  isVerb: (i: number) => boolean,
): ThemeSpans {
  if (t.nominal) return { object: null, purpose: purposeOf(v, t, lex, isVerb) };
  return { object: THEMED.has(type) ? themeOf(v, t, frame, entry, lex, objectAt) : null, purpose: purposeOf(v, t, lex, isVerb) };
}
