// What a language pack tells the quantity stage. All words are data (src/lang/<code>/*.tsv, read by
// lexicon-files.ts); the code in this folder is shared by every language.
import type { Bound } from '../schema/analysis.ts';

/** How a number word combines with the words before it (see number-words.tsv). */
export type NumberRole = 'atom' | 'times' | 'plus' | 'hundred' | 'scale' | 'many' | 'joiner';

export interface NumberWord {
  role: NumberRole;
  value: number;
}

export interface BoundWord {
  phrase: string;
  bound: Bound;
  /** before/after the number; open/and/to for the parts of a range. */
  position: 'before' | 'after' | 'open' | 'and' | 'to';
}

export interface Currency {
  phrase: string;
  code: string;
  position: 'before' | 'after';
}

export interface QuantityLexicon {
  /** Thousands separator and decimal mark of written numbers ('.' and ',' in Indonesian). */
  thousandsSeparator: string;
  decimalMark: string;
  /** Lower-cased single-word number words. */
  numberWords: Map<string, NumberWord>;
  bounds: BoundWord[];
  /** Phrase → unit name in English. */
  units: Map<string, string>;
  currencies: Currency[];
  /** Phrase → the counted thing in English. */
  items: Map<string, string>;
  /** Words between a unit and the counted thing ("berisi", "of"). */
  fillers: string[];
  /** Words that end the counted thing's phrase. */
  stops: Set<string>;
  /** Words after which a number word is no count ("salah satu", "the two countries"). */
  determiners: Set<string>;
  pluralSuffixes: string[];
  /** Lower-cased month names: a number beside one is a date, not a quantity. */
  monthNames: Set<string>;
}
