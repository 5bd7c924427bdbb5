// Filling a verb's frame from the mentions around its trigger: the subject before it, the object after it,
// and phrases after frame words ("ke X", "membantu Y", "to X"). Passives swap subject and object and look
// for the agent after "oleh"/"by" (or, where the pack allows, right after the verb).
import type { EntityType } from '../schema/analysis.ts';
import type { EventLexicon, FrameRule, VerbEntry } from './lexicon.ts';
import { readsAs, type MentionAt, type SentenceView } from './sentence-view.ts';
import type { TriggerMatch } from './triggers.ts';
import { parsedPassive, phraseHead, type DependencyTree } from './dependencies.ts';
import {
  nounContext,
  parsedAfterWord,
  parsedAgent,
  parsedComplementSubject,
  parsedGenitive,
  parsedModifierAgent,
  parsedObject,
  parsedSubject,
} from './parse-roles.ts';

export interface FilledFrame {
  actors: MentionAt[];
  recipients: MentionAt[];
  location: MentionAt | null;
  /** Tokens the frame used as its own words ("membantu" in "mengirim … untuk membantu"): no trigger of their own. */
  consumed: number[];
  /** A place after a locative in the trigger's clause ("lifted a curfew in Montenegro"): where the act is done. */
  scene: MentionAt | null;
}

const PLACE_TYPES = new Set<EntityType>(['place', 'region', 'country']);
/** A frame word is followed by its phrase within this many tokens ("ke wilayah pendudukan Ukraina"). */
const AFTER_WORD_REACH = 4;
/** Co-ordinated actors ("Putin dan pemimpin Korea Utara Kim") are joined across this many tokens at most. */
const JOIN_GAP = 3;

export function isActorMention(m: MentionAt): boolean {
  const x = m.mention;
  if (x.type === 'media') return false;
  return x.actorCode !== null || x.metonymOf !== null || !PLACE_TYPES.has(x.type) || x.type === 'country';
}

const isPlaceMention = (m: MentionAt) => PLACE_TYPES.has(m.mention.type);

function isMilitary(m: MentionAt): boolean {
  return m.mention.type === 'military' || /MIL$/.test(m.mention.actorCode ?? '');
}

/** Extends a found mention with co-ordinated ones: joined by a conjunction, or adjacent within a name. */
function coordinated(v: SentenceView, seed: MentionAt, dir: -1 | 1, lex: EventLexicon, ok: (m: MentionAt) => boolean): MentionAt[] {
  const out = [seed];
  let edge = seed;
  let conjunction = false;
  let firstGap = -1;
  for (;;) {
    const next = dir < 0
      ? v.mentions.findLast((m) => m.last < edge.first)
      : v.mentions.find((m) => m.first > edge.last);
    if (!next || !ok(next)) break;
    const [a, b] = dir < 0 ? [next.last + 1, edge.first - 1] : [edge.last + 1, next.first - 1];
    const gap = b - a + 1;
    if (gap > 0 && (gap > JOIN_GAP || !listGap(v, a, b, lex))) break;
    if (gap > 0) {
      conjunction ||= hasConjunction(v, a, b, lex);
      if (firstGap === -1) firstGap = out.length;
    }
    out.push(next);
    edge = next;
  }
  // Commas alone do not make a list ("dengan Korea Utara, Pyongyang mengumumkan"): one of "and" does.
  const list = conjunction ? out : out.slice(0, firstGap === -1 ? out.length : firstGap);
  return dir < 0 ? list.reverse() : list;
}

/** Whether mentions are co-ordinated by a conjunction ("Putin and Kim"), not just adjacent ("Taiwan's minister"). */
export function conjoined(v: SentenceView, ms: MentionAt[], lex: EventLexicon): boolean {
  return ms.length > 1 && hasConjunction(v, ms[0]!.last + 1, ms[ms.length - 1]!.first - 1, lex);
}

/** A gap of a list: commas and conjunctions only, at least one of them ("Mordor, Rohan and Bree"). */
function listGap(v: SentenceView, from: number, to: number, lex: EventLexicon): boolean {
  for (let i = from; i <= to; i++) if (v.lower[i] !== ',' && !lex.clauses.conjunctions.has(v.lower[i]!)) return false;
  return to >= from;
}

