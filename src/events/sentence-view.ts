// One sentence as the event stage sees it: its tokens in lower case with their morphological readings,
// the clause each token is in, and the entity mentions laid over the tokens.
import type { Mention, Token } from '../schema/analysis.ts';
import type { EventLexicon } from './lexicon.ts';
import { analyses, type Analysis } from './morphology.ts';
import type { DependencyTree } from './dependencies.ts';

export interface MentionAt {
  mention: Mention;
  /** Token indexes (inclusive) the mention covers. */
  first: number;
  last: number;
}

export interface SentenceView {
  index: number;
  tokens: Token[];
  lower: string[];
  readings: Analysis[][];
  /** Each token's lower-case form and stems, for quick "does it read as" tests. */
  keys: Set<string>[];
  /** Clause number of each token; clause-breaking tokens belong to the clause they open. */
  clause: number[];
  /** Tokens written with a capital initial. */
  capitalised: boolean[];
  /** Most words capitalised: a headline, where capitals say nothing about names. */
  headline: boolean;
  /** True at tokens that open a contrast ("namun", "but"), where 'ahead' modality stops. */
  contrast: boolean[];
  mentions: MentionAt[];
  /** The sentence's dependency parse, where the pack has a parser and the sentence may hold an event. */
  tree: DependencyTree | null;
}

const HEADLINE_SHARE = 0.6;
const BREAK_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–']);

interface Reading {
  analyses: Analysis[];
  keys: Set<string>;
}

/** Readings are cached per lexicon: words repeat across sentences and articles. */
const readingCache = new WeakMap<EventLexicon, Map<string, Reading>>();

function readingOf(word: string, lex: EventLexicon): Reading {
  let cache = readingCache.get(lex);
  if (!cache) readingCache.set(lex, (cache = new Map()));
  let r = cache.get(word);
  if (!r) {
    const list = analyses(word, lex.morphology);
    cache.set(word, (r = { analyses: list, keys: new Set([word, ...list.map((a) => a.stem)]) }));
  }
  return r;
}

/** `lower`: the tokens' lookup forms, when the caller has them (SegmentedText.lower); else their lower case. */
export function sentenceView(
  index: number,
  tokens: Token[],
  mentions: Mention[],
  lex: EventLexicon,
  lower = tokens.map((t) => t.text.toLowerCase()),
  tree: DependencyTree | null = null,
): SentenceView {
  const read = lower.map((w) => readingOf(w, lex));
  const readings = read.map((r) => r.analyses);
  const keys = read.map((r) => r.keys);
  const clause: number[] = [];
  const contrast: boolean[] = [];
  let c = 0;
  tokens.forEach((t, i) => {
    const w = lower[i]!;
    if (i > 0 && (BREAK_PUNCT.has(w) || lex.clauses.breaks.has(w))) c++;
    clause.push(c);
    contrast.push(lex.clauses.contrasts.has(w));
  });
  const placed: MentionAt[] = [];
  for (const m of mentions) {
    let first = 0;
    while (first < tokens.length && tokens[first]!.start < m.start) first++;
    if (first >= tokens.length || tokens[first]!.start >= m.end) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= m.end) last++;
    placed.push({ mention: m, first, last });
  }
  // Of overlapping mentions keep the longest: "pasukan Korea Utara" over "Korea Utara".
  placed.sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: MentionAt[] = [];
  for (const p of placed) {
    const prev = kept[kept.length - 1];
    if (prev && p.first <= prev.last) continue;
    kept.push(p);
  }
  const capitalised = tokens.map((t) => t.kind === 'word' && t.text[0] !== t.text[0]!.toLowerCase());
  const wordCount = tokens.filter((t) => t.kind === 'word').length;
  const headline = capitalised.filter(Boolean).length > HEADLINE_SHARE * wordCount;
  return { index, tokens, lower, readings, keys, capitalised, headline, clause, contrast, mentions: kept, tree };
}

/** Whether token i reads as `word` (itself or one of its stems). */
export function readsAs(v: SentenceView, i: number, word: string): boolean {
  return v.keys[i]?.has(word) ?? false;
}

/** Whether the phrase `words` starts at token i. */
export function phraseAt(v: SentenceView, i: number, words: string[]): boolean {
  if (i + words.length > v.tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (!v.keys[i + k]!.has(words[k]!)) return false;
  return true;
}
