// The article's own date, where the text states one.
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import { candidates, context, grammarFor, longestFirst } from './candidates.ts';

/** Datelines stand at the top of the text. */
const DATELINE_REACH = 1000;
/** Capitalised place words before the date on its line: "JAKARTA, ", "MILWAUKEE, Wisconsin ". */
const DATELINE_PREFIX = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:,?[^\S\n]+|,))*$/u;
const DATELINE_SUFFIX = /^[^\S\n]*(?:[-–—|(]|\n|$)/u;

/**
 * The article's own date where the text states one, as an ISO date: a full date after a published cue on
 * the same line ("Diterbitkan 28 Juni 2024"), or a dateline near the top ("JAKARTA, 28 Juni 2024 -").
 */
export function documentDate(doc: SegmentedText, pack: LanguagePack): string | null {
  const g = grammarFor(pack.time);
  const text = doc.text;
  // Only dates with their year are candidates, so any reference date resolves them the same.
  const found = longestFirst(candidates(doc, g, context('2000-01-01'))).filter((c) => !c.relative && c.period.granularity === 'day');
  for (const c of found) {
    const before = text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start);
    if (g.publishedBefore.test(before)) return c.period.start;
    if (c.start < DATELINE_REACH && DATELINE_PREFIX.test(before) && DATELINE_SUFFIX.test(text.slice(c.end))) return c.period.start;
  }
  return null;
}
