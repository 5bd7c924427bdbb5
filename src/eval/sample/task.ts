// The sample-article task: the checklist on the Indonesian and English samples, pass/fail per fact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../../pipeline/analyze.ts';
import { REPO_ROOT } from '../data.ts';
import { emptyReport, type Cell, type TaskReport } from '../report.ts';
import { Failures } from '../failures.ts';
import { runChecklist, sampleChecklist, SAMPLE_DATE, type CheckOutcome } from './checklist.ts';

export interface SampleFile {
  lang: 'id' | 'en';
  path: string;
}

export const SAMPLE_FILES: SampleFile[] = [
  { lang: 'id', path: join(REPO_ROOT, 'samples/north-korea-troops-id.txt') },
  { lang: 'en', path: join(REPO_ROOT, 'samples/north-korea-troops-en.txt') },
];

export function runSample(files: readonly SampleFile[], analyzer: Analyzer): TaskReport {
  const report = emptyReport('sample');
  const columns: { lang: string; outcomes: CheckOutcome[] }[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f.path, 'utf8');
    } catch {
      report.missing.push(f.path);
      continue;
    }
    const failures = new Failures();
    const a = failures.guard(f.path, null, () => analyzer.analyze({ text, lang: f.lang, publishedAt: SAMPLE_DATE, name: f.path }));
    const checks = sampleChecklist(f.lang);
    const outcomes: CheckOutcome[] = a
      ? runChecklist(a, checks)
      : checks.map((c) => ({ name: c.name, group: c.group, pass: false, detail: 'the analysis threw', evidence: [] }));
    const failed = failures.summary('articles', 1);
    if (failed) report.notes.push(`${f.lang}: ${failed}`);
    columns.push({ lang: f.lang, outcomes });
    report.figures[f.lang] = {
      passed: outcomes.filter((o) => o.pass).length,
      total: outcomes.length,
      checks: Object.fromEntries(outcomes.map((o) => [o.name, o.pass])),
    };
    for (const o of outcomes) report.errors.push(`${f.lang} ${o.pass ? 'pass' : 'FAIL'} ${o.name}: ${o.detail}`);
  }
  if (!columns.length) return report;
  const names = columns[0]!.outcomes.map((o) => [o.name, o.group] as const);
  const rows: Cell[][] = names.map(([name, group], i) => [name, group, ...columns.map((c) => (c.outcomes[i]!.pass ? 'pass' : 'FAIL'))]);
  rows.push(['passed', '', ...columns.map((c) => `${c.outcomes.filter((o) => o.pass).length}/${c.outcomes.length}`)]);
  report.tables.push({
    title: `sample article checklist (published ${SAMPLE_DATE})`,
    columns: ['check', 'group', ...columns.map((c) => c.lang)],
    rows,
  });
  report.notes.push('a check passes only with evidence spans that are exact substrings of the text, each starting in its sentence; --errors shows what each found');
  return report;
}
