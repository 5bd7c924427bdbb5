// Readers for the plain-text data files of the language packs: one entry a line, `#` starts a comment,
// columns separated by tabs. Experts edit these files; the code only indexes them.
import { readFileSync } from 'node:fs';

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
