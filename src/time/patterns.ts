// Building blocks for the regular expressions the time parsers compose from pack data.

/** Space inside an expression: never a line break, which ends a sentence. */
export const WS = '[^\\S\\n]+';
/** Start of a word: no letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** Start of a number: not inside a word or a longer number ("F-16", "1.2023"). */
export const NUMBER_START = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-.,/])';
/** End of a number: not followed by more digits of it. */
export const NUMBER_END = '(?![\\p{N}]|[-.,/]\\p{N})';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Alternation of phrases, longest first, spaces matching any run of spaces; never matches when empty. */
export function anyOf(phrases: Iterable<string>): string {
  const list = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return `(?:${list.map((p) => escape(p).replace(/\s+/g, WS)).join('|')})`;
}

/** The lookup key of a matched phrase: lower case, single spaces. */
export function key(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ');
}

export function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}
