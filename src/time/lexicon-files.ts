// Reads a pack's time data files (months.tsv, weekdays.tsv, seasons.tsv, time-units.tsv, relative-time.tsv,
// time-modifiers.tsv, time-words.tsv and the atoms of number-words.tsv) into a TimeLexicon.
import { readTable } from '../lang/load.ts';
import { TIME_MODIFIERS } from '../schema/vocabulary.ts';
import { CALENDAR_UNITS, SEASONS, type CalendarUnit, type Season } from './calendar.ts';
import type { Position, ShiftWord, TimeLexicon, TimeModifier, UnitWord } from './lexicon.ts';

const MODIFIERS: readonly TimeModifier[] = TIME_MODIFIERS;

function fail(file: URL, row: string[], why: string): never {
  throw new Error(`${file.pathname}: ${why} in row '${row.join('\t')}'`);
}

function intCell(file: URL, row: string[], cell: string | undefined): number {
  if (!cell || !/^[-+]?\d+$/.test(cell)) fail(file, row, `'${cell ?? ''}' is not a whole number`);
  return Number(cell);
}

function oneOf<T extends string>(file: URL, row: string[], cell: string | undefined, allowed: readonly T[]): T {
  if (!allowed.includes(cell as T)) fail(file, row, `'${cell ?? ''}' is not one of ${allowed.join(', ')}`);
  return cell as T;
}

/** Rows of (number, name) into a lower-cased name → number map. */
function numbered(file: URL, max: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of readTable(file)) {
    const n = intCell(file, row, row[0]);
    if (n < 1 || n > max || !row[1]) fail(file, row, `expected a number 1-${max} and a name`);
    out.set(row[1].toLowerCase(), n);
  }
  return out;
}

/** Reads the time data of the pack in folder `dir` (a file: URL ending in '/'). */
export function readTimeLexicon(dir: URL): TimeLexicon {
  const file = (name: string) => new URL(name, dir);
  const lex: TimeLexicon = {
    months: numbered(file('months.tsv'), 12),
    weekdays: numbered(file('weekdays.tsv'), 7),
    seasons: new Map(),
    units: [],
    shifts: [],
    agoWords: [],
    dayWords: new Map(),
    modifiers: new Map(),
    counts: new Map(),
    vagueCounts: new Set(),
    yearWords: [],
    weekdayWords: [],
    monthWords: [],
    ordinalPrefixes: [],
    articles: [],
    ofWords: [],
    rangeJoiners: [],
    cues: new Set(),
    decadeSuffixes: [],
    daySuffixes: [],
    quarterWords: [],
    ordinals: new Map(),
    futureCues: [],
    publishedCues: [],
    numericDateOrder: 'dmy',
    capitalisedNames: true,
    dayMonthJoiners: [],
  };

  const seasons = file('seasons.tsv');
  for (const row of readTable(seasons)) lex.seasons.set(row[1]!.toLowerCase(), oneOf<Season>(seasons, row, row[0], SEASONS));

  const units = file('time-units.tsv');
  for (const row of readTable(units)) {
    const unit: UnitWord = {
      unit: oneOf<CalendarUnit>(units, row, row[0], CALENDAR_UNITS),
      phrase: row[1] ?? fail(units, row, 'missing phrase'),
      count: row[2] ? intCell(units, row, row[2]) : null,
    };
    lex.units.push(unit);
  }

  const relative = file('relative-time.tsv');
  for (const row of readTable(relative)) {
    const [kind, phrase = '', offset] = row;
    if (!phrase) fail(relative, row, 'missing phrase');
    if (kind === 'day') {
      lex.dayWords.set(phrase.toLowerCase(), intCell(relative, row, offset));
      continue;
    }
    const word: ShiftWord = { phrase, offset: intCell(relative, row, offset), position: oneOf<Position>(relative, row, row[3], ['before', 'after']) };
    if (kind === 'shift') lex.shifts.push(word);
    else if (kind === 'ago') lex.agoWords.push(word);
    else fail(relative, row, `unknown kind '${kind}'`);
  }

  const modifiers = file('time-modifiers.tsv');
  for (const row of readTable(modifiers)) lex.modifiers.set(row[1]!.toLowerCase(), oneOf(modifiers, row, row[0], MODIFIERS));

  const numbers = file('number-words.tsv');
  for (const [role, phrase, value] of readTable(numbers)) if (role === 'atom') lex.counts.set(phrase!.toLowerCase(), Number(value));

  const words = file('time-words.tsv');
  for (const row of readTable(words)) {
    const [kind, phrase = '', value] = row;
    const lower = phrase.toLowerCase();
    switch (kind) {
      case 'year-word': lex.yearWords.push(phrase); break;
      case 'day-word': lex.weekdayWords.push(phrase); break;
      case 'month-word': lex.monthWords.push(phrase); break;
      case 'ordinal-prefix': lex.ordinalPrefixes.push(phrase); break;
      case 'article': lex.articles.push(phrase); break;
      case 'of': lex.ofWords.push(phrase); break;
      case 'cue': lex.cues.add(lower); break;
      case 'range-joiner': lex.rangeJoiners.push(phrase); break;
      case 'decade-suffix': lex.decadeSuffixes.push(phrase); break;
      case 'day-suffix': lex.daySuffixes.push(phrase); break;
      case 'quarter-word': lex.quarterWords.push(phrase); break;
      case 'ordinal': lex.ordinals.set(lower, intCell(words, row, value)); break;
      case 'count': lex.counts.set(lower, intCell(words, row, value)); break;
      case 'vague-count': lex.vagueCounts.add(lower); break;
      case 'future-cue': lex.futureCues.push(phrase); break;
      case 'published-cue': lex.publishedCues.push(phrase); break;
      case 'day-month-joiner': lex.dayMonthJoiners.push(phrase); break;
      case 'name-case': lex.capitalisedNames = oneOf(words, row, phrase, ['capitalised', 'any'] as const) === 'capitalised'; break;
      case 'date-order': lex.numericDateOrder = oneOf(words, row, phrase, ['dmy', 'mdy'] as const); break;
      default: fail(words, row, `unknown kind '${kind}'`);
    }
  }
  return lex;
}
