// What a language pack tells the time stage. All words are data (src/lang/<code>/*.tsv, read by
// lexicon-files.ts); the parsers in this folder are shared by every language.
import type { TimeExpr } from '../schema/analysis.ts';
import type { CalendarUnit, Season } from './calendar.ts';
import type { Parser } from './parsers.ts';

export type TimeModifier = NonNullable<TimeExpr['modifier']>;
/** Where a shift or "ago" word stands relative to what it modifies. */
export type Position = 'before' | 'after';

export interface ShiftWord {
  phrase: string;
  /** -1 the previous one, 0 the current one, 1 the next one. */
  offset: number;
  position: Position;
}

export interface UnitWord {
  phrase: string;
  unit: CalendarUnit;
  /** How many units the word itself counts ("seminggu" = 1 week), or null for the bare unit. */
  count: number | null;
}

export interface TimeLexicon {
  /** Lower-cased month names and abbreviations → 1..12. */
  months: Map<string, number>;
  /** Lower-cased weekday names → ISO weekday (1 = Monday). */
  weekdays: Map<string, number>;
  seasons: Map<string, Season>;
  units: UnitWord[];
  shifts: ShiftWord[];
  /** "lalu", "ago": count units back (offset -1) or forward (1). */
  agoWords: ShiftWord[];
  /** "kemarin" → -1: days named by their distance from the publication date. */
  dayWords: Map<string, number>;
  modifiers: Map<string, TimeModifier>;
  /** Small numbers that count units ("dua hari lalu"): number words and counting articles. */
  counts: Map<string, number>;
  /** "beberapa", "several": a unit after them is a vague duration, not a shifted unit. */
  vagueCounts: Set<string>;
  /** "tahun": may precede a year number. */
  yearWords: string[];
  /** "hari": may precede a weekday name. */
  weekdayWords: string[];
  /** "bulan": may precede a month name. */
  monthWords: string[];
  /** "ke-": joins a century word to its number ("abad ke-20"). */
  ordinalPrefixes: string[];
  /** "the": may precede a bare unit after a modifier, or a decade. */
  articles: string[];
  /** "of": joins a month, season or quarter to its year. */
  ofWords: string[];
  /** "-", "to": join two dates into one range. */
  rangeJoiners: string[];
  /** Prepositions after which a bare month, season or year number is a date. */
  cues: Set<string>;
  decadeSuffixes: string[];
  daySuffixes: string[];
  quarterWords: string[];
  ordinals: Map<string, number>;
  /** "akan", "will": a bare weekday shortly after one looks forward. */
  futureCues: string[];
  /** Words that introduce the article's own date. */
  publishedCues: string[];
  numericDateOrder: 'dmy' | 'mdy';
  /** Whether month and weekday names count only when capitalised (English, Indonesian) or also in lower case (Spanish). */
  capitalisedNames: boolean;
  /** Words between a day number and its month ("3 de octubre"). */
  dayMonthJoiners: string[];
  /** Parsers of the pack's own, tried beside the shared ones: date forms the shared grammar of words and spaces
   *  cannot say ("2024年10月3日", "上周二" in a script without spaces). */
  ownParsers?: Parser[];
}
