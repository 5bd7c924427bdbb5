// Korean dates the shared grammar cannot read: "2024년 10월 3일", "10월 3일", "2024년 10월", "2024년",
// "지난주 화요일", "다음 달", "지난해", "어제", "3일 전". Particles are cut off before these run ("3일에").
import { dayPeriod, monthPeriod, shiftedPeriod, yearPeriod, type CalendarUnit } from '../../time/calendar.ts';
import { absoluteDay, nearestDay, nearestMonthYear, weekdayDay, type Parser } from '../../time/parsers.ts';
import { combos, openings, relativePeriod } from '../../time/own-parsers.ts';

const re = (source: string) => new RegExp(source, 'uy');
const S = '[^\\S\\n]*';
/** No Hangul syllable goes on after the match: "다음 달" but not "다음 달러". */
const END = '(?!\\p{Script=Hangul})';

const WEEKDAYS: Record<string, number> = { 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6, 일: 7 };
const SHIFT: Record<string, number> = { 지난: -1, 다음: 1, 이번: 0, 오는: 1 };
const YEARS: Record<string, number> = { 작년: -1, 지난해: -1, 올해: 0, 금년: 0, 내년: 1, 재작년: -2 };
const DAYS: Record<string, number> = { 그제: -2, 그저께: -2, 어제: -1, 오늘: 0, 내일: 1, 모레: 2 };
const UNIT: Record<string, CalendarUnit> = { 일: 'day', 주: 'week', 주일: 'week', 달: 'month', 개월: 'month', 년: 'year' };
const SHIFT_WORDS = '(?<s>지난|다음|이번|오는)';

export const ownParsers: Parser[] = [
  {
    name: 'ko-date',
    starts: [],
    digits: true,
    pattern: re(`(?:(?<y>\\d{4})${S}년${S})?(?<m>\\d{1,2})${S}월(?:${S}(?<d>\\d{1,2})${S}일)?${END}`),
    resolve: (g, ctx) => {
      const m = Number(g.m);
      if (m < 1 || m > 12) return null;
      if (g.d) {
        if (g.y) return absoluteDay({ y: +g.y, m, d: +g.d });
        const day = nearestDay(m, Number(g.d), ctx);
        return day === null ? null : relativePeriod(dayPeriod(day));
      }
      if (g.y) return { period: monthPeriod(+g.y, m), relative: false, needs: null };
      return relativePeriod(monthPeriod(nearestMonthYear(m, ctx.ref), m));
    },
  },
  {
    name: 'ko-year',
    starts: [],
    digits: true,
    pattern: re(`(?<y>(?:1\\d|20)\\d{2})${S}년(?!${S}\\d{1,2}${S}월|대)`),
    resolve: (g) => ({ period: yearPeriod(Number(g.y)), relative: false, needs: null }),
  },
  {
    // "지난주 화요일", "다음 주 월요일", "화요일": a weekday, in the week the shift names.
    name: 'ko-weekday',
    starts: [...Object.keys(SHIFT), ...openings(combos(['지난', '다음', '이번'], ['주'])), ...Object.keys(WEEKDAYS).map((d) => `${d}요일`)],
    digits: false,
    pattern: re(`(?:${SHIFT_WORDS}${S}주${S})?(?<wd>[월화수목금토일])요일${END}`),
    resolve: (g, ctx) => {
      const shift = g.s === undefined ? (ctx.isFuture() ? 0.5 : undefined) : SHIFT[g.s];
      return relativePeriod(dayPeriod(weekdayDay(WEEKDAYS[g.wd!]!, ctx.refDay, shift)));
    },
  },
  {
    // "지난달", "다음 달", "이번 주", "지난해", "올해", "내년".
    name: 'ko-relative-unit',
    starts: [...Object.keys(SHIFT), ...Object.keys(YEARS), ...combos(['지난', '다음', '이번'], ['달', '주'])],
    digits: false,
    pattern: re(`(?:${SHIFT_WORDS}${S}(?<u>달|주)|(?<y>재작년|작년|지난해|올해|금년|내년))${END}`),
    resolve: (g, ctx) => {
      if (g.y) return relativePeriod(shiftedPeriod(ctx.ref, 'year', YEARS[g.y]!));
      return relativePeriod(shiftedPeriod(ctx.ref, g.u === '달' ? 'month' : 'week', SHIFT[g.s!]!));
    },
  },
  {
    name: 'ko-day-word',
    starts: Object.keys(DAYS),
    digits: false,
    pattern: re(`(?<w>그저께|그제|어제|오늘|내일|모레)${END}`),
    resolve: (g, ctx) => relativePeriod(dayPeriod(ctx.refDay + DAYS[g.w!]!)),
  },
  {
    // "3일 전", "2주 후", "5개월 전".
    name: 'ko-ago',
    starts: [],
    digits: true,
    pattern: re(`(?<n>\\d{1,3})${S}(?<u>일|주일|주|개월|년)${S}(?<dir>전|후|뒤)${END}`),
    resolve: (g, ctx) => relativePeriod(shiftedPeriod(ctx.ref, UNIT[g.u!]!, (g.dir === '전' ? -1 : 1) * Number(g.n))),
  },
];
