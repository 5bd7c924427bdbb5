// POST /api/articles through the ingestion module: the same article building, duplicate and original
// detection and analysis as `sumber ingest`, writing through an audited sink.
import { createAnalyzer } from '../pipeline/analyze.ts';
import { createLanguageDetector } from '../lang/detect.ts';
import { packs } from '../lang/index.ts';
import { Fetcher } from '../ingest/fetch.ts';
import { Ingester, type IngestContext } from '../ingest/ingest.ts';
import { originalCues } from '../ingest/provenance.ts';
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
  // The analyser and detector load models: once, on the first article.
  let shared: Promise<Omit<IngestContext, 'sink'>> | null = null;
  const context = () =>
    (shared ??= Promise.all([createAnalyzer(), createLanguageDetector()]).then(([analyzer, detector]) => ({
      analyzer,
      detector,
      fetcher: new Fetcher({ allowPrivate: !!options.allowPrivate }),
      originalCues: originalCues(packs.values()),
      analyzerLanguages: new Set(packs.keys()),
    })));

  return {
    async ingest(req, sink) {
      const result: IngestResult = { stored: [], duplicates: [], failed: [] };
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
      ingester.ingest({
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
