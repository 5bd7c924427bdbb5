// The main-text extraction task: Sumber's extractArticle on every benchmark page, scored with the
// benchmark's own metric, beside the published systems' outputs scored by the same port.
import { performance } from 'node:perf_hooks';
import { emptyReport, type Cell, type TaskReport } from '../report.ts';
import { importOptional } from '../optional.ts';
import { readGroundTruth, readPage, readPrediction, referenceOutputs, type BenchmarkItem } from './benchmark.ts';
import { scoreExtraction, shingleMatch, type ExtractionScore } from './metric.ts';

export interface ExtractModule {
  extractArticle(html: string, opts: { url?: string }): { title: string | null; text: string };
}

const EXTRACT_URL = new URL('../../ingest/extract.ts', import.meta.url);

export async function loadExtractor(): Promise<{ extract: ExtractModule['extractArticle'] | null; problem: string | null }> {
  const m = await importOptional<Partial<ExtractModule>>(EXTRACT_URL);
  if (!m.module) return { extract: null, problem: m.problem };
  if (typeof m.module.extractArticle !== 'function') return { extract: null, problem: 'src/ingest/extract.ts has no extractArticle yet' };
  return { extract: m.module.extractArticle, problem: null };
}

const row = (system: string, version: string, s: ExtractionScore, pagesPerSecond: number | null): Cell[] => [
  system,
  version,
  s.f1,
  s.precision,
  s.recall,
  s.accuracy,
  s.documents,
  pagesPerSecond,
];

export async function runExtraction(dir: string): Promise<TaskReport> {
  const report = emptyReport('extraction');
  let items: BenchmarkItem[];
  try {
    items = readGroundTruth(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      report.missing.push(dir);
      return report;
    }
    throw e;
  }
  const truth = new Map(items.map((i) => [i.id, i.articleBody]));
  const rows: Cell[][] = [];

  const { extract, problem } = await loadExtractor();
  if (extract) {
    const predicted = new Map<string, string>();
    const failures: string[] = [];
    let busy = 0;
    for (const item of items) {
      const html = readPage(dir, item.id);
      const t0 = performance.now();
      try {
        predicted.set(item.id, extract(html, item.url ? { url: item.url } : {}).text);
      } catch (e) {
        failures.push(`${item.id}: extractArticle threw ${(e as Error).message}`);
      }
      busy += performance.now() - t0;
    }
    const score = scoreExtraction(truth, predicted);
    const pagesPerSecond = items.length / (busy / 1000);
    report.figures.sumber = { ...score, pagesPerSecond };
    rows.push(row('sumber extractArticle', '', score, pagesPerSecond));
    report.errors.push(...failures);
    for (const item of items) {
      const m = shingleMatch(item.articleBody, predicted.get(item.id) ?? '');
      if (m.fp + m.fn > 0.2) report.errors.push(`${item.id} ${item.url ?? ''}: shingles missed ${m.fn.toFixed(2)}, extra ${m.fp.toFixed(2)}`);
    }
    if (failures.length) report.notes.push(`${failures.length} pages made extractArticle throw (scored as empty)`);
  } else {
    rows.push(['sumber extractArticle', '', 0, 0, 0, 0, items.length, null]);
    report.notes.push(`sumber extractArticle: ${problem}; scored as empty`);
  }

  for (const ref of referenceOutputs(dir)) {
    const { version, bodies } = readPrediction(ref.path);
    const score = scoreExtraction(truth, bodies);
    report.figures[`reference ${ref.name}`] = { ...score, version };
    rows.push(row(`reference ${ref.name}`, version, score, null));
  }
  report.tables.push({
    title: `article-extraction-benchmark (${items.length} pages)`,
    columns: ['system', 'version', 'F1', 'P', 'R', 'accuracy', 'pages', 'pages/s'],
    rows,
  });
  report.notes.push(
    'metric ported from the benchmark: word 4-gram shingles, per-page TP/FP/FN normalised, P and R averaged over pages, F1 from the averages; references are the published outputs scored by the same port',
    'pages/s counts extractArticle time only (one core), not reading or unzipping',
  );
  return report;
}