function hasConjunction(v: SentenceView, from: number, to: number, lex: EventLexicon): boolean {
  for (let i = from; i <= to; i++) if (lex.clauses.conjunctions.has(v.lower[i]!)) return true;
  return false;
}

/** The first token of the clause before the one starting at `start`, when only a comma separates them. */
function previousCommaClause(v: SentenceView, start: number): number | null {
  if (start <= 0 || v.lower[start] !== ',') return null;
  let k = start - 1;
  while (k > 0 && v.clause[k - 1] === v.clause[start - 1]) k--;
  return k;
}

/**
 * The subject: nearest actor mention before the trigger in its clause, with co-ordinated ones; when the clause
 * has none, the clauses before it that only commas set off ("X, in remarks on Monday, urged …").
 */
function subject(v: SentenceView, t: TriggerMatch, lex: EventLexicon, ok: (m: MentionAt) => boolean, sources: ReadonlySet<string> = new Set()): MentionAt[] {
  let start: number | null = t.first;
  while (start !== null) {
    const clause = v.clause[start];
    // An apposition (", a key ally of X,") describes the subject before it: look there, not in it.
    if (start !== t.first && lex.clauses.appositionOpeners.has(v.lower[start + 1] ?? '')) {
      const before = previousCommaClause(v, start);
      if (before !== null) {
        start = before;
        continue;
      }
    }
    // In a clause set off by commas, whoever reports the event ("According to X, …") is not its subject.
    const fits = start === t.first ? ok : (m: MentionAt) => ok(m) && !sources.has(m.mention.id);
    // A place after a locative ("在平壤") is where the act is done, not who does it; unless the word also links
    // an agent to its country ("Rebels in Chad").
    const placed = (m: MentionAt) => {
      const w = v.lower[m.first - 1] ?? '';
      return lex.clauses.locatives.has(w) && !lex.clauses.agentLinks.has(w);
    };
    const inClause = (m: MentionAt) => m.last < t.first && v.clause[m.first] === clause && fits(m) && !placed(m);
    const marked = (m: MentionAt) => inClause(m) && lex.clauses.subjectMarkers.has(v.lower[m.last + 1] ?? '');
    const seed =
      (lex.clauses.subjectMarkers.size ? v.mentions.findLast(marked) : undefined) ??
      (start !== t.first && lex.clauses.chainSubject === 'first' ? v.mentions.find(inClause) : v.mentions.findLast(inClause));
    if (seed) return coordinated(v, seed, -1, lex, ok);
    let first = start;
    while (first > 0 && v.clause[first - 1] === clause) first--;
    // "Syria says it will not accept …": a pronoun subject is the actor named before it in the sentence.
    const pronoun = v.lower.slice(first, t.first).some((w) => lex.clauses.pronouns.has(w));
    if (pronoun) {
      const antecedent = v.mentions.findLast((m) => m.last < first && ok(m));
      if (antecedent) return coordinated(v, antecedent, -1, lex, ok);
    }
    start = previousCommaClause(v, first);
  }
  return [];
}

/** The object: first actor mention after the trigger in its clause, not one after a locative ("di Ukraina")
 *  unless the locative is the trigger's own particle ("called on X"). */
function object(v: SentenceView, t: TriggerMatch, lex: EventLexicon, ok: (m: MentionAt) => boolean): MentionAt[] {
  const clause = v.clause[t.last];
  const seed = v.mentions.find(
    (m) => m.first > t.last && v.clause[m.first] === clause && ok(m) && (ok === isPlaceMention || m.first - 1 <= t.last || !lex.clauses.locatives.has(v.lower[m.first - 1] ?? '')),
  );
  return seed ? coordinated(v, seed, 1, lex, ok) : [];
}

/**
 * The phrase after the first of `words` that follows the trigger; the word's token is returned too. No other
 * frame word of the verb may stand between ("to help Russia" gives no location after "to"), nor a preposition
 * ("to support the war against Ukraine" supports no Ukraine).
 */
