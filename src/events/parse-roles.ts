// Participants read from the dependency parse: the subject of the trigger's clause (or the one it shares or
// inherits), its objects, the obliques a frame word marks ("to X", "ke X", "by X"), the agent modifying an
// event noun ("serangan rudal Ukraina"), each mapped to the entity mentions over its phrase.
import type { EventLexicon } from './lexicon.ts';
import type { MentionAt, SentenceView } from './sentence-view.ts';
import { readsAs } from './sentence-view.ts';
import { base, dependents, inheritedSubject, markers, ownSubject, type DependencyTree } from './dependencies.ts';

type Accept = (m: MentionAt) => boolean;

/** Relations inside a noun phrase through which its own mentions are reached ("troops of North Korea"). */
const PHRASE = new Set(['nmod', 'amod', 'compound', 'flat', 'appos']);
/** Relations through which an event noun names its agent ("a Ukrainian strike", "Russia's attack"). */
const MODIFIER = new Set(['amod', 'compound', 'flat', 'nmod']);
const OBJECTS = new Set(['iobj', 'obj']);
const OBLIQUES = new Set(['obl', 'nmod', 'advmod']);
/** Clauses a frame verb may head ("sent troops to help Russia", "untuk membantu Rusia"). */
const CLAUSES = new Set(['advcl', 'xcomp', 'acl', 'ccomp', 'conj']);

const mentionIndex = new WeakMap<SentenceView, (MentionAt | null)[]>();

/** The mention covering token i, if any. */
export function mentionAt(v: SentenceView, i: number): MentionAt | null {
  let idx = mentionIndex.get(v);
  if (!idx) {
    idx = v.tokens.map(() => null);
    for (const m of v.mentions) for (let k = m.first; k <= m.last; k++) idx[k] = m;
    mentionIndex.set(v, idx);
  }
  return idx[i] ?? null;
}

/** Whether a dependent is marked by one of `words` (its case or mark children read as one). */
function markedBy(v: SentenceView, t: DependencyTree, i: number, words: readonly string[] | ReadonlySet<string>): boolean {
  const list = [...words];
  return markers(t, i).some((c) => list.some((w) => readsAs(v, c, w)));
}

/**
 * The mention a phrase headed at `a` stands for: the one over its head, else the nearest reached through its
 * unmarked modifiers ("pasukan Korea Utara", "operasi militer Rusia di Ukraina": Russia), else through the
 * obliques `marked` accepts (by default the pack's agent links: "the government of Syria"); an oblique
 * other than those ("the war against Ukraine", "the attack on X") names somebody else.
 */
function phraseMention(v: SentenceView, t: DependencyTree, a: number, lex: EventLexicon, ok: Accept, marked: (c: number) => boolean = (c) => markedBy(v, t, c, lex.clauses.agentLinks)): MentionAt | null {
  return modifierMention(v, t, a, ok, () => false) ?? modifierMention(v, t, a, ok, marked);
}

function modifierMention(v: SentenceView, t: DependencyTree, a: number, ok: Accept, marked: (c: number) => boolean): MentionAt | null {
  const queue = [a];
  for (let q = 0; q < queue.length && q < 64; q++) {
    const k = queue[q]!;
    const m = mentionAt(v, k);
    if (m && ok(m)) return m;
    for (const c of t.children[k]!) {
      if (!PHRASE.has(base(t, c))) continue;
      if (base(t, c) === 'nmod' && t.deprel[c] !== 'nmod:poss' && markers(t, c).length && !marked(c)) continue;
      queue.push(c);
    }
  }
  return null;
}

/** A phrase's mention with those of its conjuncts ("Putin and Kim", "Korea Utara dan Rusia"). */
export function phraseMentions(v: SentenceView, t: DependencyTree, a: number, lex: EventLexicon, ok: Accept, marked?: (c: number) => boolean): MentionAt[] {
  const first = subjectPronoun(v, t, a, lex, ok) ?? phraseMention(v, t, a, lex, ok, marked);
  if (!first) return [];
  const out = [first];
  const heads = new Set([a]);
  for (let k = first.first; k <= first.last; k++) heads.add(k);
  for (const h of heads) {
    for (const c of dependents(t, h, CONJ)) {
      const m = phraseMention(v, t, c, lex, ok, marked);
      if (m && !out.includes(m)) out.push(m);
    }
  }
  return out.sort((x, y) => x.first - y.first);
}
const CONJ = new Set(['conj']);

/**
 * A pronoun subject stands for the actor named before it ("Syria says it will …"); a relative pronoun ("who",
 * "yang") for the noun its clause modifies.
 */
