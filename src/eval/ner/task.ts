// The entity task: each CoNLL file scored for Sumber (and the English baseline), one table a file.
import { readFileSync } from 'node:fs';
import type { Analyzer } from '../../pipeline/analyze.ts';
import { emptyReport, type Cell, type TaskReport } from '../report.ts';
import { parseConll, rebuildText, type ConllDocument } from './conll.ts';
import { charToTokenSpan, iobSpans, NER_CLASSES, type TokenSpan } from './spans.ts';
import { compareDocument, scoreNer, type DocumentSpans, type NerScore } from './score.ts';
import { compromisePredictor, sumberPredictor, type NerPredictor } from './predict.ts';
import { Failures } from '../failures.ts';

export interface NerFile {
  label: string;
  path: string;
  lang: string;
  /** compromise is English only. */
  baseline: boolean;
}

export function documentSpans(doc: ConllDocument, predictor: NerPredictor, lang: string, name: string, failures: Failures): DocumentSpans {
  const { text, offsets } = rebuildText(doc);
  const gold = doc.sentences.flatMap((s, i) => iobSpans(s.tags, i));
  const predicted: TokenSpan[] = [];
  for (const m of failures.guard(name, [], () => predictor(text, lang, name))) {
    const span = charToTokenSpan(m.start, m.end, offsets);
    if (span) predicted.push({ ...span, cls: m.cls });
  }
  return { gold, predicted };
}

function spanText(doc: ConllDocument, s: TokenSpan): string {
  return `${doc.sentences[s.sentence]!.tokens.slice(s.first, s.last + 1).join(' ')}/${s.cls}`;
}

function scoreRows(system: string, score: NerScore): Cell[][] {
  const row = (cls: string, p: NerScore['overall']): Cell[] => [system, cls, p.precision, p.recall, p.f1, p.tp, p.fp, p.fn];
  return [row('overall', score.overall), ...NER_CLASSES.map((c) => row(c, score.byClass[c]))];
}

export function runNer(files: readonly NerFile[], analyzer: Analyzer): TaskReport {
  const report = emptyReport('ner');
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file.path, 'utf8');
    } catch {
      report.missing.push(file.path);
      continue;
    }
    const conll = parseConll(content);
    const sumber = sumberPredictor(analyzer);
    const docs = conll.documents;
    const failures = new Failures();
    const sumberSpans = docs.map((d, i) => documentSpans(d, sumber, file.lang, `${file.label} #${i + 1}`, failures));
    const score = scoreNer(sumberSpans);
    const rows = scoreRows('sumber', score);
    report.figures[file.label] = { sumber: score };
    if (file.baseline) {
      const base = docs.map((d, i) => documentSpans(d, compromisePredictor, file.lang, `${file.label} #${i + 1}`, failures));
      const baseScore = scoreNer(base);
      rows.push(...scoreRows('compromise', baseScore));
      report.figures[file.label] = { sumber: score, compromise: baseScore };
    }
    const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
    report.tables.push({
      title: `${file.label} (${file.lang}; ${conll.hasDocumentBreaks ? `${docs.length} documents, ${sentences} sentences` : `${sentences} sentences, each analysed alone`}; ${score.confusions} class confusions)`,
      columns: ['system', 'class', 'P', 'R', 'F1', 'tp', 'fp', 'fn'],
      rows,
    });
    const failed = failures.summary('documents', docs.length);
    if (failed) report.notes.push(`${file.label}: ${failed}`);
    report.errors.push(...failures.all);
    sumberSpans.forEach((spans, i) => {
      const { missed, spurious } = compareDocument(spans);
      if (!missed.length && !spurious.length) return;
      const doc = docs[i]!;
      report.errors.push(
        `${file.label} #${i + 1}: missed [${missed.map((s) => spanText(doc, s)).join('; ')}] wrong [${spurious.map((s) => spanText(doc, s)).join('; ')}]`,
      );
    });
  }
  report.notes.push(
    'entity-level exact match (conlleval): first token, last token and class must all agree',
    'classes: person→PER; country, place, region→LOC; organization, government, military, media, group→ORG; a place named for its government is LOC',
    'CoNLL MISC (nationalities, events) has no Sumber counterpart and is not scored',
    'a mention is mapped to every token it overlaps; the rebuilt text joins tokens by spaces and sentences by a blank line',
  );
  return report;
}
