// The token view the quote stage works on: lower-cased words and phrase matching.
import type { Token } from '../schema/analysis.ts';

export interface Tok extends Token {
  lower: string;
  /** Position in the document's tokens. */
  index: number;
}

/** `lower`: the tokens' texts in lower case, when the caller has them (SegmentedText.lower). */
export function toToks(tokens: readonly Token[], lower?: readonly string[]): Tok[] {
  return tokens.map((t, index) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    kind: t.kind,
    sentence: t.sentence,
    lower: lower ? lower[index]! : t.text.toLowerCase(),
    index,
  }));
}

/** Whether the word sequence `words` starts at toks[i] (and stays before `end`). */
export function matchesAt(toks: readonly Tok[], i: number, words: readonly string[], end = toks.length): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (toks[i + k]!.lower !== words[k]) return false;
  return true;
}

/** Phrases by their first word, longest first: what `longestAt` looks through. */
export type PhraseIndex<T> = Map<string, T[]>;

export function phraseIndex<T extends { words: string[] }>(phrases: readonly T[]): PhraseIndex<T> {
  const out: PhraseIndex<T> = new Map();
  for (const p of [...phrases].sort((a, b) => b.words.length - a.words.length)) {
    const first = p.words[0]!;
    out.set(first, [...(out.get(first) ?? []), p]);
  }
  return out;
}

/** The longest indexed phrase starting at toks[i], or null. */
export function longestAt<T extends { words: string[] }>(toks: readonly Tok[], i: number, index: PhraseIndex<T>, end = toks.length): T | null {
  for (const p of index.get(toks[i]!.lower) ?? []) if (matchesAt(toks, i, p.words, end)) return p;
  return null;
}

// The lookup form: a pack may spell full-width punctuation as ASCII ("，" → ",").
export const isComma = (t: Tok | undefined) => t?.lower === ',';
export const isPunct = (t: Tok | undefined) => t?.kind === 'punct';
