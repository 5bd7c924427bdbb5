import type { TimeExpr } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';

/** Every date expression, resolved against the publication date (ISO yyyy-mm-dd). */
export function extractTimes(_doc: SegmentedText, _pack: LanguagePack, _publishedAt: string): TimeExpr[] {
  return [];
}

/** The article's own date where the text states one (a dateline), as an ISO date. */
export function documentDate(_doc: SegmentedText, _pack: LanguagePack): string | null {
  return null;
}
