// The counted thing after a number: the words up to a stop word, punctuation or a number, translated where
// the pack lists them ("rudal balistik" → ballistic missile), else kept as written (at most three words).
import type { PhraseMatcher, Tok } from './phrases.ts';

/** At most this many words make the counted thing's phrase; an unlisted one keeps at most MAX_KEPT. */
const MAX_PHRASE = 5;
const MAX_KEPT = 3;

export interface ItemMatch {
  item: string;
  /** Token indices [start, end) of the words it was read from. */
  start: number;
  end: number;
}

export function readItem(
  tokens: readonly Tok[],
  words: readonly string[],
  i: number,
  stop: number,
  text: string,
  items: PhraseMatcher<string>,
  stops: ReadonlySet<string>,
  determiners: ReadonlySet<string>,
): ItemMatch | null {
  while (i < stop && determiners.has(words[i]!)) i++; // "5% of the budget"
  let end = i;
  while (end < stop && end - i < MAX_PHRASE && tokens[end]!.kind === 'word' && !stops.has(words[end]!)) end++;
  if (end === i) return null;
  let best: ItemMatch | null = null;
  for (let a = i; a < end; a++) {
    const m = items.match(words, a, end);
    if (m && (!best || m.end - a > best.end - best.start)) best = { item: m.value, start: a, end: m.end };
  }
  if (best) return best;
  // An unlisted thing is a common noun: a capitalised word after a number is a name ("Mobile 8 Telecom").
  const first = tokens[i]!.text;
  if (first !== first.toLowerCase()) return null;
  const kept = Math.min(end, i + MAX_KEPT);
  return { item: text.slice(tokens[i]!.start, tokens[kept - 1]!.end), start: i, end: kept };
}
