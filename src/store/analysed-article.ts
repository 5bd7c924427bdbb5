// The Article record of a text analysed without ingestion (`sumber analyze --store`): the same id and
// content hash ingestion would give the same text, so a later ingest of it is a duplicate, not a copy.
import type { Analysis } from '../schema/analysis.ts';
import type { Article } from '../schema/article.ts';

export function articleOfAnalysis(analysis: Analysis, origin: Article['origin'], fetchedAt = new Date().toISOString()): Article {
  return {
    id: `art_${analysis.id.slice(0, 24)}`,
    contentHash: analysis.id,
    url: analysis.url,
    canonicalUrl: null,
    title: analysis.title,
    text: analysis.text,
    lang: null,
    publishedAt: analysis.publishedAtSource === 'today' ? null : analysis.publishedAt,
    modifiedAt: null,
    author: null,
    publisher: analysis.provenance.publisher,
    section: null,
    charset: null,
    fetchedAt,
    origin,
    originalOf: null,
    minhash: [],
  };
}