function subjectPronoun(v: SentenceView, t: DependencyTree, a: number, lex: EventLexicon, ok: Accept): MentionAt | null {
  if (t.upos[a] !== 'PRON' || mentionAt(v, a)) return null;
  const clause = t.head[a]!;
  if (clause >= 0 && base(t, clause) === 'acl' && t.head[clause]! >= 0) return phraseMention(v, t, t.head[clause]!, lex, ok);
  if (!lex.clauses.pronouns.has(v.lower[a]!)) return null;
  return v.mentions.findLast((m) => m.last < a && ok(m)) ?? null;
}

/** The subject token of the trigger's clause, named or inherited; null when the parse gives none. */
export function subjectToken(t: DependencyTree, p: number): number | null {
  return inheritedSubject(t, p);
}

/**
 * The mentions of the subject of `p` (of each, where the parser gave a clause two: "Putin and North Korean
 * leader Kim signed"); empty when the parse finds none (the caller may look by word order).
 */
export function parsedSubject(v: SentenceView, t: DependencyTree, p: number, lex: EventLexicon, ok: Accept): MentionAt[] {
  // Of several, one set off by a dash or comma after it is a dateline or a fronted phrase ("KYIV — Rusia …").
  const all = t.children[p]!.filter((c) => base(t, c) === 'nsubj');
  const own = all.length > 1 ? all.filter((c) => !t.children[c]!.some((k) => k > c && t.upos[k] === 'PUNCT')) : all;
  const subjects = own.length ? own : [subjectToken(t, p)].filter((s) => s !== null);
  const out: MentionAt[] = [];
  for (const s of subjects) for (const m of phraseMentions(v, t, s, lex, ok)) if (!out.includes(m)) out.push(m);
  return out.sort((x, y) => x.first - y.first);
}

/**
 * The mentions of what `p` acts on, inside its own clause: its objects (an indirect object first: "gave
 * Ukraine weapons"), with the phrases that modify them ("restored ties with Gondor"), else its unmarked or
 * non-locative obliques ("called on Iran", "fired at the town"). A phrase after a locative ("attacked in
 * Kursk") is where, not whom, unless the locative is the verb's own particle right after it.
 */
export function parsedObject(v: SentenceView, t: DependencyTree, p: number, lex: EventLexicon, ok: Accept): MentionAt[] {
  const locative = (c: number) => markers(t, c).some((k) => lex.clauses.locatives.has(v.lower[k]!) && k !== p + 1);
  const objs = dependents(t, p, OBJECTS).sort((x, y) => (base(t, x) === 'iobj' ? -1 : 0) - (base(t, y) === 'iobj' ? -1 : 0));
  for (const o of objs) {
    const ms = phraseMentions(v, t, o, lex, ok, (c) => !locative(c));
    if (ms.length) return ms;
  }
  for (const c of dependents(t, p, OBLIQUES).filter((c) => c > p).sort((x, y) => x - y)) {
    if (locative(c) || markedBy(v, t, c, lex.clauses.passiveAgents)) continue;
    const ms = phraseMentions(v, t, c, lex, ok, (k) => !locative(k));
    if (ms.length) return ms;
  }
  return [];
}

/**
 * The phrase a frame word marks: an oblique of `p` (or of its object, where the parser attached it there:
 * "sent troops to Russia") whose case word is one of `words`, or the object of a clause of `p` headed by one
 * of them ("to help Russia", "untuk membantu Rusia"). Returns the mentions and the frame word's token.
 */
export function parsedAfterWord(v: SentenceView, t: DependencyTree, p: number, words: readonly string[], lex: EventLexicon, ok: Accept): { ms: MentionAt[]; at: number } | null {
  const hosts = [p, ...dependents(t, p, OBJECTS)];
  const found: { ms: MentionAt[]; at: number }[] = [];
  for (const h of hosts) {
    for (const c of t.children[h]!) {
      const rel = base(t, c);
      if (OBLIQUES.has(rel) || (h !== p && rel === 'nmod')) {
        const mark = markers(t, c).find((k) => words.some((w) => readsAs(v, k, w)));
        if (mark === undefined) continue;
        const ms = phraseMentions(v, t, c, lex, ok);
        if (ms.length) found.push({ ms, at: mark });
      } else if (CLAUSES.has(rel) && words.some((w) => readsAs(v, c, w))) {
        // Whom the clause's verb acts on is its object itself: "to support the war against Ukraine" supports no
        // Ukraine.
        const ms = dependents(t, c, OBJECTS).flatMap((o) => phraseMentions(v, t, o, lex, ok)).slice(0, 1);
        if (ms.length) found.push({ ms, at: c });
      }
    }
  }
  return found.sort((x, y) => x.at - y.at)[0] ?? null;
}

