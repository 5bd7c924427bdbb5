// One small parser per kind of date expression, each a regular expression composed from the pack's words and
// a function that resolves a match against the publication date. Parsers only propose candidates; index.ts
// attaches modifiers, checks cues and keeps the longest non-overlapping ones.
import {
  SEASONS,
  dayNumber,
  dayPeriod,
  fromDayNumber,
  centuryPeriod,
  decadePeriod,
  isValidDate,
  isoWeekday,
  monthPeriod,
  quarterPeriod,
  seasonOf,
  seasonPeriod,
  shiftedPeriod,
  yearPeriod,
  type CalendarUnit,
  type Period,
  type Season,
  type Ymd,
} from './calendar.ts';
import type { Position, ShiftWord, TimeLexicon } from './lexicon.ts';
import { NUMBER_END, NUMBER_START, WORD_END, WORD_START, WS, anyOf, isCapitalised, key } from './patterns.ts';

export interface ResolveContext {
  ref: Ymd;
  refDay: number;
  /** Whether a future cue ("akan", "will") stands shortly before the match, in the same clause. */
  isFuture(): boolean;
}

/**
 * What must stand just before a candidate for it to count: a cue word or any modifier ('cue': a bare
 * "Februari" or "2023"), or an early/mid/late modifier ('position': a bare "tahun" in "akhir tahun").
 */
export type Need = 'cue' | 'position' | null;

export interface Resolved {
  period: Period;
  /** Whether the publication date was needed to resolve it. */
  relative: boolean;
  needs: Need;
}

export interface Parser {
  name: string;
  /** Sticky: tried only where a word it can start with begins. */
  pattern: RegExp;
  /** Lower-cased first words (letters and digits up to any other character) a match can start with. */
  starts: string[];
  /** Whether a match can start with a digit. */
  digits: boolean;
  resolve(groups: Record<string, string | undefined>, ctx: ResolveContext): Resolved | null;
}

type Groups = Record<string, string | undefined>;

const YEAR = '(?:1\\d{3}|20\\d{2})';

/** Words of a shift or "ago" kind, split by where they stand, with lookups by matched text. */
function byPosition(words: ShiftWord[]) {
  const of = (p: Position) => new Map(words.filter((w) => w.position === p).map((w) => [key(w.phrase), w.offset]));
  const before = of('before');
  const after = of('after');
  return {
    /** Phrases that stand before what they modify: where a match can start. */
    leading: [...before.keys()],
    /** The offset named by groups `${prefix}b` (before) or `${prefix}a` (after), if either matched. */
    offset(g: Groups, prefix: string): number | undefined {
      const b = g[`${prefix}b`];
      const a = g[`${prefix}a`];
      return b ? before.get(key(b)) : a ? after.get(key(a)) : undefined;
    },
    /** `core` with an optional word before or after it, captured as `${prefix}b` / `${prefix}a`. */
    around(core: string, prefix: string): string {
      return `(?:(?<${prefix}b>${anyOf([...before.keys()])})${WS})?${core}(?:${WS}(?<${prefix}a>${anyOf([...after.keys()])})${WORD_END})?`;
    },
  };
}

