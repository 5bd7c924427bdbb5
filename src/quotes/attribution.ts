// Who asserts what is said at a place in the text: the chain of sources of the innermost quote or report
// whose content holds that place, or the article alone.
import type { Attribution, Quote, SourceLink } from '../schema/analysis.ts';

/** The article itself: the outermost link of every chain. */
export function articleLink(name: string): SourceLink {
  return { kind: 'article', name, entityId: null, mentionId: null, cue: null };
}

export interface TextPlace {
  sentence: number;
  start: number;
  end: number;
}

/** The quote whose content holds the place; of nested ones the innermost (shortest). */
export function quoteAt(quotes: readonly Quote[], at: TextPlace): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.content.start > at.start || q.content.end < at.end) continue;
    if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
  }
  return best;
}

/** The chain of who asserts what is at `at`, outermost first, the article (named `articleSource`) first. */
export function attributionAt(quotes: readonly Quote[], at: TextPlace, articleSource: string): Attribution {
  const q = quoteAt(quotes, at);
  if (!q) return { chain: [articleLink(articleSource)], quoteId: null };
  const [, ...rest] = q.attribution.chain;
  return { chain: [articleLink(articleSource), ...rest], quoteId: q.id };
}
