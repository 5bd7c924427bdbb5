// Writes src/lang/es/verbs-upetrarch.tsv from UniversalPetrarch's Spanish verb dictionary
// (openeventdata/UniversalPetrarch, UniversalPetrarch/data/dictionaries/spanish/verbpatterns_es_190128.txt; MIT):
//   npm run derive:es-verbs -- <verbpatterns_es_190128.txt>
// Only each block's verbs with their codes are kept: the dictionary's object patterns are machine-translated
// phrases ("de", "por", "va guerra") that would match almost any sentence. Lemmas listed in
// src/lang/es/verbs-excluded.tsv (with the reason) are dropped, so re-deriving keeps the review.
import { readFileSync, writeFileSync } from 'node:fs';
import { verbRows } from '../src/lang/petrarch/derive-verbs.ts';
import { parsePetrarchVerbs } from '../src/lang/petrarch/verbs.ts';
import { readTable } from '../src/lang/load.ts';

const HEADER = `# Spanish verb senses derived from UniversalPetrarch's Spanish verb dictionary verbpatterns_es_190128.txt
# (openeventdata/UniversalPetrarch, commit 067552d83956f552d355256bf200e89ec9fdb7dc; MIT licence, Copyright (c)
# 2016 Open Event Data Alliance; see NOTICE.md) by scripts/derive-es-verbs.ts. Do not edit by hand: senses in
# verbs.tsv take precedence for the same lemma, and verbs-excluded.tsv drops wrong ones. Columns as in verbs.tsv.`;

const source = process.argv[2];
if (!source) {
  console.error('usage: derive-es-verbs.ts <verbpatterns_es_190128.txt>');
  process.exit(2);
}
const packDir = new URL('../src/lang/es/', import.meta.url);
const excluded = new Set(readTable(new URL('verbs-excluded.tsv', packDir)).map(([lemma]) => lemma!));
const rows = verbRows(parsePetrarchVerbs(readFileSync(source, 'utf8'))).filter((row) => {
  const [forms = '', , , , objects] = row.split('\t');
  return objects === '-' && !forms.split('|').some((f) => excluded.has(f));
});
writeFileSync(new URL('verbs-upetrarch.tsv', packDir), [HEADER, ...rows].join('\n') + '\n');
console.log(`verbs-upetrarch.tsv: ${rows.length} senses`);
