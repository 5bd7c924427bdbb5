// Modality of a trigger from the pack's cue lists: stage (planned, begun…), polarity, certainty and the
// threat / conditional / hypothetical flags, with the cue spans that set them.
import type { Evidence, Modality, Stage } from '../schema/analysis.ts';
import type { EventLexicon, ModalityCue } from './lexicon.ts';
import { phraseAt, type SentenceView } from './sentence-view.ts';
import type { TriggerMatch } from './triggers.ts';
import { base, markers, ownSubject, phraseHead, type DependencyTree } from './dependencies.ts';

export interface CueMatch {
  first: number;
  last: number;
  cue: ModalityCue;
}

/** Clause cues reach a trigger across at most this many other words ("tidak akan segera mengirim"). */
const CLAUSE_REACH = 2;

const cueIndexes = new WeakMap<EventLexicon, Map<string, ModalityCue[]>>();

function cueIndex(lex: EventLexicon): Map<string, ModalityCue[]> {
  let idx = cueIndexes.get(lex);
  if (idx) return idx;
  idx = new Map();
  for (const cue of lex.modality) idx.set(cue.words[0]!, [...(idx.get(cue.words[0]!) ?? []), cue]);
  cueIndexes.set(lex, idx);
  return idx;
}

const cueCandidates = new WeakMap<Map<string, ModalityCue[]>, Map<string, ModalityCue[]>>();

/** The cues whose first word a token reads as, cached per word. */
function cuesStartingAt(v: SentenceView, i: number, idx: Map<string, ModalityCue[]>): ModalityCue[] {
  let cache = cueCandidates.get(idx);
  if (!cache) cueCandidates.set(idx, (cache = new Map()));
  const word = v.lower[i]!;
  let list = cache.get(word);
  if (!list) cache.set(word, (list = [...v.keys[i]!].flatMap((k) => idx.get(k) ?? [])));
  return list;
}