export function buildParsers(lex: TimeLexicon): Parser[] {
  const shifts = byPosition(lex.shifts);
  const ago = byPosition(lex.agoWords);
  const plainUnits = new Map(lex.units.filter((u) => u.count === null).map((u) => [key(u.phrase), u.unit]));
  const countedUnits = new Map(lex.units.filter((u) => u.count !== null).map((u) => [key(u.phrase), u]));
  const yearUnits = [...plainUnits].filter(([, u]) => u === 'year').map(([p]) => p);
  const centuryUnits = [...plainUnits].filter(([, u]) => u === 'century').map(([p]) => p);

  // "tahun lalu", "last year": a year named by its distance from the publication year.
  const relativeYears = new Map<string, number>();
  for (const s of lex.shifts) {
    for (const y of yearUnits) relativeYears.set(key(s.position === 'before' ? `${s.phrase} ${y}` : `${y} ${s.phrase}`), s.offset);
  }

  const MONTH = anyOf(lex.months.keys());
  const WEEKDAY = anyOf(lex.weekdays.keys());
  const SEASON = anyOf(lex.seasons.keys());
  const ARTICLE = anyOf(lex.articles);
  const OF = anyOf(lex.ofWords);
  const YEAR_WORD = anyOf(lex.yearWords);
  const COUNT = `(?:\\d{1,3}|${anyOf(lex.counts.keys())})`;
  const ORDINAL = anyOf(lex.ordinals.keys());
  const optOf = `(?:${OF}${WS})?`;
  // After a count a unit is a duration: "beberapa minggu lalu" is not last week, "beberapa hari ini" not today.
  const NOT_AFTER = `(?:${COUNT}|${anyOf(lex.vagueCounts)})${WS}`;
  // A following year: ", 2024", " tahun 2024", " of 2024", " tahun ini", " this year".
  const YEAR_ANCHOR =
    `(?:,?${WS}${optOf}(?:${YEAR_WORD}${WS})?(?<ay>${YEAR})${NUMBER_END}` +
    `|${WS}${optOf}(?<ar>${anyOf(relativeYears.keys())})${WORD_END})`;

  const anchorYear = (g: Groups, ctx: ResolveContext): { y: number; relative: boolean } | null => {
    if (g.ay) return { y: Number(g.ay), relative: false };
    if (g.ar) return { y: ctx.ref.y + relativeYears.get(key(g.ar))!, relative: true };
    return null;
  };

  const nameCounts = (name: string | undefined): name is string => !!name && (!lex.capitalisedNames || isCapitalised(name));
  const monthOf = (name: string | undefined) => (nameCounts(name) ? lex.months.get(key(name)) : undefined);
  const weekdayOf = (name: string | undefined) => (nameCounts(name) ? lex.weekdays.get(key(name)) : undefined);
  const DAY_MONTH_JOINER = lex.dayMonthJoiners.length ? `(?:${anyOf(lex.dayMonthJoiners)}${WS})?` : '';
  const countOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : lex.counts.get(key(text)));
  const re = (source: string) => new RegExp(source, 'iuy');
  const shiftFirst = shifts.leading;

  return [
    {
      name: 'iso-date',
      starts: [],
      digits: true,
      pattern: re(`${NUMBER_START}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${NUMBER_END}`),
      resolve: (g) => absoluteDay({ y: +g.y!, m: +g.m!, d: +g.d! }),
    },
    {
      name: 'numeric-date',
      starts: [],
      digits: true,
      pattern: re(`${NUMBER_START}(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4})${NUMBER_END}`),
      resolve: (g) => {
        const [d, m] = lex.numericDateOrder === 'dmy' ? [+g.a!, +g.b!] : [+g.b!, +g.a!];
        return absoluteDay({ y: +g.y!, m, d });
      },
    },
    {
      name: 'day-month',
      starts: [...shiftFirst, ...lex.weekdays.keys(), ...lex.months.keys()],
      digits: true,
      pattern: re(
        `${WORD_START}(?:(?<wd>${WEEKDAY}),?${WS})?` +
          shifts.around(
            `(?:(?<d1>\\d{1,2})${WS}${DAY_MONTH_JOINER}(?<m1>${MONTH})|(?<m2>${MONTH})${WS}(?<d2>\\d{1,2})(?:${anyOf(lex.daySuffixes)})?)${WORD_END}`,
            's',
          ) +
          `(?:${YEAR_ANCHOR})?`,
      ),
      resolve: (g, ctx) => {
        const m = monthOf(g.m1 ?? g.m2);
        if (!m || (g.wd && !weekdayOf(g.wd))) return null;
        const d = Number(g.d1 ?? g.d2);
        const anchor = anchorYear(g, ctx);
        const shift = shifts.offset(g, 's');
        if (anchor && shift !== undefined) return null;
        if (anchor) return isValidDate({ y: anchor.y, m, d }) ? { period: dayPeriod(dayNumber({ y: anchor.y, m, d })), relative: anchor.relative, needs: null } : null;
        const day = shift === undefined ? nearestDay(m, d, ctx) : shiftedDay(m, d, ctx, shift);
        return day === null ? null : { period: dayPeriod(day), relative: true, needs: null };
      },
    },
    {
      // "22-25 Januari 2013", "June 14-16": one expression; its value is the ISO 8601 interval of the days.
      name: 'day-range',
      starts: [...lex.months.keys()],
      digits: true,
      pattern: re(
        `${WORD_START}(?:(?<a1>\\d{1,2})[-–](?<b1>\\d{1,2})${WS}(?<m1>${MONTH})|(?<m2>${MONTH})${WS}(?<a2>\\d{1,2})[-–](?<b2>\\d{1,2}))${WORD_END}` +
          `(?:${YEAR_ANCHOR})?`,
      ),
      resolve: (g, ctx) => {
        const m = monthOf(g.m1 ?? g.m2);
        const [a, b] = [Number(g.a1 ?? g.a2), Number(g.b1 ?? g.b2)];
        if (!m || a >= b) return null;
        const anchor = anchorYear(g, ctx);
        const firstDay = anchor ? dayNumber({ y: anchor.y, m, d: a }) : nearestDay(m, a, ctx);
        if (firstDay === null) return null;
        const { y } = fromDayNumber(firstDay);
        if (!isValidDate({ y, m, d: a }) || !isValidDate({ y, m, d: b })) return null;
        const [start, end] = [dayPeriod(firstDay).start, dayPeriod(dayNumber({ y, m, d: b })).end];
        return { period: { value: `${start}/${end}`, granularity: 'day', start, end }, relative: !anchor || anchor.relative, needs: null };
      },
    },
    {
      // "Juni-Agustus 2023", "from June to August": the year, written or not, belongs to the second month.
      name: 'month-range',
      starts: [...lex.months.keys()],
      digits: false,
      pattern: re(
        `${WORD_START}(?<m1>${MONTH})(?:${WS})?(?:[-–]|${WS}${anyOf(lex.rangeJoiners)}${WS})(?:${WS})?(?<m2>${MONTH})${WORD_END}(?:${YEAR_ANCHOR})?`,
      ),
      resolve: (g, ctx) => {
        const [m1, m2] = [monthOf(g.m1), monthOf(g.m2)];
        if (!m1 || !m2 || m1 === m2) return null;
        const anchor = anchorYear(g, ctx);
        const y2 = anchor?.y ?? nearestMonthYear(m2, ctx.ref);
        const [first, last] = [monthPeriod(m1 < m2 ? y2 : y2 - 1, m1), monthPeriod(y2, m2)];
        return {
          period: { value: `${first.value}/${last.value}`, granularity: 'month', start: first.start, end: last.end },
          relative: !anchor || anchor.relative,
          needs: null,
        };
      },
    },
    {
      name: 'month',
      starts: [...shiftFirst, ...lex.monthWords, ...lex.months.keys()],
      digits: false,
      pattern: re(`${WORD_START}${shifts.around(`(?:(?<mw>${anyOf(lex.monthWords)})${WS})?(?<m>${MONTH})${WORD_END}`, 's')}(?:${YEAR_ANCHOR})?`),
      resolve: (g, ctx) => {
        const m = monthOf(g.m);
        if (!m) return null;
        const anchor = anchorYear(g, ctx);
        const shift = shifts.offset(g, 's');
        if (anchor && shift !== undefined) return null;
        if (anchor) return { period: monthPeriod(anchor.y, m), relative: anchor.relative, needs: null };
        const y = shift === undefined ? nearestMonthYear(m, ctx.ref) : shiftedYear(m, ctx.ref.m, ctx.ref.y, shift);
        return { period: monthPeriod(y, m), relative: true, needs: shift === undefined && !g.mw ? 'cue' : null };
      },
    },
    {
      name: 'season',
      starts: [...shiftFirst, ...lex.seasons.keys()],
      digits: false,
      pattern: re(`${WORD_START}${shifts.around(`(?<s>${SEASON})${WORD_END}`, 's')}(?:${YEAR_ANCHOR})?`),
      resolve: (g, ctx) => {
        const season = lex.seasons.get(key(g.s!))!;
        const anchor = anchorYear(g, ctx);
        const shift = shifts.offset(g, 's');
        if (anchor && shift !== undefined) return null;
        if (anchor) return { period: seasonPeriod(anchor.y, season), relative: anchor.relative, needs: null };
        return { period: shiftedSeason(season, ctx.ref, shift ?? 0), relative: true, needs: shift === undefined ? 'cue' : null };
      },
    },
    {
      name: 'quarter',
      starts: ['q1', 'q2', 'q3', 'q4', ...lex.articles, ...lex.ordinals.keys(), ...lex.quarterWords],
      digits: false,
      pattern: re(
        `${WORD_START}(?:Q(?<q>[1-4])|(?:${ARTICLE}${WS})?(?:(?<o1>${ORDINAL})${WS}${anyOf(lex.quarterWords)}|${anyOf(lex.quarterWords)}${WS}(?<o2>${ORDINAL}|[1-4])))${WORD_END}` +
          `(?:${YEAR_ANCHOR})?`,
      ),
      resolve: (g, ctx) => {
        const q = g.q ? Number(g.q) : lex.ordinals.get(key(g.o1 ?? g.o2!)) ?? Number(g.o2);
        if (!(q >= 1 && q <= 4)) return null;
        const anchor = anchorYear(g, ctx);
        return { period: quarterPeriod(anchor?.y ?? ctx.ref.y, q), relative: anchor?.relative ?? true, needs: null };
      },
    },
    {
      name: 'decade',
      starts: [...lex.articles, ...lex.yearWords],
      digits: true,
      pattern: re(`${WORD_START}(?:(?:${ARTICLE}|${YEAR_WORD})${WS})?${NUMBER_START}(?<y>1\\d{2}0|20\\d0)${anyOf(lex.decadeSuffixes)}${WORD_END}`),
      resolve: (g) => ({ period: decadePeriod(Number(g.y)), relative: false, needs: null }),
    },
    {
      // "2019-2021", "1914–18": a span of whole years, valued as an ISO 8601 interval.
      name: 'year-range',
      starts: lex.yearWords,
      digits: true,
      pattern: re(`(?:${WORD_START}${YEAR_WORD}${WS})?${NUMBER_START}(?<y1>${YEAR})[-–](?<y2>${YEAR}|\\d{2})${NUMBER_END}`),
      resolve: (g) => {
        const y1 = Number(g.y1);
        const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
        if (y2 <= y1) return null;
        const [first, last] = [yearPeriod(y1), yearPeriod(y2)];
        return { period: { value: `${first.value}/${last.value}`, granularity: 'year', start: first.start, end: last.end }, relative: false, needs: null };
      },
    },
    {
      name: 'year',
      starts: lex.yearWords,
      digits: true,
      pattern: re(`(?:${WORD_START}(?<yw>${YEAR_WORD})${WS})?${NUMBER_START}(?<y>${YEAR})${NUMBER_END}(?!${anyOf(lex.decadeSuffixes)}${WORD_END})`),
      resolve: (g) => ({ period: yearPeriod(Number(g.y)), relative: false, needs: g.yw ? null : 'cue' }),
    },
    {
      name: 'ago',
      starts: [...ago.leading, ...lex.counts.keys(), ...countedUnits.keys()],
      digits: true,
      pattern: re(
        `${WORD_START}${ago.around(`(?:(?<n>${COUNT})${WS}(?<u>${anyOf(plainUnits.keys())})|(?<cu>${anyOf(countedUnits.keys())}))${WORD_END}`, 'a')}`,
      ),
      resolve: (g, ctx) => {
        const direction = ago.offset(g, 'a');
        if (direction === undefined) return null;
        const counted = g.cu ? countedUnits.get(key(g.cu)) : undefined;
        const unit = counted?.unit ?? plainUnits.get(key(g.u!))!;
        const n = counted?.count ?? countOf(g.n!);
        if (n === undefined) return null;
        return { period: shiftedPeriod(ctx.ref, unit, direction * n), relative: true, needs: null };
      },
    },
    {
      // "bulan depan", "last year", "this month"; a bare unit ("akhir tahun", "the end of the year") only after
      // early/mid/late. Days are left to the day words: "the next day" is relative to an event, not to the
      // publication.
      name: 'relative-unit',
      starts: [...shiftFirst, ...lex.articles, ...plainUnits.keys()],
      digits: false,
      pattern: re(
        `${WORD_START}(?<!${NOT_AFTER})` +
          shifts.around(`(?:(?<art>${ARTICLE})${WS})?(?<u>${anyOf(plainUnits.keys())})${WORD_END}`, 's'),
      ),
      resolve: (g, ctx) => {
        const unit: CalendarUnit = plainUnits.get(key(g.u!))!;
        const shift = shifts.offset(g, 's');
        if (unit === 'day' || (shift !== undefined && g.art)) return null;
        return { period: shiftedPeriod(ctx.ref, unit, shift ?? 0), relative: true, needs: shift === undefined ? 'position' : null };
      },
    },
    {
      // The news dateline form "Kamis (29/5/2014)", "Sabtu (19/12)": the date decides, the weekday is part of it.
      name: 'weekday-date',
      starts: [...lex.weekdays.keys()],
      digits: false,
      pattern: re(`${WORD_START}(?<wd>${WEEKDAY}),?[^\\S\\n]*\\((?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?\\)`),
      resolve: (g, ctx) => {
        if (!weekdayOf(g.wd)) return null;
        const [d, m] = lex.numericDateOrder === 'dmy' ? [+g.a!, +g.b!] : [+g.b!, +g.a!];
        if (g.y) return absoluteDay({ y: g.y.length === 2 ? 2000 + +g.y : +g.y, m, d });
        const day = nearestDay(m, d, ctx);
        return day === null ? null : { period: dayPeriod(day), relative: true, needs: null };
      },
    },
    {
      name: 'century',
      starts: [...centuryUnits, ...lex.articles],
      digits: true,
      pattern: re(
        `${WORD_START}(?:${anyOf(centuryUnits)}${WS}${anyOf(lex.ordinalPrefixes)}[^\\S\\n]*(?<n1>\\d{1,2})` +
          `|(?:${ARTICLE}${WS})?(?<n2>\\d{1,2})${anyOf(lex.daySuffixes)}${WS}${anyOf(centuryUnits)})${WORD_END}`,
      ),
      resolve: (g) => {
        const n = Number(g.n1 ?? g.n2);
        return n >= 1 ? { period: centuryPeriod((n - 1) * 100), relative: false, needs: null } : null;
      },
    },
    {
      name: 'weekday',
      starts: [...shiftFirst, ...lex.weekdayWords, ...lex.weekdays.keys()],
      digits: false,
      pattern: re(`${WORD_START}${shifts.around(`(?:${anyOf(lex.weekdayWords)}${WS})?(?<wd>${WEEKDAY})${WORD_END}`, 's')}`),
      resolve: (g, ctx) => {
        const wd = weekdayOf(g.wd);
        if (!wd) return null;
        const shift = shifts.offset(g, 's') ?? (ctx.isFuture() ? 0.5 : undefined);
        return { period: dayPeriod(weekdayDay(wd, ctx.refDay, shift)), relative: true, needs: null };
      },
    },
    {
      name: 'day-word',
      starts: [...lex.dayWords.keys()],
      digits: false,
      pattern: re(`${WORD_START}(?<!${NOT_AFTER})(?<w>${anyOf(lex.dayWords.keys())})${WORD_END}`),
      resolve: (g, ctx) => ({ period: dayPeriod(ctx.refDay + lex.dayWords.get(key(g.w!))!), relative: true, needs: null }),
    },
  ];
}

