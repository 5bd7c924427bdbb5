// Entity predictors over rebuilt CoNLL text: Sumber's analysis, and the compromise baseline (English only).
import nlp from 'compromise';
import type { Analyzer } from '../../pipeline/analyze.ts';
import { nameMentions } from '../../entities/index.ts';
import { sumberClass, type NerClass } from './spans.ts';

export interface CharMention {
  start: number;
  end: number;
  cls: NerClass;
}

export type NerPredictor = (text: string, lang: string, name: string) => CharMention[];

/** The date relative times would resolve against; entities do not depend on it, the run stays reproducible. */
const EVAL_DATE = '2000-01-01';

/**
 * Sumber's mentions, classed by their type. A place named for its government ("Pyongyang berencana",
 * metonymOf set) is scored as the place it names: the corpora tag such names LOC. Only names are scored: role
 * phrases ("Presiden", "Juru bicara") and demonyms ("Russian", which CoNLL tags MISC) are mentions in Sumber
 * but not names.
 */
export function sumberPredictor(analyzer: Analyzer): NerPredictor {
  return (text, lang, name) => {
    const a = analyzer.analyze({ text, lang, name, publishedAt: EVAL_DATE });
    if (a.text !== text) throw new Error(`${name}: the analysis changed the rebuilt text; offsets would not map back`);
    return nameMentions(a.mentions).map((m) => ({ start: m.start, end: m.end, cls: m.metonymOf ? 'LOC' : sumberClass(m.type) }));
  };
}

interface CompromiseTerm {
  text: string;
  offset: { start: number };
}

/** compromise's people, places and organizations: an off-the-shelf English rule tagger to compare with. */
export const compromisePredictor: NerPredictor = (text) => {
  const doc = nlp(text);
  const out: CharMention[] = [];
  const add = (view: { json(opts: object): unknown }, cls: NerClass) => {
    for (const match of view.json({ offset: true }) as { terms: CompromiseTerm[] }[]) {
      const first = match.terms[0];
      const last = match.terms[match.terms.length - 1];
      // Term offsets, not the match's: the match's length takes in trailing punctuation.
      if (first && last) out.push({ start: first.offset.start, end: last.offset.start + last.text.length, cls });
    }
  };
  add(doc.people(), 'PER');
  add(doc.places(), 'LOC');
  add(doc.organizations(), 'ORG');
  return out;
};