function afterWord(v: SentenceView, t: TriggerMatch, words: string[], frameWords: Set<string>, ok: (m: MentionAt) => boolean, lex: EventLexicon): { m: MentionAt; at: number } | null {
  const isFrameWord = (k: number) => {
    for (const key of v.keys[k]!) if (frameWords.has(key)) return true;
    return false;
  };
  for (let i = t.last + 1; i < v.tokens.length; i++) {
    if (v.clause[i] !== v.clause[t.last] && v.tokens[i]!.kind === 'punct') return null;
    if (!words.some((w) => readsAs(v, i, w))) continue;
    const m = v.mentions.find((x) => x.first > i && x.first <= i + AFTER_WORD_REACH && ok(x));
    if (!m) continue;
    let clear = true;
    for (let k = i + 1; k < m.first && clear; k++) clear = v.tokens[k]!.kind !== 'punct' && !isFrameWord(k) && !lex.clauses.prepositions.has(v.lower[k]!);
    if (clear) return { m, at: i };
  }
  return null;
}

/**
 * The phrase after the last of `words` that stands before the trigger in its clause ("朝鲜向俄罗斯派遣":
 * 俄罗斯 after 向), with the word's token.
 */
function beforeWord(v: SentenceView, t: TriggerMatch, words: string[], ok: (m: MentionAt) => boolean): { m: MentionAt; at: number } | null {
  for (let i = t.first - 1; i >= 0 && v.clause[i] === v.clause[t.first]; i--) {
    if (!words.some((w) => readsAs(v, i, w))) continue;
    const m = v.mentions.find((x) => x.first > i && x.first <= i + AFTER_WORD_REACH && x.last < t.first && ok(x));
    return m ? { m, at: i } : null;
  }
  return null;
}

/** The mention that one of `words` follows, last before the trigger in its clause ("러시아에 파병": 러시아 before
 *  에), with the word's token. */
function markedBefore(v: SentenceView, t: TriggerMatch, words: string[], ok: (m: MentionAt) => boolean): { m: MentionAt; at: number } | null {
  for (let i = t.first - 1; i > 0 && v.clause[i] === v.clause[t.first]; i--) {
    if (!words.some((w) => readsAs(v, i, w))) continue;
    const m = v.mentions.find((x) => x.last === i - 1 && ok(x));
    if (m) return { m, at: i };
  }
  return null;
}

/** Words a complement clause may start this far after its verb ("demanded on Monday that …"). */
const COMPLEMENT_REACH = 4;

/** The subject of the clause the verb governs: the first actor after "that"/"bahwa" in that clause. */
function complementSubject(v: SentenceView, t: TriggerMatch, lex: EventLexicon, ok: (m: MentionAt) => boolean): MentionAt[] {
  for (let i = t.last + 1; i <= Math.min(v.tokens.length - 1, t.last + COMPLEMENT_REACH); i++) {
    if (!lex.clauses.complementizers.has(v.lower[i]!)) continue;
    const m = v.mentions.find((x) => x.first > i && x.first <= i + AFTER_WORD_REACH && v.clause[x.first] === v.clause[i] && ok(x));
    return m ? coordinated(v, m, 1, lex, ok) : [];
  }
  return [];
}

/** The agent of an event noun: an actor right after the first "by"/"oleh" that follows it in its clause. */
function nominalAgent(v: SentenceView, t: TriggerMatch, lex: EventLexicon): MentionAt[] {
  for (let i = t.last + 1; i < v.tokens.length && v.clause[i] === v.clause[t.last]; i++) {
    if (!lex.clauses.passiveAgents.has(v.lower[i]!)) continue;
    const m = v.mentions.find((x) => x.first === i + 1 || (x.first === i + 2 && lex.clauses.nounMarkers.has(v.lower[i + 1]!)));
    return m && isActorMention(m) ? coordinated(v, m, 1, lex, isActorMention) : [];
  }
  return [];
}

/** Plain lower-case words may stand this many between an event noun and its modifier ("serangan rudal Ukraina"). */
const MODIFIER_GAP = 2;

/**
 * The agent of an event noun named as its modifier: a nationality adjective, possessor or nominal modifier
 * ("a Ukrainian missile strike", "Russia's attack", "serangan rudal Ukraina"), on the side of the noun where
 * the pack puts modifiers, with at most a few plain nouns between. Prepositions, clause words and verbs end it
 * ("the attack on Russian positions", "serangan terhadap Rusia").
 */
