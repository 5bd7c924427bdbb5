// Where ingestion puts articles. The store implements it; tests use an in-memory one. Asynchronous, so a
// server database can implement it; an embedded one answers at once.
import type { Article } from '../schema/article.ts';
import type { Analysis } from '../schema/analysis.ts';

export interface StoredArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  canonicalUrl: string | null;
  publisher: string | null;
  minhash: number[];
}

export interface ArticleSink {
  /** The article already stored with this canonical URL or this content hash, if any. */
  findExisting(keys: DuplicateKeys): Promise<StoredArticleRef | null>;
  /** Articles sharing at least one LSH band key with a signature: candidates for near-duplicates. */
  findByBands(bandKeys: string[]): Promise<StoredArticleRef[]>;
  /** Articles with this URL (or canonical URL), or with this exact title: candidates for an original. */
  findOriginal(link: { url: string | null; title: string | null }): Promise<StoredArticleRef | null>;
  /**
   * Optional. The same text seen again at another URL or from another publisher (a verbatim wire copy): not
   * stored as a second article (the text is the key), but worth recording so reports and sources can be counted.
   */
  recordCopy?(existingId: string, copy: { url: string | null; canonicalUrl: string | null; publisher: string | null; origin: Article['origin']; fetchedAt: string }): Promise<void>;
  /**
   * Stores the article, its analysis and its relations in one transaction: all or nothing.
   * `nearDuplicateOf` groups it with an earlier copy; `originalId` links it to its original.
   * With `unlessStored`, the duplicate check runs again inside that transaction and an article already stored
   * under those keys (by another writer since the first check) is returned instead, nothing written; null: stored.
   */
  save(entry: SaveEntry): Promise<StoredArticleRef | null>;
}

export interface SaveEntry {
  article: Article;
  analysis: Analysis | null;
  bandKeys: string[];
  nearDuplicateOf: string | null;
  originalId: string | null;
  unlessStored?: DuplicateKeys;
}

export interface DuplicateKeys {
  canonicalUrl: string | null;
  contentHash: string;
}
