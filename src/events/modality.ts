// Modality of a trigger from the pack's cue lists: stage (planned, begun…), polarity, certainty and the
// threat / conditional / hypothetical flags, with the cue spans that set them.
import type { Evidence, Modality, Stage } from '../schema/analysis.ts';
import type { EventLexicon, ModalityCue } from './lexicon.ts';
import { phraseAt, type SentenceView } from './sentence-view.ts';
import type { TriggerMatch } from './triggers.ts';

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

/** The cues acting on a trigger, nearest first. */
export function cuesFor(v: SentenceView, t: TriggerMatch, cues: CueMatch[]): CueMatch[] {
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
