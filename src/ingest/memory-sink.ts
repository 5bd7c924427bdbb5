// An ArticleSink in memory: for tests and --dry-run, where nothing is written.
import type { Article } from '../schema/article.ts';
import type { ArticleSink, StoredArticleRef } from './sink.ts';

export type SavedEntry = Parameters<ArticleSink['save']>[0];
export type RecordedCopy = Parameters<NonNullable<ArticleSink['recordCopy']>>[1] & { existingId: string };

export class MemorySink implements ArticleSink {
  readonly entries: SavedEntry[] = [];
  readonly copies: RecordedCopy[] = [];
  private readonly byBand = new Map<string, Set<number>>();

  private ref(a: Article): StoredArticleRef {
    return { id: a.id, title: a.title, url: a.url, canonicalUrl: a.canonicalUrl, publisher: a.publisher, minhash: a.minhash };
  }

  async findExisting(keys: { canonicalUrl: string | null; contentHash: string }): Promise<StoredArticleRef | null> {
    const hit = this.entries.find(
      ({ article: a }) => a.contentHash === keys.contentHash || (keys.canonicalUrl !== null && a.canonicalUrl === keys.canonicalUrl),
    );
    return hit ? this.ref(hit.article) : null;
  }

  async findByBands(bandKeys: string[]): Promise<StoredArticleRef[]> {
    const idx = new Set<number>();
    for (const k of bandKeys) for (const i of this.byBand.get(k) ?? []) idx.add(i);
    return [...idx].sort((a, b) => a - b).map((i) => this.ref(this.entries[i]!.article));
  }

  async findOriginal(link: { url: string | null; title: string | null }): Promise<StoredArticleRef | null> {
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    const hit = this.entries.find(({ article: a }) =>
      link.url !== null ? a.url === link.url || a.canonicalUrl === link.url : link.title !== null && a.title !== null && norm(a.title) === norm(link.title),
    );
    return hit ? this.ref(hit.article) : null;
  }

  async recordCopy(existingId: string, copy: Omit<RecordedCopy, 'existingId'>): Promise<void> {
    this.copies.push({ existingId, ...copy });
  }

  async save(entry: SavedEntry): Promise<StoredArticleRef | null> {
    const existing = entry.unlessStored ? await this.findExisting(entry.unlessStored) : null;
    if (existing) return existing;
    const i = this.entries.push(entry) - 1;
    for (const k of entry.bandKeys) {
      if (!this.byBand.has(k)) this.byBand.set(k, new Set());
      this.byBand.get(k)!.add(i);
    }
    return null;
  }
}