/** The subject of the clause `p` governs ("demanded that the US cancel …", "menuntut agar Israel …"). */
export function parsedComplementSubject(v: SentenceView, t: DependencyTree, p: number, lex: EventLexicon, ok: Accept): MentionAt[] {
  for (const c of dependents(t, p, new Set(['ccomp']))) {
    const s = ownSubject(t, c);
    if (s !== null) return phraseMentions(v, t, s, lex, ok);
  }
  return [];
}

/**
 * The agent of a passive or an event noun: an oblique marked by "by"/"oleh"/"por"; in packs whose passives
 * take a bare agent ("digunakan Rusia"), also an object of the passive verb.
 */
export function parsedAgent(v: SentenceView, t: DependencyTree, p: number, lex: EventLexicon, ok: Accept, bare: boolean): MentionAt[] {
  for (const c of t.children[p]!) {
    const rel = base(t, c);
    if ((rel === 'obl' || rel === 'nmod') && markedBy(v, t, c, lex.clauses.passiveAgents)) {
      const ms = phraseMentions(v, t, c, lex, ok);
      if (ms.length) return ms;
    }
    if (bare && OBJECTS.has(rel)) {
      const ms = phraseMentions(v, t, c, lex, ok);
      if (ms.length) return ms;
    }
  }
  return [];
}

/**
 * The agent an event noun's modifiers name: a nationality adjective, possessor or unmarked nominal modifier,
 * also through the nouns that modify it ("a Ukrainian missile strike", "Russia's attack", "serangan rudal
 * Ukraina"). A marked oblique ("the attack on Armenian positions") is who is attacked, never the agent.
 */
export function parsedModifierAgent(v: SentenceView, t: DependencyTree, p: number, lex: EventLexicon, ok: Accept): MentionAt[] {
  const queue = t.children[p]!.filter((c) => MODIFIER.has(base(t, c)) && (t.deprel[c] === 'nmod:poss' || markers(t, c).length === 0));
  for (let q = 0; q < queue.length && q < 32; q++) {
    const k = queue[q]!;
    const m = mentionAt(v, k);
    if (m && ok(m)) return [m];
    for (const c of t.children[k]!) if (MODIFIER.has(base(t, c)) && markers(t, c).length === 0) queue.push(c);
  }
  return [];
}

/** The phrase right after an event noun that it governs unmarked ("serangan Israel"): its genitive. */
export function parsedGenitive(v: SentenceView, t: DependencyTree, p: number, lex: EventLexicon, ok: Accept): MentionAt[] {
  for (const c of t.children[p]!) {
    if (base(t, c) !== 'nmod' || (t.deprel[c] !== 'nmod:poss' && markers(t, c).length)) continue;
    const m = phraseMention(v, t, c, lex, ok);
    if (m) return [m];
  }
  return [];
}

/**
 * Who an event noun's clause puts around it. As the object of a verb ("Russia launched an attack") the verb's
 * subject does it. As an oblique, the verb's agent does it ("missiles used by Russia in attacks on Ukraine");
 * without one, the subject of a passive verb, or of a verb the noun only says where it happened of, undergoes
 * it ("officers were killed in a strike", "tentara tewas dalam serangan"). As the subject of a verb, the verb's
 * object undergoes it ("the attack killed ten people").
 */
export function nounContext(v: SentenceView, t: DependencyTree, p: number, lex: EventLexicon, ok: Accept, passive: (i: number) => boolean): { subject: MentionAt[]; undergoes: boolean; object: MentionAt[] } {
  const g = t.head[p]!;
  const none = { subject: [], undergoes: false, object: [] };
  if (g < 0) return none;
  const rel = base(t, p);
  if (rel === 'nsubj') return { ...none, object: parsedObject(v, t, g, lex, ok) };
  if (rel !== 'obj' && rel !== 'obl') return none;
  if (rel === 'obl') {
    const agent = parsedAgent(v, t, g, lex, ok, lex.clauses.bareAgent && passive(g));
    if (agent.length) return { ...none, subject: agent };
  }
  const s = inheritedSubject(t, g);
  const subject = s === null ? [] : phraseMentions(v, t, s, lex, ok);
  const where = markers(t, p).some((k) => lex.clauses.locatives.has(v.lower[k]!));
  return { subject, undergoes: rel === 'obl' && (passive(g) || where), object: [] };
}
