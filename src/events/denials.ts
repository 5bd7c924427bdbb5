// Denials: "X denied the claim that Y", "membantah klaim tersebut", "… are nothing but fake news, X told a
// briefing". Found here as words of the sentence; index.ts makes them REJECT events of the denier, linked to the
// event they deny.
import type { EventLexicon } from './lexicon.ts';
import { phraseAt, type SentenceView } from './sentence-view.ts';

/** A claim noun or complementizer follows a denial verb within this many tokens ("denied on Monday the claim"). */
const OBJECT_REACH = 4;
/** An act denied in a gerund right after the verb ("denied sending troops") starts within this many tokens. */
const GERUND_REACH = 2;

export interface DenialCue {
  /** The denial word: a verb ("membantah") or a falsehood ("fake news"); tokens inclusive. */
  first: number;
  last: number;
  kind: 'verb' | 'falsehood';
  /**
   * What is denied: 'clause' the events of this sentence within `span` ("denied that …", "allegations that …
   * are fake news"); 'earlier' an earlier statement the `span` points back to ("klaim tersebut").
   */
  target: 'clause' | 'earlier';
  span: [number, number];
  /** The claim noun ("South Korea's claims", "klaim Korea Selatan"): whose claim it is modifies it. */
  claimAt: number | null;
}

/** First words of each phrase list, so that most tokens are passed over at once. */
const firstWords = new WeakMap<string[][], Set<string>>();

function phraseEnd(v: SentenceView, i: number, phrases: string[][]): number | null {
  let firsts = firstWords.get(phrases);
  if (!firsts) firstWords.set(phrases, (firsts = new Set(phrases.map((p) => p[0]!))));
  let any = false;
  for (const k of v.keys[i]!) if (firsts.has(k)) any = true;
  if (!any) return null;
  let best: number | null = null;
  for (const p of phrases) if (phraseAt(v, i, p) && (best === null || i + p.length - 1 > best)) best = i + p.length - 1;
  return best;
}

/** The last token before the sentence's closing punctuation, from `from` on. */
function clauseEnd(v: SentenceView, from: number): number {
  let k = from;
  while (k + 1 < v.tokens.length && v.tokens[k + 1]!.kind !== 'punct') k++;
  return k;
}

/** What a denial verb at [first, last] denies: a "that" clause, a claim noun, or an act right after it. */
function verbTarget(v: SentenceView, first: number, last: number, lex: EventLexicon, triggerAt: (i: number) => boolean): DenialCue | null {
  const c = lex.clauses;
  for (let i = last + 1; i < v.tokens.length && i <= last + OBJECT_REACH; i++) {
    if (v.tokens[i]!.kind === 'punct') break;
    if (c.complementizers.has(v.lower[i]!)) return { first, last, kind: 'verb', target: 'clause', span: [i, clauseEnd(v, i)], claimAt: null };
    const noun = phraseEnd(v, i, lex.denials.claims);
    if (noun === null) continue;
    // "the claim that …", "klaim Korea Selatan bahwa …" name what they deny; "klaim tersebut", "those reports"
    // point back.
    for (let k = noun + 1; k < v.tokens.length && k <= noun + OBJECT_REACH && v.tokens[k]!.kind !== 'punct'; k++) {
      if (c.complementizers.has(v.lower[k]!)) return { first, last, kind: 'verb', target: 'clause', span: [i, clauseEnd(v, i)], claimAt: i };
    }
    const next = noun + 1;
    const qualifier = next < v.tokens.length && v.tokens[next]!.kind === 'word' && !v.capitalised[next] && !c.prepositions.has(v.lower[next]!) && phraseEnd(v, next, lex.denials.falsehoods) === null && !triggerAt(next);
    return { first, last, kind: 'verb', target: 'earlier', span: [last + 1, qualifier ? next : noun], claimAt: i };
  }
  for (let i = last + 1; i <= last + GERUND_REACH && i < v.tokens.length; i++) {
    if (triggerAt(i)) return { first, last, kind: 'verb', target: 'clause', span: [i, clauseEnd(v, i)], claimAt: null };
  }
  return c.objectBeforeVerb ? targetBefore(v, first, last, lex, triggerAt) : null;
}

