// The token view the quote stage works on: lower-cased words and phrase matching.
import type { Token } from '../schema/analysis.ts';

export interface Tok extends Token {
  lower: string;
  /** Position in the document's tokens. */
  index: number;
}

export function toToks(tokens: readonly Token[]): Tok[] {
  return tokens.map((t, index) => ({ ...t, lower: t.text.toLowerCase(), index }));
}

/** Whether the word sequence `words` starts at toks[i] (and stays before `end`). */
export function matchesAt(toks: readonly Tok[], i: number, words: readonly string[], end = toks.length): boolean {
  if (i + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (toks[i + k]!.lower !== words[k]) return false;
  return true;
}

/** The longest of `phrases` starting at toks[i], or null. */
export function longestAt<T extends { words: string[] }>(toks: readonly Tok[], i: number, phrases: readonly T[], end = toks.length): T | null {
  let best: T | null = null;
  for (const p of phrases) if (matchesAt(toks, i, p.words, end) && (!best || p.words.length > best.words.length)) best = p;
  return best;
}

export const isComma = (t: Tok | undefined) => t?.text === ',';
export const isPunct = (t: Tok | undefined) => t?.kind === 'punct';
