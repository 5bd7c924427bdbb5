// Scores a syntax model against gold trees on Sumber's tokens: UPOS and lemma accuracy, UAS and LAS
// (punctuation included, labels compared whole, e.g. "nsubj:pass").
import type { TokenTree } from './align.ts';
import type { SyntaxModel } from './model.ts';

export interface SyntaxScores {
  sentences: number;
  tokens: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
}

export function scoreModel(model: SyntaxModel, trees: readonly TokenTree[]): SyntaxScores {
  let tokens = 0;
  let [upos, lemma, uas, las] = [0, 0, 0, 0];
  for (const t of trees) {
    const out = model.analyse(t.forms);
    for (let i = 0; i < t.forms.length; i++) {
      tokens++;
      if (out.upos[i] === t.upos[i]) upos++;
      if (out.lemma[i] === t.lemma[i]) lemma++;
      if (out.head[i] === t.head[i]) {
        uas++;
        if (out.deprel[i] === t.deprel[i]) las++;
      }
    }
  }
  const r = (x: number) => (tokens ? x / tokens : 0);
  return { sentences: trees.length, tokens, upos: r(upos), lemma: r(lemma), uas: r(uas), las: r(las) };
}
