// What the cross-article layer needs of one stored article: its analysis and where it came from.
import type { Analysis } from '../schema/analysis.ts';

export interface ArticleReport {
  articleId: string;
  title: string | null;
  /** The outlet that published it (publisher, else the URL's host, else 'unknown'). */
  source: string;
  lang: string;
  /** ISO date. */
  publishedAt: string;
  /** The earlier copy this one near-duplicates, or the original it translates or republishes. */
  copyOf: string | null;
  /** The title of the original the article says it translates or republishes: copies of one original share it. */
  originalTitle: string | null;
  /** Other outlets that carried the same text verbatim (wire copies): more sources, not more articles. */
  copiedBy: string[];
  analysis: Pick<Analysis, 'events' | 'quantities'> & {
    entities: { id: string }[];
    /** The sentence behind each event, by event id: the evidence a source's statement is shown with. */
    evidence: Record<string, string>;
  };
}
