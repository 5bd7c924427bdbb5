// UD words → the tokens Sumber's tokenizer makes, so that the models learn on what they will see.
// UD splits "pasukannya" into "pasukan" + "nya", "don't" into "do" + "n't" and "Korea's" into
// "Korea" + "'s"; Sumber keeps each as one token. A token covering several words takes the analysis of
// the highest of them in the tree (the one the rest hang from: "pasukan", "Korea", "do"), and the arcs of
// the others are folded into it. A word Sumber cuts in pieces ("2024-06-28") keeps its analysis on the
// first piece; the later pieces hang from it as `goeswith`, UD's relation for the parts of one word.
import { tokenize, tokensOf } from '../text/segment.ts';
import type { TextLexicon } from '../text/lexicon.ts';
import type { UdSentence } from './conllu.ts';

/** A sentence as the syntax models read and write it: Sumber's tokens with UD's analysis. */
export interface TokenTree {
  forms: string[];
  upos: string[];
  lemma: string[];
  /** Head token index, -1 for the root. */
  head: number[];
  deprel: string[];
}

function depth(s: UdSentence, w: number): number {
  let d = 0;
  for (let h = s.words[w]!.head; h >= 0 && d <= s.words.length; h = s.words[h]!.head) d++;
  return d;
}

/** `lex`: the pack's text lexicon, when it cuts words its own way (Chinese); its lookup forms are the forms the
 *  models read, so Traditional and Simplified text share one model. */
export function alignToTokens(s: UdSentence, lex?: TextLexicon): TokenTree {
  // Rebuild the surface text from the UD tokens, with each word's character span.
  let text = '';
  const wordStart: number[] = [];
  const wordEnd: number[] = [];
  for (const t of s.tokens) {
    const start = text.length;
    text += t.form;
    for (let w = t.from; w < t.to; w++) [wordStart[w], wordEnd[w]] = [start, text.length];
    if (t.spaceAfter) text += ' ';
  }
  const toks = lex ? tokensOf(text, lex) : tokenize(text);
  // Groups: runs of Sumber tokens and UD words that overlap one another (both come in text order).
  const groupOfWord: number[] = [];
  const groups: { toks: number[]; words: number[] }[] = [];
  let w = 0;
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k]!;
    const last = groups[groups.length - 1];
    // This token joins the last group when it overlaps a word already in it (a word cut in pieces).
    const lastWord = last?.words[last.words.length - 1];
    if (last && lastWord !== undefined && wordEnd[lastWord]! > tok.start) last.toks.push(k);
    else groups.push({ toks: [k], words: [] });
    const g = groups[groups.length - 1]!;
    while (w < s.words.length && wordStart[w]! < tok.end) {
      g.words.push(w);
      groupOfWord[w] = groups.length - 1;
      w++;
    }
  }
  // Words after the last token (none unless the text is odd) join the last group.
  for (; w < s.words.length; w++) {
    groups[groups.length - 1]!.words.push(w);
    groupOfWord[w] = groups.length - 1;
  }
  const n = toks.length;
  const formOf = lex?.lookupForm ?? ((w: string) => w);
  const tree: TokenTree = { forms: toks.map((t) => formOf(t.text)), upos: [], lemma: [], head: new Array(n).fill(-1), deprel: [] };
  const firstTok = groups.map((g) => g.toks[0]!);
  for (const g of groups) {
    let rep = g.words[0];
    if (rep === undefined) {
      // A token with no word (cannot happen with text rebuilt from the forms): a loose piece.
      for (const k of g.toks) [tree.upos[k], tree.lemma[k], tree.deprel[k]] = ['X', tree.forms[k]!, 'dep'];
      continue;
    }
    let best = depth(s, rep);
    for (const x of g.words) {
      const d = depth(s, x);
      if (d < best) [rep, best] = [x, d];
    }
    const word = s.words[rep]!;
    const [k0, ...rest] = g.toks as [number, ...number[]];
    tree.upos[k0] = word.upos;
    tree.lemma[k0] = formOf(word.lemma);
    tree.deprel[k0] = word.deprel;
    tree.head[k0] = word.head < 0 ? -1 : firstTok[groupOfWord[word.head]!]!;
    for (const k of rest) {
      const kind = toks[k]!.kind;
      tree.upos[k] = kind === 'punct' ? 'PUNCT' : kind === 'number' ? 'NUM' : word.upos;
      tree.lemma[k] = toks[k]!.text;
      tree.deprel[k] = 'goeswith';
      tree.head[k] = k0;
    }
  }
  return tree;
}
