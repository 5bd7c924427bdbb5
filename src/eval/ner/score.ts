// Entity-level exact-match scoring, as conlleval does: a prediction counts only when its first token, last
// token and class all equal a gold entity's. A span with the wrong class is a false positive of the
// predicted class and a false negative of the gold class.
import { addCounts, prf, ZERO, type Counts, type Prf } from '../prf.ts';
import { NER_CLASSES, spanKey, type NerClass, type TokenSpan } from './spans.ts';

export interface NerScore {
  overall: Prf;
  byClass: Record<NerClass, Prf>;
  /** Predictions with a gold span but another class. */
  confusions: number;
}

export interface DocumentSpans {
  gold: TokenSpan[];
  predicted: TokenSpan[];
}

function dedupe(spans: readonly TokenSpan[]): TokenSpan[] {
  const seen = new Map<string, TokenSpan>();
  for (const s of spans) seen.set(`${spanKey(s)}:${s.cls}`, s);
  return [...seen.values()];
}

export interface DocumentComparison {
  correct: TokenSpan[];
  missed: TokenSpan[];
  spurious: TokenSpan[];
}

export function compareDocument({ gold, predicted }: DocumentSpans): DocumentComparison {
  const g = dedupe(gold);
  const p = dedupe(predicted);
  const key = (s: TokenSpan) => `${spanKey(s)}:${s.cls}`;
  const goldKeys = new Set(g.map(key));
  const predKeys = new Set(p.map(key));
  return {
    correct: p.filter((s) => goldKeys.has(key(s))),
    missed: g.filter((s) => !predKeys.has(key(s))),
    spurious: p.filter((s) => !goldKeys.has(key(s))),
  };
}

export function scoreNer(docs: readonly DocumentSpans[]): NerScore {
  const counts = Object.fromEntries(NER_CLASSES.map((c) => [c, { ...ZERO }])) as Record<NerClass, Counts>;
  let confusions = 0;
  for (const doc of docs) {
    const { correct, missed, spurious } = compareDocument(doc);
    for (const s of correct) counts[s.cls].tp++;
    for (const s of missed) counts[s.cls].fn++;
    for (const s of spurious) counts[s.cls].fp++;
    const missedSpans = new Set(missed.map(spanKey));
    confusions += spurious.filter((s) => missedSpans.has(spanKey(s))).length;
  }
  const byClass = Object.fromEntries(NER_CLASSES.map((c) => [c, prf(counts[c])])) as Record<NerClass, Prf>;
  return { overall: prf(NER_CLASSES.map((c) => counts[c]).reduce(addCounts, ZERO)), byClass, confusions };
}
