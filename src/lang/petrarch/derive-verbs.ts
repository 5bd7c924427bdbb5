// Writes an event-lexicon verb file from a PETRARCH verb dictionary, so that a pack can ship general English
// verb knowledge from CAMEO.2.0.txt (MIT, Open Event Data Alliance) as plain data:
//   node --import tsx src/lang/petrarch/derive-verbs.ts <CAMEO.2.0.txt> > src/lang/en/verbs-cameo.tsv
// Senses whose code PLOVER dropped (01 statements, 02 appeals) are left out: they would code nothing.
import { readFileSync } from 'node:fs';
import { cameoCode } from '../../events/cameo.ts';
import type { VerbEntry } from '../../events/lexicon.ts';
import { parsePetrarchVerbs } from './verbs.ts';

/** One row per lemma set and code; the objects of that code's patterns are joined into one alternative list. */
export function verbRows(entries: VerbEntry[]): string[] {
  const rows = new Map<string, string[]>();
  for (const e of entries) {
    if (e.cameo !== '---' && !cameoCode(e.cameo)?.plover) continue;
    const forms = [...e.lemmas.map((l) => l.join(' ')), ...e.forms.map((f) => '=' + f.join(' '))].join('|');
    const options = [e.objects.length ? `reach=${e.reach.before},${e.reach.after}` : '', e.reverseCameo ? `reverse=${e.reverseCameo}` : ''];
    const key = [forms, e.cameo, options.filter(Boolean).join(' ') || '-'].join('\t');
    rows.set(key, [...(rows.get(key) ?? []), ...e.objects.map((o) => o.join(' '))]);
  }
  return [...rows].map(([key, objects]) => {
    const [forms, code, options] = key.split('\t');
    return [forms, code, '-', '-', [...new Set(objects)].join('|') || '-', 'actor=subject recipient=object recipient=complement', options].join('\t');
  });
}

const HEADER = `# English verb senses derived from the CAMEO verb dictionary CAMEO.2.0.txt of PETRARCH2
# (openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf; MIT licence, Copyright (c) 2015
# Open Event Data Alliance) by src/lang/petrarch/derive-verbs.ts. Do not edit by hand: put corrections in
# verbs.tsv, whose senses of a lemma take precedence over these. Columns as in verbs.tsv.`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: derive-verbs.ts <PETRARCH verb dictionary>');
    process.exit(2);
  }
  process.stdout.write([HEADER, ...verbRows(parsePetrarchVerbs(readFileSync(path, 'utf8')))].join('\n') + '\n');
}
