// One thread of the analysis pool (pool.ts): answers requests one at a time, loading each language pack (and
// the language identifier) the first time a request needs it.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import { createLazyAnalyzer } from './analyze.ts';
import type { Request, Reply } from './pool.ts';

const analyzer = createLazyAnalyzer();
const port = parentPort!;

port.on('message', async (request: Request) => {
  let reply: Reply;
  try {
    const result = request.kind === 'analyze' ? await analyzer.analyze(request.input) : await analyzer.detect(request.text);
    reply = { id: request.id, result };
  } catch (e) {
    const err = e as Error;
    reply = { id: request.id, error: e instanceof InputError ? { input: e.input, problem: e.problem } : { message: err.message ?? String(e) } };
  }
  port.postMessage(reply);
});
