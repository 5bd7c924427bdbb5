// One thread of the analysis pool (pool.ts): loads the analyser once, then answers requests one at a time.
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import { createAnalyzerWith } from './analyze.ts';
import { createLanguageDetector } from '../lang/detect.ts';
import type { Request, Reply } from './pool.ts';

const detector = await createLanguageDetector();
const analyzer = createAnalyzerWith(detector);
const port = parentPort!;

port.on('message', (request: Request) => {
  let reply: Reply;
  try {
    const result = request.kind === 'analyze' ? analyzer.analyze(request.input) : detector.detect(request.text);
    reply = { id: request.id, result };
  } catch (e) {
    const err = e as Error;
    reply = { id: request.id, error: e instanceof InputError ? { input: e.input, problem: e.problem } : { message: err.message ?? String(e) } };
  }
  port.postMessage(reply);
});