/** Where the object stands before its verb ("이 보도를 부인했다", "파병을 부인했다"): a claim noun or an event
 *  before the denial verb in its clause. */
function targetBefore(v: SentenceView, first: number, last: number, lex: EventLexicon, triggerAt: (i: number) => boolean): DenialCue | null {
  for (let i = first - 1; i >= 0 && i >= first - OBJECT_REACH && v.clause[i] === v.clause[first]; i--) {
    if (v.tokens[i]!.kind === 'punct') break;
    if (triggerAt(i)) return { first, last, kind: 'verb', target: 'clause', span: [i, first - 1], claimAt: null };
    const noun = phraseEnd(v, i, lex.denials.claims);
    if (noun !== null && noun < first) return { first, last, kind: 'verb', target: 'earlier', span: [i, noun], claimAt: i };
  }
  return null;
}

/**
 * The denial of a sentence, if any. `triggerAt` tells whether an event trigger starts at a token. A verb of
 * denial needs something denied after it; a falsehood ("fake news") denies what the sentence says before it,
 * or, when that is no event, the statement before.
 */
/** Whether a denial verb or a falsehood phrase stands in the sentence. */
export function hasDenialWord(v: SentenceView, lex: EventLexicon): boolean {
  return v.tokens.some((_, i) => phraseEnd(v, i, lex.denials.verbs) !== null || phraseEnd(v, i, lex.denials.falsehoods) !== null);
}

export function findDenial(v: SentenceView, lex: EventLexicon, triggerAt: (i: number) => boolean): DenialCue | null {
  for (let i = 0; i < v.tokens.length; i++) {
    const end = phraseEnd(v, i, lex.denials.verbs);
    if (end === null) continue;
    const cue = verbTarget(v, i, end, lex, triggerAt);
    if (cue) return cue;
  }
  for (let i = 0; i < v.tokens.length; i++) {
    const end = phraseEnd(v, i, lex.denials.falsehoods);
    if (end === null) continue;
    const before = i > 0 ? ([0, i - 1] as [number, number]) : null;
    const hasEvent = before !== null && v.tokens.slice(0, i).some((_, k) => triggerAt(k));
    return { first: i, last: end, kind: 'falsehood', target: hasEvent ? 'clause' : 'earlier', span: before ?? [i, end], claimAt: null };
  }
  return null;
}

/** A denial event of the article and the events it may deny, in text order. */
export interface DenialLink<E> {
  denial: E;
  sentence: number;
  cue: DenialCue;
  /** Character range of the cue's span, for events in its clause. */
  range: { start: number; end: number };
  /** Entity ids and countries of the denier. */
  denier: Set<string>;
}

interface Linkable {
  sentence: number;
  trigger: { start: number };
  actors: { entityId: string; country: string | null }[];
  recipients: { entityId: string; country: string | null }[];
}

/**
 * The event each denial denies: the first event in its clause ("denied that North Korea sent troops"), else
 * the last event of an earlier sentence ("membantah klaim tersebut"). `polarityDenied` says whether the denied
 * event is recorded as denied: when denied in the denier's own clause, or when the denier takes part in it.
 */
export function deniedEvent<E extends Linkable>(link: DenialLink<E>, events: readonly E[]): { event: E; polarityDenied: boolean } | null {
  const others = events.filter((e) => e !== link.denial);
  if (link.cue.target === 'clause') {
    const inClause = others.find((e) => e.sentence === link.sentence && e.trigger.start >= link.range.start && e.trigger.start < link.range.end);
    if (inClause) return { event: inClause, polarityDenied: true };
  }
  const earlier = others.filter((e) => e.sentence < link.sentence).at(-1);
  if (!earlier) return null;
  const takesPart = [...earlier.actors, ...earlier.recipients].some((p) => link.denier.has(p.entityId) || (p.country !== null && link.denier.has(p.country)));
  return { event: earlier, polarityDenied: takesPart };
}
