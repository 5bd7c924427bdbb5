// Calendar periods as closed intervals of ISO dates, with their TIMEX3-like values. Pure arithmetic on days
// (UTC), no time zones: publication dates are calendar dates.
import type { Granularity } from '../schema/analysis.ts';

/** A calendar period: the TIMEX3-like value and its first and last day. */
export interface Period {
  value: string;
  granularity: Granularity;
  start: string;
  end: string;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];
/** Northern-hemisphere meteorological seasons: first month of each; winter Y runs Dec Y – Feb Y+1. */
const SEASON_FIRST_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function dayNumber({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function parseIsoDate(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: '${iso}'`);
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const yearText = (y: number) => pad(y, 4);

export function isoDate({ y, m, d }: Ymd): string {
  return `${yearText(y)}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

const iso = (n: number) => isoDate(fromDayNumber(n));
const monthEnd = (y: number, m: number) => isoDate({ y, m, d: daysInMonth(y, m) });
/** Month arithmetic that carries into years: (2024, 13) is January 2025. */
const normMonth = (y: number, m: number): [number, number] => [y + Math.floor((m - 1) / 12), ((((m - 1) % 12) + 12) % 12) + 1];

export function dayPeriod(day: number): Period {
  const d = iso(day);
  return { value: d, granularity: 'day', start: d, end: d };
}

export function weekPeriod(day: number): Period {
  const monday = day - (isoWeekday(day) - 1);
  const thursday = monday + 3; // the ISO week belongs to the year of its Thursday
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber({ y, m: 1, d: 1 })) / 7) + 1;
  return { value: `${yearText(y)}-W${pad(week)}`, granularity: 'week', start: iso(monday), end: iso(monday + 6) };
}

export function monthPeriod(year: number, month: number): Period {
  const [y, m] = normMonth(year, month);
  return { value: `${yearText(y)}-${pad(m)}`, granularity: 'month', start: isoDate({ y, m, d: 1 }), end: monthEnd(y, m) };
}

export function quarterPeriod(y: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return { value: `${yearText(y)}-Q${q}`, granularity: 'quarter', start: isoDate({ y, m: first, d: 1 }), end: monthEnd(y, first + 2) };
}

export function seasonPeriod(y: number, season: Season): Period {
  const first = SEASON_FIRST_MONTH[season];
  const [ey, em] = normMonth(y, first + 2);
  return { value: `${yearText(y)}-${season}`, granularity: 'season', start: isoDate({ y, m: first, d: 1 }), end: monthEnd(ey, em) };
}

export function yearPeriod(y: number): Period {
  return { value: yearText(y), granularity: 'year', start: `${yearText(y)}-01-01`, end: `${yearText(y)}-12-31` };
}

/** The decade starting at year y (a multiple of ten); TIMEX3 writes the 1990s as 199. */
export function decadePeriod(y: number): Period {
  return { value: yearText(y).slice(0, 3), granularity: 'decade', start: `${yearText(y)}-01-01`, end: `${yearText(y + 9)}-12-31` };
}

/** The century of year y, as TIMEX3 writes it: 19 for 1900–1999. */
export function centuryPeriod(y: number): Period {
  const first = Math.floor(y / 100) * 100;
  return { value: yearText(first).slice(0, 2), granularity: 'century', start: `${yearText(first)}-01-01`, end: `${yearText(first + 99)}-12-31` };
}

/** The season a day falls in, as (year, season) with winter numbered by its December. */
export function seasonOf({ y, m }: Ymd): { y: number; season: Season } {
  if (m <= 2) return { y: y - 1, season: 'WI' };
  return { y, season: SEASONS[Math.floor((m - 3) / 3)]! };
}

export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export const CALENDAR_UNITS: readonly CalendarUnit[] = ['day', 'week', 'month', 'quarter', 'year', 'decade', 'century'];

/** The period of `unit` that lies `n` units from the one containing `ref` (n = 0: the current one). */
export function shiftedPeriod(ref: Ymd, unit: CalendarUnit, n: number): Period {
  switch (unit) {
    case 'day':
      return dayPeriod(dayNumber(ref) + n);
    case 'week':
      return weekPeriod(dayNumber(ref) + 7 * n);
    case 'month':
      return monthPeriod(ref.y, ref.m + n);
    case 'quarter': {
      const q = Math.floor((ref.m - 1) / 3) + n;
      return quarterPeriod(ref.y + Math.floor(q / 4), (((q % 4) + 4) % 4) + 1);
    }
    case 'year':
      return yearPeriod(ref.y + n);
    case 'decade':
      return decadePeriod(Math.floor(ref.y / 10) * 10 + 10 * n);
    case 'century':
      return centuryPeriod(ref.y + 100 * n);
  }
}

/**
 * The early, middle or late third of a period. A month splits at days 10 and 20 (the usual reading of
 * "awal/pertengahan/akhir bulan"); longer periods split into thirds of their months (a year: Jan–Apr, May–Aug,
 * Sep–Dec) or, for decades and centuries, of their years; a week into Mon–Tue, Wed–Fri, Sat–Sun.
 */
export function partOf(p: Period, part: 'early' | 'mid' | 'late'): { start: string; end: string } {
  const k = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  const s = parseIsoDate(p.start);
  const e = parseIsoDate(p.end);
  switch (p.granularity) {
    case 'day':
      return { start: p.start, end: p.end };
    case 'week': {
      const cuts = [0, 2, 5, 7];
      const first = dayNumber(s);
      return { start: iso(first + cuts[k]!), end: iso(first + cuts[k + 1]! - 1) };
    }
    case 'month': {
      const cuts = [1, 11, 21];
      return { start: isoDate({ ...s, d: cuts[k]! }), end: k === 2 ? p.end : isoDate({ ...s, d: cuts[k + 1]! - 1 }) };
    }
    case 'decade':
    case 'century': {
      const years = e.y - s.y + 1;
      const cuts = [0, Math.round(years * 0.4), Math.round(years * 0.7), years];
      return { start: `${yearText(s.y + cuts[k]!)}-01-01`, end: `${yearText(s.y + cuts[k + 1]! - 1)}-12-31` };
    }
    default: {
      const months = (e.y - s.y) * 12 + (e.m - s.m) + 1;
      const third = months / 3;
      const [sy, sm] = normMonth(s.y, s.m + Math.round(third * k));
      const [ey, em] = normMonth(s.y, s.m + Math.round(third * (k + 1)) - 1);
      return { start: isoDate({ y: sy, m: sm, d: 1 }), end: monthEnd(ey, em) };
    }
  }
}

export function addDays(isoDay: string, n: number): string {
  return iso(dayNumber(parseIsoDate(isoDay)) + n);
}
