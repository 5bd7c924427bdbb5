// Reads a pack's quantity data files (number-words.tsv, bounds.tsv, units.tsv, currencies.tsv, items.tsv,
// quantity-words.tsv, and months.tsv to tell dates from counts) into a QuantityLexicon.
import { readTable } from '../lang/load.ts';
import { BOUNDS } from '../schema/vocabulary.ts';
import type { BoundWord, Currency, NumberRole, QuantityLexicon, Unit, UnitKind } from './lexicon.ts';

const ROLES: readonly NumberRole[] = ['atom', 'times', 'plus', 'hundred', 'scale', 'many', 'joiner'];

function fail(file: URL, row: string[], why: string): never {
  throw new Error(`${file.pathname}: ${why} in row '${row.join('\t')}'`);
}

function oneOf<T extends string>(file: URL, row: string[], cell: string | undefined, allowed: readonly T[]): T {
  if (!allowed.includes(cell as T)) fail(file, row, `'${cell ?? ''}' is not one of ${allowed.join(', ')}`);
  return cell as T;
}

/** Rows of (value, phrase) into a lower-cased phrase → value map. */
function valueByPhrase(file: URL): Map<string, string> {
  return new Map(
    readTable(file).map((row) => {
      if (!row[0] || !row[1]) fail(file, row, 'expected two columns');
      return [row[1].toLowerCase(), row[0]];
    }),
  );
}

/** unit name, phrase, kind (counter when empty). */
function readUnits(file: URL): Map<string, Unit> {
  const units = new Map<string, Unit>();
  for (const row of readTable(file)) {
    if (!row[0] || !row[1]) fail(file, row, 'expected a unit name and a phrase');
    const kind = row[2] ? oneOf<UnitKind>(file, row, row[2], ['counter', 'measure', 'time']) : 'counter';
    units.set(row[1].toLowerCase(), { name: row[0], kind });
  }
  return units;
}

/** Reads the quantity data of the pack in folder `dir` (a file: URL ending in '/'), with its number format. */
export function readQuantityLexicon(dir: URL, format: { thousandsSeparator: string; decimalMark: string }): QuantityLexicon {
  const file = (name: string) => new URL(name, dir);
  const lex: QuantityLexicon = {
    ...format,
    numberWords: new Map(),
    bounds: [],
    units: readUnits(file('units.tsv')),
    currencies: [],
    // items.tsv has the phrase first and the English name second.
    items: new Map(readTable(file('items.tsv')).map(([phrase = '', name = '']) => [phrase.toLowerCase(), name])),
    fillers: [],
    stops: new Set(),
    determiners: new Set(),
    agoWords: [],
    clockWords: new Set(),
    pluralSuffixes: [],
    monthNames: new Set(valueByPhrase(file('months.tsv')).keys()),
  };
  const numbers = file('number-words.tsv');
  for (const row of readTable(numbers)) {
    const role = oneOf(numbers, row, row[0], ROLES);
    const value = role === 'joiner' ? 0 : Number(row[2]);
    if (!row[1] || Number.isNaN(value)) fail(numbers, row, 'expected a phrase and a value');
    lex.numberWords.set(row[1].toLowerCase(), { role, value, alone: row[3] === 'alone' });
  }

  const bounds = file('bounds.tsv');
  for (const row of readTable(bounds)) {
    const word: BoundWord = {
      bound: oneOf(bounds, row, row[0], BOUNDS),
      phrase: row[1] ?? fail(bounds, row, 'missing phrase'),
      position: oneOf(bounds, row, row[2], ['before', 'after', 'open', 'and', 'to'] as const),
    };
    lex.bounds.push(word);
  }

  const currencies = file('currencies.tsv');
  for (const row of readTable(currencies)) {
    const c: Currency = {
      code: /^[A-Z]{3}$/.test(row[0] ?? '') ? row[0]! : fail(currencies, row, 'not an ISO 4217 code'),
      phrase: row[1] ?? fail(currencies, row, 'missing phrase'),
      position: oneOf(currencies, row, row[2], ['before', 'after'] as const),
    };
    lex.currencies.push(c);
  }

  const words = file('quantity-words.tsv');
  for (const row of readTable(words)) {
    const [kind, phrase = ''] = row;
    if (kind === 'filler') lex.fillers.push(phrase);
    else if (kind === 'stop') lex.stops.add(phrase.toLowerCase());
    else if (kind === 'determiner') lex.determiners.add(phrase.toLowerCase());
    else if (kind === 'plural-suffix') lex.pluralSuffixes.push(phrase);
    else if (kind === 'ago') lex.agoWords.push(phrase);
    else if (kind === 'clock') lex.clockWords.add(phrase.toLowerCase());
    else fail(words, row, `unknown kind '${kind}'`);
  }
  return lex;
}