export function absoluteDay(ymd: Ymd): Resolved | null {
  return isValidDate(ymd) ? { period: dayPeriod(dayNumber(ymd)), relative: false, needs: null } : null;
}

/** A day and month without a year: the occurrence nearest the publication date (ties go to the past). */
export function nearestDay(m: number, d: number, ctx: ResolveContext): number | null {
  let best: number | null = null;
  for (const y of [ctx.ref.y - 1, ctx.ref.y, ctx.ref.y + 1]) {
    if (!isValidDate({ y, m, d })) continue;
    const day = dayNumber({ y, m, d });
    if (best === null || Math.abs(day - ctx.refDay) < Math.abs(best - ctx.refDay)) best = day;
  }
  return best;
}

/** "19 Agustus lalu" / "12 Januari mendatang": the latest such day before publication or the first after;
 * 0 ("ini", "this"): the one in the publication year. */
function shiftedDay(m: number, d: number, ctx: ResolveContext, shift: number): number | null {
  const years = shift < 0 ? [ctx.ref.y, ctx.ref.y - 1] : shift > 0 ? [ctx.ref.y, ctx.ref.y + 1] : [ctx.ref.y];
  for (const y of years) {
    if (!isValidDate({ y, m, d })) continue;
    const day = dayNumber({ y, m, d });
    if (shift === 0 || (shift < 0 ? day < ctx.refDay : day > ctx.refDay)) return day;
  }
  return null;
}

