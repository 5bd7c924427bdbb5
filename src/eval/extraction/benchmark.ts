// The article-extraction-benchmark folder: ground-truth.json, html/<id>.html.gz, reference-outputs/*.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../errors.ts';

export interface BenchmarkItem {
  id: string;
  url: string | null;
  articleBody: string;
}

type Bodies = Record<string, { articleBody?: string; url?: string }>;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw e;
    throw new InputError(path, 'is not JSON');
  }
}

export function readGroundTruth(dir: string): BenchmarkItem[] {
  const data = readJson(join(dir, 'ground-truth.json')) as Bodies;
  return Object.entries(data).map(([id, v]) => ({ id, url: v.url ?? null, articleBody: v.articleBody ?? '' }));
}

export function readPage(dir: string, id: string): string {
  const raw = readFileSync(join(dir, 'html', `${id}.html.gz`));
  return gunzipSync(raw).toString('utf8');
}

/** A reference output: `{id: {articleBody}}` or `{version, output: {id: {articleBody}}}`. */
export function readPrediction(path: string): { version: string; bodies: Map<string, string> } {
  const data = readJson(path) as Bodies | { version?: string; output: Bodies };
  const wrapped = 'output' in data && typeof data.output === 'object' && Object.keys(data).every((k) => k === 'output' || k === 'version');
  const bodies = (wrapped ? (data as { output: Bodies }).output : data) as Bodies;
  return {
    version: wrapped ? String((data as { version?: string }).version ?? '') : '',
    bodies: new Map(Object.entries(bodies).map(([id, v]) => [id, v.articleBody ?? ''])),
  };
}

export function referenceOutputs(dir: string): { name: string; path: string }[] {
  const refDir = join(dir, 'reference-outputs');
  let names: string[];
  try {
    names = readdirSync(refDir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((n) => ({ name: n.replace(/\.json$/, ''), path: join(refDir, n) }));
}
