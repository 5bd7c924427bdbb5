// `npm run eval`: Sumber's quality against gold data others annotated, one table a task.
// `npm run eval -- --task ner --file x.txt --format conll` scores another file of a known format.
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import type { Analyzer } from '../pipeline/analyze.ts';
import { defaultAnalyzer } from './pipeline.ts';
import { InputError } from '../errors.ts';
import { dataRoot, DATASETS, DEV_SETS } from './data.ts';
import { renderReport, type TaskReport } from './report.ts';
import { runNer, type NerFile } from './ner/task.ts';
import { runEvents, type EventSet } from './events/task.ts';
import { readCameoPloverMap, readPetrarch, readPlover, readSumber, type CameoToPlover } from './events/gold.ts';
import { petrarchAnalyzer } from './events/petrarch.ts';
import { runExtraction } from './extraction/task.ts';
import { runSample, SAMPLE_FILES } from './sample/task.ts';

const TASKS = ['ner', 'events', 'extraction', 'sample'] as const;
type TaskName = (typeof TASKS)[number];

interface Options {
  task?: TaskName;
  file?: string;
  format?: 'conll' | 'plover' | 'petrarch' | 'sumber';
  dir?: string;
  lang?: string;
  data?: string;
  json?: boolean;
  errors?: boolean;
}

function nerFiles(opts: Options, root: string): NerFile[] {
  if (opts.file) {
    const lang = opts.lang ?? 'en';
    return [{ label: opts.file, path: opts.file, lang, baseline: lang === 'en' }];
  }
  return [
    { label: 'idner-news-2k dev', path: join(root, DATASETS.nerIdnerDev), lang: 'id', baseline: false },
    { label: 'NERGrit valid', path: join(root, DATASETS.nerGritValid), lang: 'id', baseline: false },
    { label: 'CoNLL++ dev', path: join(root, DATASETS.nerConllppDev), lang: 'en', baseline: true },
  ];
}

/** The CAMEO→PLOVER map; without it PETRARCH codes have no PLOVER type (CAMEO scores still count). */
function cameoMap(root: string): { toPlover: CameoToPlover; note: string | null } {
  const path = join(root, DATASETS.cameoPloverMap);
  try {
    return { toPlover: readCameoPloverMap(path), note: null };
  } catch {
    return { toPlover: () => null, note: `missing: ${path} (no PLOVER types for CAMEO codes)` };
  }
}

async function eventSets(opts: Options, root: string, analyzer: Analyzer): Promise<EventSet[]> {
  const sets: EventSet[] = [];
  const wantPlover = opts.file ? opts.format === 'plover' : true;
  const wantPetrarch = opts.file ? opts.format === 'petrarch' : true;
  const lang = opts.lang;
  if (opts.file ? opts.format === 'sumber' : true) {
    const files = opts.file ? [{ label: opts.file, path: opts.file }] : DEV_SETS;
    for (const { label, path } of files) sets.push({ label, path, load: () => readSumber(path), analyzer, lang });
  }
  if (wantPlover) {
    const path = opts.file ?? join(root, DATASETS.ploverDev);
    sets.push({ label: opts.file ? path : 'PLOVER GSR dev', path, load: () => readPlover(path), analyzer, lang });
  }
  if (wantPetrarch) {
    const path = opts.file ?? join(root, DATASETS.petrarchRecords);
    const { toPlover, note: mapNote } = cameoMap(root);
    const petrarch = await petrarchAnalyzer(opts.file ? dirname(path) : join(root, dirname(DATASETS.petrarchActors)), analyzer);
    sets.push({
      label: opts.file ? path : 'PETRARCH2 unit tests',
      path,
      load: () => readPetrarch(path, toPlover),
      analyzer: petrarch.analyzer,
      lang,
      note: [petrarch.note, mapNote].filter(Boolean).join('; '),
    });
  }
  return sets;
}

async function runTask(task: TaskName, opts: Options, root: string, analyzer: Analyzer): Promise<TaskReport> {
  switch (task) {
    case 'ner':
      return runNer(nerFiles(opts, root), analyzer);
    case 'events':
      return runEvents(await eventSets(opts, root, analyzer));
    case 'extraction':
      return runExtraction(opts.dir ?? join(root, DATASETS.extractionBenchmark));
    case 'sample':
      return runSample(opts.file ? [{ lang: opts.lang === 'en' ? 'en' : 'id', path: opts.file }] : SAMPLE_FILES, analyzer);
  }
}

function checkOptions(opts: Options): void {
  if (opts.file && !opts.task) throw new InputError('--file', 'needs --task to say what the file holds');
  if (opts.task === 'ner' && opts.format && opts.format !== 'conll') throw new InputError('--format', `ner files are conll, not ${opts.format}`);
  if (opts.task === 'events' && opts.file && !opts.format) throw new InputError('--file', 'needs --format sumber, plover or petrarch');
  if (opts.task === 'events' && opts.format === 'conll') throw new InputError('--format', 'event files are sumber, plover or petrarch');
  if (opts.dir && opts.task !== 'extraction') throw new InputError('--dir', 'is for --task extraction');
}

async function main(argv: string[]): Promise<void> {
  const program = new Command('eval')
    .description("Scores Sumber's analysis against gold data (default: every task on ../shared/eval)")
    .addOption(new Option('--task <name>', 'run one task').choices(TASKS))
    .option('--file <path>', 'score this file instead of the default data set')
    .addOption(new Option('--format <format>', 'format of --file').choices(['conll', 'plover', 'petrarch', 'sumber']))
    .option('--dir <path>', 'extraction benchmark folder (ground-truth.json, html/)')
    .option('--lang <code>', 'language of --file (ner: default en; sample: id or en; events: records without a language field, default en)')
    .option('--data <dir>', 'data root (default: $SUMBER_EVAL_DATA or ../shared/eval beside the repository)')
    .option('--json', 'print the figures as JSON')
    .option('--errors', 'list per item what was missed or wrong')
    .parse(argv);
  const opts = program.opts<Options>();
  checkOptions(opts);
  const root = dataRoot(opts.data);
  const analyzer = await defaultAnalyzer();
  const tasks = opts.task ? [opts.task] : [...TASKS];
  const reports: TaskReport[] = [];
  for (const task of tasks) {
    const started = Date.now();
    const report = await runTask(task, opts, root, analyzer);
    report.notes.push(`ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    reports.push(report);
    if (!opts.json) process.stdout.write(renderReport(report, !!opts.errors) + '\n');
  }
  if (opts.json) {
    const out = reports.map(({ task, figures, missing, notes, errors }) => ({ task, figures, missing, notes, ...(opts.errors ? { errors } : {}) }));
    process.stdout.write(JSON.stringify({ dataRoot: root, reports: out }, null, 2) + '\n');
  }
}

main(process.argv).catch((e: unknown) => {
  if (e instanceof InputError) {
    process.stderr.write(`eval: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
});