/** The cues of a sentence, longest first at each position, not overlapping. */
export function findCues(v: SentenceView, lex: EventLexicon): CueMatch[] {
  const idx = cueIndex(lex);
  const out: CueMatch[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    let best: CueMatch | null = null;
    for (const cue of cuesStartingAt(v, i, idx)) {
      if (!phraseAt(v, i, cue.words)) continue;
      if (!best || cue.words.length > best.cue.words.length) best = { first: i, last: i + cue.words.length - 1, cue };
    }
    if (best) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

/** Words that may stand between a verb and a cue after it ("파병할 것으로 예상된다"). */
const AFTER_REACH = 1;

/**
 * The cues acting on a trigger, nearest first: by the parse where there is one, else by word order (also in a
 * headline, whose capitals mislead the tagger: "North Korea Begins Sending Troops").
 */
export function cuesFor(v: SentenceView, t: TriggerMatch, cues: CueMatch[]): CueMatch[] {
  return v.tree && !v.headline ? cuesInScope(v, v.tree, t, cues) : cuesBefore(v, t, cues);
}

/** Words that qualify the word they depend on ("could", "not", "if", "alleged"): their scope is that word's. */
const QUALIFIERS = new Set(['aux', 'mark', 'advmod', 'cop', 'case', 'discourse', 'amod', 'det', 'fixed', 'cc', 'compound']);

/** A qualifier's scope runs down a verb chain ("did not send or sell", "may have begun sending") that shares
 *  its subject… */
const CHAIN = new Set(['xcomp', 'conj']);
/** …to the event nouns among the chain's arguments ("will launch an attack"). */
const ARGUMENTS = new Set(['obj', 'obl', 'nsubj']);
/** A clause cue of content (considering, plans) does not reach into loosely joined clauses, nor reported ones
 *  (a complement opened by "that", "bahwa", "que"). */
const OTHER_CLAUSES = new Set(['parataxis', 'csubj']);
/** A phrase opened by a contrast ("namun", "but") leaves the scope of what came before: a conjunct, or
 *  whatever the parser hung the contrast on. */
const contrasted = (v: SentenceView, tree: DependencyTree, k: number) =>
  tree.children[k]!.some((c) => base(tree, c) === 'cc' && v.contrast[c] && c < k);
/** A conjunct with a subject of its own is a clause of its own ("did not attack, and Iran condemned …"). */
const ownClause = (tree: DependencyTree, k: number) => base(tree, k) === 'conj' && ownSubject(tree, k) !== null;
const reported = (tree: DependencyTree, k: number) => base(tree, k) === 'ccomp' && markers(tree, k).some((m) => base(tree, m) === 'mark');

/**
 * The cues whose scope holds the trigger, nearest in the tree first. A content word (considering, plans,
 * no sign that, mempertimbangkan) governs its subtree (a clause cue not the clauses it reports); a qualifier
 * (could, not, alleged) the word it depends on with the verb chain and event nouns below it (a negation only
 * the verb chain); an 'ahead' qualifier (if, jika, according to) the whole clause it opens and the clause
 * that one hangs on. Neighbouring clauses, and phrases opened by a contrast, are out of scope.
 */
function cuesInScope(v: SentenceView, tree: DependencyTree, t: TriggerMatch, cues: CueMatch[]): CueMatch[] {
  const p = phraseHead(tree, t.first, t.last);
  const found: { c: CueMatch; steps: number }[] = [];
  for (const c of cues) {
    if (c.first <= p && p <= c.last) continue;
    const h = phraseHead(tree, c.first, c.last);
    const qualifier = QUALIFIERS.has(base(tree, h)) && tree.head[h]! >= 0;
    // "denied that …", "no sign that …": what they govern follows them, not the subject's relative clause.
    if (!qualifier && c.cue.scope === 'ahead' && t.first < c.first) continue;
    let g = qualifier ? tree.head[h]! : h;
    // An 'ahead' qualifier reaches the clause its phrase or clause hangs on: "according to X, …", and the
    // consequent of a condition ("if Russia attacks, NATO will respond": both hypothetical).
    if (qualifier && c.cue.scope === 'ahead' && tree.head[g]! >= 0) {
      if (base(tree, g) === 'advcl' || (/^(NOUN|PROPN|PRON)$/.test(tree.upos[g]!) && base(tree, g) === 'obl')) g = tree.head[g]!;
    }
    const negation = c.cue.effects.some((e) => e.field === 'polarity');
    const ahead = c.cue.scope === 'ahead';
    const steps = qualifier && !ahead
      ? pathUp(tree, p, g, (rel, first, k) => !contrasted(v, tree, k) && !ownClause(tree, k) && (CHAIN.has(rel) || (first && !negation && ARGUMENTS.has(rel))))
      : pathUp(tree, p, g, (rel, _, k) => !contrasted(v, tree, k) && (ahead || !(OTHER_CLAUSES.has(rel) || reported(tree, k))));
    if (steps >= 0) found.push({ c, steps });
  }
  return found.sort((a, b) => a.steps - b.steps || Math.abs(a.c.first - t.first) - Math.abs(b.c.first - t.first)).map((x) => x.c);
}

/** Steps from `node` up to `top` through relations `via` accepts (`first`: the node's own); -1 when not above. */
function pathUp(tree: DependencyTree, node: number, top: number, via: (rel: string, first: boolean, k: number) => boolean): number {
  let steps = 0;
  for (let k = node; k !== top; k = tree.head[k]!, steps++) {
    if (k < 0 || steps > tree.head.length || !via(base(tree, k), k === node, k)) return -1;
  }
  return steps;
}

/** By word order: clause cues before the trigger in its clause, 'ahead' cues until a contrast. */
function cuesBefore(v: SentenceView, t: TriggerMatch, cues: CueMatch[]): CueMatch[] {
  const acting: CueMatch[] = [];
  let others = 0;
  for (let k = t.first - 1; k >= 0 && v.clause[k] === v.clause[t.first]; k--) {
    const c = cues.find((x) => x.first <= k && k <= x.last);
    if (c) {
      // A negation must stand by the verb itself, counting other cues too: "tidak akan mengirim", but not
      // "tidak salah mengambil keputusan mengirim" (the negation is of "salah").
      const negation = c.cue.effects.some((e) => e.field === 'polarity');
      if (c.cue.scope === 'clause' && (!negation || t.first - c.last - 1 <= CLAUSE_REACH)) acting.push(c);
      k = c.first;
      continue;
    }
    if (++others > CLAUSE_REACH) break;
  }
  // A cue after the verb acts on it when at most AFTER_REACH words stand between, in its clause.
  const after = cues.find((c) => c.cue.scope === 'after' && c.first > t.last && c.first - t.last - 1 <= AFTER_REACH && v.clause[c.first] === v.clause[t.last]);
  if (after) acting.push(after);
  for (const c of [...cues].reverse()) {
    if (c.cue.scope !== 'ahead' || c.last >= t.first) continue;
    if (v.contrast.slice(c.last + 1, t.first + 1).some(Boolean)) continue;
    acting.push(c);
  }
  return acting;
}

const CERTAINTY_RANK = { certain: 2, probable: 1, possible: 0 } as const;

export function modalityOf(text: string, v: SentenceView, acting: CueMatch[], defaultStage: Stage): Modality {
  const m: Modality = {
    stage: defaultStage,
    polarity: 'asserted',
    certainty: 'certain',
    threat: false,
    conditional: false,
    hypothetical: false,
    cues: [],
  };
  let staged = false;
  for (const c of acting) {
    for (const e of c.cue.effects) {
      if (e.field === 'stage') {
        if (!staged) m.stage = e.value;
        staged = true;
      } else if (e.field === 'polarity') m.polarity = 'negated';
      else if (e.field === 'certainty') {
        if (CERTAINTY_RANK[e.value] < CERTAINTY_RANK[m.certainty]) m.certainty = e.value;
      } else m[e.field] = true;
    }
    m.cues.push(cueEvidence(text, v, c));
  }
  // A question asserts nothing ("Korea Utara Bantu Rusia?"): what it asks about is only possible.
  const last = v.tokens.length - 1;
  if (last >= 0 && QUESTION_MARKS.has(v.tokens[last]!.text)) {
    m.certainty = 'possible';
    m.hypothetical = true;
    m.cues.push(cueEvidence(text, v, { first: last, last, cue: { words: [], effects: [], scope: 'ahead' } }));
  }
  // What may have happened, or would under a condition, has not been reported as done ("could have died").
  if (m.stage === 'completed' && (m.certainty === 'possible' || m.hypothetical || m.conditional)) m.stage = 'expected';
  m.cues.sort((a, b) => a.start - b.start);
  return m;
}

/** Sentence-final marks of a question, in the scripts the packs write. */
const QUESTION_MARKS = new Set(['?', '？', '؟']);

function cueEvidence(text: string, v: SentenceView, c: CueMatch): Evidence {
  const start = v.tokens[c.first]!.start;
  const end = v.tokens[c.last]!.end;
  return { sentence: v.index, start, end, text: text.slice(start, end) };
}
