// Readers for the plain-text data files of the language packs: one entry a line, `#` starts a comment,
// columns separated by tabs. Experts edit these files; the code only indexes them.
import { readdirSync, readFileSync } from 'node:fs';

function dataLines(file: URL): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trimEnd())
    .filter((line) => line.trim() !== '');
}

/** One entry a line. */
export function readList(file: URL): string[] {
  return dataLines(file).map((l) => l.trim());
}

/** Tab-separated rows; empty cells are ''. */
export function readTable(file: URL): string[][] {
  return dataLines(file).map((l) => l.split('\t').map((c) => c.trim()));
}

/** The file beside a pack module: `packFile(import.meta.url, 'months.tsv')`. */
export function packFile(moduleUrl: string, name: string): URL {
  return new URL(name, moduleUrl);
}

/** Every word of the data files beside a pack module (cells split at '|' and spaces) that `keep` accepts; the
 *  regression records and the files in `except` are left out. A word splitter reads them to keep listed words
 *  whole. */
export function listedWords(moduleUrl: string, keep: (word: string) => boolean, except: string[] = []): Set<string> {
  const words = new Set<string>();
  const dir = new URL('./', moduleUrl);
  for (const name of readdirSync(dir)) {
    if (!/\.(tsv|txt)$/.test(name) || name === 'checks.tsv' || except.includes(name)) continue;
    for (const row of readTable(new URL(name, dir))) for (const cell of row) for (const w of cell.split(/[|\s]+/)) if (keep(w)) words.add(w);
  }
  return words;
}
