// What a language pack tells the quantity stage. All words are data (src/lang/<code>/*.tsv, read by
// lexicon-files.ts); the code in this folder is shared by every language.
import type { Bound } from '../schema/analysis.ts';

/** How a number word combines with the words before it (see number-words.tsv). */
export type NumberRole = 'atom' | 'times' | 'plus' | 'hundred' | 'scale' | 'many' | 'joiner';

export interface NumberWord {
  role: NumberRole;
  value: number;
  /** A hundred or scale word that is a whole number by itself ("seribu"); others need a number before. */
  alone: boolean;
}

/** counter: the counted thing may follow; measure: nothing does; time: a measure of time. */
export type UnitKind = 'counter' | 'measure' | 'time';

export interface Unit {
  name: string;
  kind: UnitKind;
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
  /** Phrase → unit, named in English. */
  units: Map<string, Unit>;
  currencies: Currency[];
  /** Phrase → the counted thing in English. */
  items: Map<string, string>;
  /** Words between a unit and the counted thing ("berisi", "of"). */
  fillers: string[];
  /** Words that end the counted thing's phrase. */
  stops: Set<string>;
  /** Words after which a number word is no count ("salah satu", "the two countries"). */
  determiners: Set<string>;
  /** After a measure of time, these make the number part of a date ("dua hari lalu"). */
  agoWords: string[];
  /** Before a number, these make it a clock time ("pukul 10.00"). */
  clockWords: Set<string>;
  pluralSuffixes: string[];
  /** Lower-cased month names: a number beside one is a date, not a quantity. */
  monthNames: Set<string>;
}
