// The quantity stage's view of the tokens: lower-cased words, and currency signs glued to their number
// ("Rp200", "Rp6.500", which the tokenizer reads as a word) split off it.
import type { QuantityLexicon } from './lexicon.ts';
import type { Tok } from './phrases.ts';

export interface QuantityTokens {
  tokens: Tok[];
  /** Each token's text in lower case. */
  words: string[];
  /** Each token's sentence. */
  sentences: number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const glued = new WeakMap<QuantityLexicon, RegExp>();

function gluedCurrency(lex: QuantityLexicon): RegExp {
  let re = glued.get(lex);
  if (!re) {
    const signs = lex.currencies.filter((c) => c.position === 'before' && /\p{L}$/u.test(c.phrase)).map((c) => escape(c.phrase));
    re = new RegExp(`^(?:${signs.join('|') || '(?!)'})(?=\\d)`, 'iu');
    glued.set(lex, re);
  }
  return re;
}

/** `lower`: the tokens' texts in lower case, when the caller has them (SegmentedText.lower). */
export function quantityTokens(
  all: readonly (Tok & { sentence: number })[],
  text: string,
  lex: QuantityLexicon,
  lower?: readonly string[],
): QuantityTokens {
  const sign = gluedCurrency(lex);
  const out: QuantityTokens = { tokens: [], words: [], sentences: [] };
  const push = (t: Tok, sentence: number, word = t.text.toLowerCase()) => {
    out.tokens.push(t);
    out.words.push(word);
    out.sentences.push(sentence);
  };
  for (let i = 0; i < all.length; i++) {
    const tok = all[i]!;
    const m = tok.kind === 'word' ? sign.exec(tok.text) : null;
    if (!m) {
      push(tok, tok.sentence, lower?.[i]);
      continue;
    }
    const numStart = tok.start + m[0].length;
    const digits = /^\d+(?:[.,]\d+)*/.exec(text.slice(numStart))![0];
    const numEnd = numStart + digits.length;
    push({ start: tok.start, end: numStart, text: m[0], kind: 'word' }, tok.sentence);
    push({ start: numStart, end: numEnd, text: digits, kind: 'number' }, tok.sentence);
    while (i + 1 < all.length && all[i + 1]!.start < numEnd) i++;
  }
  return out;
}
