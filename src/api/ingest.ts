// POST /api/articles through the ingestion module: the same article building, duplicate and original
// detection and analysis as `sumber ingest`, writing through an audited sink.
import type { IngestContext } from '../ingest/ingest.ts';
import type { AnalysisPool } from '../pipeline/pool.ts';
import type { ArticleSink } from '../ingest/sink.ts';
import type { IngestRequest, IngestResult } from './schemas.ts';

export interface ApiIngestor {
  ingest(request: IngestRequest, sink: ArticleSink): Promise<IngestResult>;
}

export interface IngestorOptions {
  /** Let URLs reach loopback and private addresses (off: a caller could make the server probe its network). */
  allowPrivate?: boolean;
  /** Threads analysing posted articles, so the server answers other requests meanwhile (default: one per core). */
  workers?: number;
}

export interface ClosableIngestor extends ApiIngestor {
  /** Ends the analysis threads. */
  close(): Promise<void>;
}

export function createIngestor(options: IngestorOptions = {}): ClosableIngestor {
  // The analyser loads language packs and models in the pool's threads, on the first article, not when the
  // server starts: a server that only answers queries starts fast and never loads them.
  let shared: Promise<Omit<IngestContext, 'sink'>> | null = null;
  let pool: AnalysisPool | null = null;
  const load = async () => {
    const [{ AnalysisPool }, { packCodes }, { Fetcher }] = await Promise.all([
      import('../pipeline/pool.ts'),
      import('../lang/registry.ts'),
      import('../ingest/fetch.ts'),
    ]);
    pool = new AnalysisPool(options.workers);
    return {
      analyzer: pool,
      detector: pool,
      builder: pool,
      fetcher: new Fetcher({ allowPrivate: !!options.allowPrivate }),
      analyzerLanguages: packCodes,
    };
  };
  const context = () => (shared ??= load());

  return {
    async close() {
      await (pool as AnalysisPool | null)?.close();
    },
    async ingest(req, sink) {
      const result: IngestResult = { stored: [], duplicates: [], failed: [] };
      const { Ingester } = await import('../ingest/ingest.ts');
      const ingester = new Ingester({ ...(await context()), sink, publisher: req.source ?? null }, (e) => {
        if (e.kind === 'stored') {
          result.stored.push({ id: e.article.id, title: e.article.title, nearDuplicateOf: e.nearDuplicateOf, originalId: e.originalId, limits: e.limits });
        } else if (e.kind === 'duplicate') result.duplicates.push({ id: e.existing.id, input: e.input });
        else if (e.kind === 'failed') result.failed.push({ input: e.input, problem: e.problem });
      });
      if (req.text === undefined && req.html === undefined) {
        await ingester.run([req.url!]);
        return result;
      }
      await ingester.ingest({
        origin: { kind: 'api', location: req.url ?? 'api', feed: null },
        html: req.html ?? null,
        text: req.text ?? null,
        url: req.url ?? null,
        charset: null,
        given: { title: req.title ?? null, publishedAt: req.publishedAt ?? null, lang: req.lang ?? null },
      });
      return result;
    },
  };
}