export function modifierAgent(v: SentenceView, t: TriggerMatch, lex: EventLexicon, isVerb: (i: number) => boolean): MentionAt[] {
  const c = lex.clauses;
  const plain = (k: number) =>
    v.tokens[k]!.kind === 'word' && !v.capitalised[k] && v.clause[k] === v.clause[t.first] && !isVerb(k) &&
    !c.prepositions.has(v.lower[k]!) && !c.locatives.has(v.lower[k]!) && !c.conjunctions.has(v.lower[k]!) &&
    !c.complementizers.has(v.lower[k]!) && !c.breaks.has(v.lower[k]!) && !c.passiveAgents.has(v.lower[k]!);
  const dir = c.headInitial ? 1 : -1;
  for (let k = dir > 0 ? t.last + 1 : t.first - 1, gap = 0; k >= 0 && k < v.tokens.length && gap <= MODIFIER_GAP; k += dir, gap++) {
    const m = v.mentions.find((x) => (dir > 0 ? x.first : x.last) === k);
    if (m) return isActorMention(m) && v.clause[k] === v.clause[t.first] ? [m] : [];
    if (!plain(k) || (dir < 0 && c.nounMarkers.has(v.lower[k]!))) return [];
  }
  return [];
}

/** The agent of a passive: after "oleh"/"by", or (bare-agent packs) the mention right after the verb. */
function passiveAgent(v: SentenceView, t: TriggerMatch, lex: EventLexicon): MentionAt[] {
  const next = t.last + 1;
  if (lex.clauses.passiveAgents.has(v.lower[next] ?? '')) {
    const m = v.mentions.find((x) => x.first === next + 1 || x.first === next + 2);
    if (m && isActorMention(m)) return coordinated(v, m, 1, lex, isActorMention);
  }
  if (lex.clauses.bareAgent) {
    const m = v.mentions.find((x) => x.first === next);
    if (m && isActorMention(m)) return [m];
  }
  return [];
}

/** The first place or country after a locative word ("in", "di") following the trigger in its clause. */
function scene(v: SentenceView, t: TriggerMatch, lex: EventLexicon): MentionAt | null {
  const clause = v.clause[t.last];
  for (const m of v.mentions) {
    if (m.first <= t.last || v.clause[m.first] !== clause) continue;
    if (!isPlaceMention(m)) continue;
    const before = m.first - 1;
    const at = lex.clauses.locatives.has(v.lower[before]!) ? before : lex.clauses.locatives.has(v.lower[before - 1] ?? '') && lex.clauses.nounMarkers.has(v.lower[before]!) ? before - 1 : -1;
    if (at > t.last) return m;
  }
  return null;
}

/**
 * Fills the frame of `entry` at trigger `t`. `sources` are mentions that report the event (the speaker of
 * the quote it stands in, "According to a TV station, …"): the subject is not sought among them beyond the
 * trigger's own clause.
 */
