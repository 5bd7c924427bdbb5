// Run as a fresh process by the startup section: how long until the first article is analysed.
// Prints one JSON line; times are milliseconds since this process started.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';

const entered = performance.now();
const { createAnalyzer } = await import('../pipeline/analyze.ts');
const { SAMPLE_FILES } = await import('../eval/sample/task.ts');
const { SAMPLE_DATE } = await import('../eval/sample/checklist.ts');
const sample = SAMPLE_FILES.find((f) => f.lang === 'id')!;
const text = readFileSync(sample.path, 'utf8');
const imported = performance.now();
const analyzer = await createAnalyzer();
const created = performance.now();
let error: string | null = null;
try {
  analyzer.analyze({ text, lang: sample.lang, publishedAt: SAMPLE_DATE, name: sample.path });
} catch (e) {
  error = (e as Error).message;
}
const analysed = performance.now();
process.stdout.write(JSON.stringify({ entered, imported, created, analysed, error }) + '\n');
