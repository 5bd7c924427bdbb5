// One thread of the analysis pool (pool.ts): answers requests one at a time, loading each language pack (and
// the language identifier) the first time a request needs it.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import { createLazyAnalyzer } from './analyze.ts';
import { buildArticle } from '../ingest/article.ts';
import { originalCues } from '../ingest/provenance.ts';
import { loadProvenance } from '../lang/registry.ts';
import type { Request, Reply } from './pool.ts';
import type { Analysis } from '../schema/analysis.ts';
import type { LanguageGuess } from '../lang/detect.ts';
import type { BuiltArticle } from '../ingest/article.ts';

const analyzer = createLazyAnalyzer();
// An article's language is not known before it is built: every pack's cues, which are small.
let cues: Promise<string[]> | null = null;
const port = parentPort!;

function answer(request: Request): Promise<Analysis | LanguageGuess | BuiltArticle> {
  switch (request.kind) {
    case 'analyze':
      return analyzer.analyze(request.input);
    case 'detect':
      return analyzer.detect(request.text);
    case 'build':
      return (cues ??= loadProvenance().then(originalCues)).then((c) => buildArticle(request.candidate, c, request.fetchedAt));
  }
}

port.on('message', async (request: Request) => {
  let reply: Reply;
  try {
    reply = { id: request.id, result: await answer(request) };
  } catch (e) {
    const err = e as Error;
    reply = { id: request.id, error: e instanceof InputError ? { input: e.input, problem: e.problem } : { message: err.message ?? String(e) } };
  }
  port.postMessage(reply);
});
