// The parse task: each pack's syntax model scored on the UD test files its syntax/treebanks.json reports
// on (under ud/ beside the eval data root): UPOS and lemma accuracy, UAS and LAS on Sumber's tokens.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LanguagePack } from '../../lang/types.ts';
import { readTrees } from '../../syntax/train.ts';
import { scoreModel } from '../../syntax/score.ts';
import { emptyReport, type Cell, type TaskReport } from '../report.ts';

/** The UD treebanks sit beside the eval data: ../shared/ud for ../shared/eval. */
export function udRoot(dataRoot: string): string {
  return resolve(dataRoot, '../ud');
}

export function runParse(packs: readonly LanguagePack[], root: string): TaskReport {
  const report = emptyReport('parse');
  const rows: Cell[][] = [];
  for (const pack of packs) {
    const source = pack.syntax;
    if (!source) continue;
    const model = source.get();
    if (!model) {
      report.notes.push(`${pack.code}: no syntax model in ${source.dir} (npm run train:parse -- --lang ${pack.code})`);
      continue;
    }
    const recipe = JSON.parse(readFileSync(join(source.dir, 'treebanks.json'), 'utf8')) as { report: string[] };
    for (const file of recipe.report) {
      const path = join(root, file);
      if (!existsSync(path)) {
        report.missing.push(path);
        continue;
      }
      const s = scoreModel(model, readTrees([path], pack.text));
      report.figures[file] = s;
      rows.push([file, pack.code, s.sentences, s.tokens, s.upos, s.lemma, s.uas, s.las]);
    }
  }
  report.tables.push({ title: 'UD test files (gold tokens joined as Sumber tokenizes them)', columns: ['file', 'lang', 'sentences', 'tokens', 'UPOS', 'lemma', 'UAS', 'LAS'], rows });
  report.notes.push(
    "scored on Sumber's tokens: UD multiword tokens (\"pasukannya\", \"don't\") and words the tokenizer joins (\"Korea's\") count as one token with the analysis of their highest word; punctuation included; labels compared whole (nsubj:pass)",
  );
  return report;
}