/** A month without a year: the occurrence nearest the publication month (ties go to the past). */
export function nearestMonthYear(m: number, ref: Ymd): number {
  const distance = (y: number) => Math.abs(y * 12 + m - (ref.y * 12 + ref.m));
  return [ref.y - 1, ref.y, ref.y + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/** "Februari lalu" / "next March": the previous or next such month, never the current one; 0: this year's. */
function shiftedYear(m: number, refM: number, refY: number, shift: number): number {
  if (shift < 0) return m < refM ? refY : refY - 1;
  if (shift > 0) return m > refM ? refY : refY + 1;
  return refY;
}

/** "musim gugur lalu" / "next spring": the previous or next such season; 0 or bare: this year's. */
function shiftedSeason(season: Season, ref: Ymd, shift: number): Period {
  if (shift === 0) return seasonPeriod(ref.y, season);
  const current = seasonOf(ref);
  let index = current.y * 4 + SEASONS.indexOf(current.season);
  do index += Math.sign(shift);
  while (SEASONS[((index % 4) + 4) % 4] !== season);
  return seasonPeriod(Math.floor(index / 4), season);
}

/**
 * A weekday: bare, the most recent one on or before the publication date (news reports the past, and by
 * news style "Tuesday" in a Tuesday's paper is that day); after a future cue (0.5) the first one on or after
 * it; with "last"/"lalu" the one before the publication date; with "next"/"depan" the first one after it;
 * with "this"/"ini" the one in the same ISO week.
 */
export function weekdayDay(wd: number, refDay: number, shift: number | undefined): number {
  const back = (isoWeekday(refDay) - wd + 7) % 7;
  const ahead = (wd - isoWeekday(refDay) + 7) % 7;
  if (shift === undefined) return refDay - back;
  if (shift === 0.5) return refDay + ahead;
  if (shift < 0) return refDay - (back || 7);
  if (shift > 0) return refDay + (ahead || 7);
  return refDay - (isoWeekday(refDay) - wd);
}

