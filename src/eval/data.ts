// Where the gold data is: ../shared/eval beside the repository unless SUMBER_EVAL_DATA or --data says otherwise.
// Only the evaluation reads it; the analysis never does.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function dataRoot(option?: string): string {
  const chosen = option ?? process.env.SUMBER_EVAL_DATA;
  if (chosen) return isAbsolute(chosen) ? chosen : resolve(process.cwd(), chosen);
  return resolve(REPO_ROOT, '../shared/eval');
}

/** The default data sets, relative to the data root. */
export const DATASETS = {
  nerIdnerDev: 'ner/idner-news-2k/dev.txt',
  nerGritValid: 'ner/nergrit/valid.txt',
  nerConllppDev: 'ner/conllpp/dev.txt',
  ploverDev: 'events/plover-gsr/dev.jsonl',
  petrarchRecords: 'events/petrarch2-unittest/PETR.UnitTest.records.jsonl',
  petrarchActors: 'events/petrarch2-unittest/PETR.Validate.actors.txt',
  petrarchAgents: 'events/petrarch2-unittest/PETR.Validate.agents.txt',
  petrarchVerbs: 'events/petrarch2-unittest/PETR.Validate.verbs.txt',
  cameoPloverMap: 'reference/cameo/cameo_plover_map.tsv',
  extractionBenchmark: 'extraction/article-extraction-benchmark',
} as const;

/** A path under the root, or null when it is not there (the caller reports "missing: <path>"). */
export function present(path: string): boolean {
  return existsSync(path);
}

/** Sumber's own real-news event dev sets, shipped in the repository (src/eval/events/dev/GUIDE.md). */
export const DEV_SETS = [
  { label: 'real-news dev (en)', path: resolve(REPO_ROOT, 'src/eval/events/dev/en.jsonl') },
  { label: 'real-news dev (id)', path: resolve(REPO_ROOT, 'src/eval/events/dev/id.jsonl') },
  { label: 'real-news dev (es)', path: resolve(REPO_ROOT, 'src/eval/events/dev/es.jsonl') },
  { label: 'real-news dev (zh)', path: resolve(REPO_ROOT, 'src/eval/events/dev/zh.jsonl') },
  { label: 'real-news dev (ko)', path: resolve(REPO_ROOT, 'src/eval/events/dev/ko.jsonl') },
] as const;