export function fillFrame(
  v: SentenceView,
  t: TriggerMatch,
  entry: VerbEntry,
  lex: EventLexicon,
  sources: ReadonlySet<string> = new Set(),
  isVerb: (i: number) => boolean = () => false,
): FilledFrame {
  const out: FilledFrame = { actors: [], recipients: [], location: null, consumed: [], scene: scene(v, t, lex) };
  const find = v.tree ? parsedRoles(v, v.tree, t, lex, sources) : wordOrderRoles(v, t, lex, sources, isVerb);

  const place = (slot: FrameRule['slot'], candidates: MentionAt[]) => {
    // Whoever acts is not also acted on: the next rule may find the recipient.
    const found = slot === 'recipient' ? candidates.filter((m) => !out.actors.some((a) => a.mention.entityId === m.mention.entityId)) : candidates;
    if (found.length === 0) return;
    if (slot === 'location') out.location ??= found[0]!;
    else if (out[slot === 'actor' ? 'actors' : 'recipients'].length === 0) out[slot === 'actor' ? 'actors' : 'recipients'] = found;
  };
  const frameWords = new Set(entry.frame.flatMap((r) => r.words));
  // A coverb or postposition phrase before the trigger is read first: the subject stands before it, not inside it.
  let subjectBefore = t;
  for (const rule of entry.frame) {
    if (rule.where !== 'before-word' && rule.where !== 'marked') continue;
    const ok = rule.slot === 'location' ? isPlaceMention : isActorMention;
    const hit = rule.where === 'marked' ? markedBefore(v, t, rule.words, ok) : beforeWord(v, t, rule.words, ok);
    if (!hit) continue;
    place(rule.slot, [hit.m]);
    out.consumed.push(hit.at);
    const opens = Math.min(hit.at, hit.m.first);
    if (opens < subjectBefore.first) subjectBefore = { ...t, first: opens, last: opens };
  }
  for (const rule of entry.frame) {
    const ok = rule.slot === 'location' ? isPlaceMention : isActorMention;
    if (rule.where === 'before-word' || rule.where === 'marked') continue;
    if (rule.where === 'complement') {
      place(rule.slot, find.complement(ok));
    } else if (rule.where === 'genitive') {
      if (t.noun) place(rule.slot, find.genitive(ok));
    } else if (rule.where === 'after-word') {
      const hit = find.afterWord(rule.words, frameWords, ok);
      if (hit && (rule.slot === 'location' ? !out.location : true)) {
        place(rule.slot, rule.slot === 'location' ? hit.ms.slice(0, 1) : hit.ms);
        out.consumed.push(hit.at);
      }
    } else if (!t.passive) {
      // After a coverb or postposition phrase read first, the subject stands before that phrase.
      const before = subjectBefore === t ? find.subject(ok) : subject(v, subjectBefore, lex, ok, sources);
      place(rule.slot, rule.where === 'before' ? before : find.object(ok));
    } else if (rule.where === 'before') {
      // Troops that are sent belong to whoever sends them when no agent is named.
      const agent = find.passiveAgent();
      place(rule.slot, agent.length || !entry.passiveOwnerActs ? agent : find.subject((m) => ok(m) && isMilitary(m)));
    } else if (!entry.passiveOwnerActs) {
      place(rule.slot, find.subject(ok));
    }
  }
  // An event noun's agent follows "by"/"oleh" ("the invasion of Ukraine by Russia") or modifies it ("a
  // Ukrainian strike", "serangan rudal Ukraina"); a subject before it then undergoes it ("Iraq suffered an
  // attack by Iran", "six officers were killed in a Ukrainian strike").
  if (t.nominal && !t.passive) {
    const byAgent = find.nominalAgent();
    const agent = byAgent.length ? byAgent : find.modifierAgent();
    const around = find.nounContext();
    if (agent.length) {
      const isAgent = (a: MentionAt) => agent.some((g) => g.mention.entityId === a.mention.entityId);
      const before = (around ? around.subject : find.subjectBefore(agent[0]!.first)).filter((a) => !isAgent(a));
      out.actors = agent;
      out.recipients = out.recipients.filter((r) => !isAgent(r));
      if (out.recipients.length === 0) out.recipients = before;
    } else if (around?.undergoes) {
      // Killed in a strike nobody is named for: the victims are acted on, the attacker unknown.
      if (out.recipients.length === 0) out.recipients = around.subject;
      out.actors = [];
    }
    if (around && out.recipients.length === 0) out.recipients = around.object.filter((r) => !out.actors.some((a) => a.mention.entityId === r.mention.entityId));
  }
  // A place that is acted on ("menyerang Gaza") stands for whoever holds it, when no actor is named.
  if (out.recipients.length === 0 && entry.frame.some((r) => r.slot === 'recipient' && r.where === 'after') && !t.passive) {
    const place = find.object((m) => isPlaceMention(m) && m.mention.actorCode === null);
    if (place.length) {
      out.recipients = place.slice(0, 1);
      out.location ??= place[0]!;
    }
  }
  const taken = new Set(out.actors.map((a) => a.mention.entityId));
  out.recipients = out.recipients.filter((r) => !taken.has(r.mention.entityId));
  if (out.location && out.recipients.some((r) => r.mention.entityId === out.location!.mention.entityId && isActorMention(r))) out.location = null;
  return out;
}

