// Run as a fresh process by the startup section: how long until the first article is analysed.
// Prints one JSON line; times are milliseconds since this process started.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';

const SAMPLE = new URL('../../samples/north-korea-troops-id.txt', import.meta.url);
const SAMPLE_DATE = '2024-06-28';

const entered = performance.now();
const { createLazyAnalyzer } = await import('../pipeline/analyze.ts');
const text = readFileSync(SAMPLE, 'utf8');
const imported = performance.now();
// As the CLI does: the language model and the text's pack are read by the first analysis.
const analyzer = createLazyAnalyzer();
const created = performance.now();
let error: string | null = null;
try {
  // Language detection included, as a user's first article would have it.
  await analyzer.analyze({ text, publishedAt: SAMPLE_DATE, name: SAMPLE.pathname });
} catch (e) {
  error = (e as Error).message;
}
const analysed = performance.now();
process.stdout.write(JSON.stringify({ entered, imported, created, analysed, error }) + '\n');
