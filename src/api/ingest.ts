// POST /api/articles through the ingestion module: the same article building, duplicate and original
// detection and analysis as `sumber ingest`, writing through an audited sink.
import type { IngestContext } from '../ingest/ingest.ts';
import type { ArticleSink } from '../ingest/sink.ts';
import type { IngestRequest, IngestResult } from './schemas.ts';

export interface ApiIngestor {
  ingest(request: IngestRequest, sink: ArticleSink): Promise<IngestResult>;
}

export interface IngestorOptions {
  /** Let URLs reach loopback and private addresses (off: a caller could make the server probe its network). */
  allowPrivate?: boolean;
}

export function createIngestor(options: IngestorOptions = {}): ApiIngestor {
  // The analyser and detector load language packs and models: on the first article, not when the server
  // starts, so a server that only answers queries starts fast and never loads them.
  let shared: Promise<Omit<IngestContext, 'sink'>> | null = null;
  const load = async () => {
    const [{ createAnalyzerWith }, { createLanguageDetector }, { packs }, { Fetcher }, { originalCues }] = await Promise.all([
      import('../pipeline/analyze.ts'),
      import('../lang/detect.ts'),
      import('../lang/index.ts'),
      import('../ingest/fetch.ts'),
      import('../ingest/provenance.ts'),
    ]);
    // One fastText model serves both the analyser and the translation check.
    const detector = await createLanguageDetector();
    const analyzer = createAnalyzerWith(detector);
    return {
      analyzer,
      detector,
      fetcher: new Fetcher({ allowPrivate: !!options.allowPrivate }),
      originalCues: originalCues(packs.values()),
      analyzerLanguages: new Set(packs.keys()),
    };
  };
  const context = () => (shared ??= load());

  return {
    async ingest(req, sink) {
      const result: IngestResult = { stored: [], duplicates: [], failed: [] };
      const { Ingester } = await import('../ingest/ingest.ts');
      const ingester = new Ingester({ ...(await context()), sink }, (e) => {
        if (e.kind === 'stored') {
          result.stored.push({ id: e.article.id, title: e.article.title, nearDuplicateOf: e.nearDuplicateOf, originalId: e.originalId });
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