const orElse = (ms: MentionAt[], otherwise: () => MentionAt[]) => (ms.length ? ms : otherwise());

/** Where a frame's participants are found: by the parse, or by word order where there is none. */
interface RoleFinder {
  subject(ok: (m: MentionAt) => boolean): MentionAt[];
  object(ok: (m: MentionAt) => boolean): MentionAt[];
  afterWord(words: string[], frameWords: Set<string>, ok: (m: MentionAt) => boolean): { ms: MentionAt[]; at: number } | null;
  complement(ok: (m: MentionAt) => boolean): MentionAt[];
  genitive(ok: (m: MentionAt) => boolean): MentionAt[];
  passiveAgent(): MentionAt[];
  nominalAgent(): MentionAt[];
  modifierAgent(): MentionAt[];
  /** The subject before token `first` (an event noun's agent standing before it). */
  subjectBefore(first: number): MentionAt[];
  /** Around an event noun, from the parse: the subject of its verb, and the object of the verb it is subject of. */
  nounContext(): ReturnType<typeof nounContext> | null;
}

function wordOrderRoles(v: SentenceView, t: TriggerMatch, lex: EventLexicon, sources: ReadonlySet<string>, isVerb: (i: number) => boolean): RoleFinder {
  return {
    subject: (ok) => subject(v, t, lex, ok, sources),
    object: (ok) => object(v, t, lex, ok),
    afterWord: (words, frameWords, ok) => {
      const hit = afterWord(v, t, words, frameWords, ok, lex);
      return hit ? { ms: coordinated(v, hit.m, 1, lex, ok), at: hit.at } : null;
    },
    complement: (ok) => complementSubject(v, t, lex, ok),
    genitive: (ok) => {
      const m = v.mentions.find((x) => x.first === t.last + 1 && ok(x));
      return m ? [m] : [];
    },
    passiveAgent: () => passiveAgent(v, t, lex),
    nominalAgent: () => nominalAgent(v, t, lex),
    modifierAgent: () => modifierAgent(v, t, lex, isVerb),
    subjectBefore: (first) => (first < t.first ? subject(v, { ...t, first, last: first }, lex, isActorMention, sources) : subject(v, t, lex, isActorMention, sources)),
    nounContext: () => null,
  };
}

/**
 * Roles from the parse. Where the parse finds no mention in a role (a subject the entities do not cover, a
 * phrase attached elsewhere), the role is sought by word order, as without a parse.
 */
function parsedRoles(v: SentenceView, tree: DependencyTree, t: TriggerMatch, lex: EventLexicon, sources: ReadonlySet<string>): RoleFinder {
  const p = phraseHead(tree, t.first, t.last);
  const words = wordOrderRoles(v, t, lex, sources, () => false);
  const passive = (i: number) => i === p ? t.passive : parsedPassive(tree, i);
  return {
    subject: (ok) => {
      if (t.nominal) {
        const around = nounContext(v, tree, p, lex, ok, passive);
        return around.undergoes ? [] : around.subject;
      }
      return orElse(parsedSubject(v, tree, p, lex, ok), () => words.subject(ok));
    },
    object: (ok) => orElse(parsedObject(v, tree, p, lex, ok), () => words.object(ok)),
    afterWord: (ws, frameWords, ok) => parsedAfterWord(v, tree, p, ws, lex, ok) ?? words.afterWord(ws, frameWords, ok),
    complement: (ok) => orElse(parsedComplementSubject(v, tree, p, lex, ok), () => words.complement(ok)),
    genitive: (ok) => orElse(parsedGenitive(v, tree, p, lex, ok), () => words.genitive(ok)),
    passiveAgent: () => orElse(parsedAgent(v, tree, p, lex, isActorMention, lex.clauses.bareAgent), words.passiveAgent),
    nominalAgent: () => orElse(parsedAgent(v, tree, p, lex, isActorMention, false), words.nominalAgent),
    modifierAgent: () => orElse(parsedModifierAgent(v, tree, p, lex, isActorMention), words.modifierAgent),
    subjectBefore: () => nounContext(v, tree, p, lex, isActorMention, passive).subject,
    nounContext: () => nounContext(v, tree, p, lex, isActorMention, passive),
  };
}
