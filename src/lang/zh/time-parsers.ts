// Chinese dates the shared grammar cannot read, written without spaces: "2024年10月3日", "10月3日", "2024年",
// "上周二", "下个月", "去年", "昨天", "三天前". Each parser is tried where a token that can open it begins; jieba
// may cut "上周二" as 上周|二 or 上|周二, so every opening piece of every form is a start.
import { dayPeriod, monthPeriod, shiftedPeriod, yearPeriod, type CalendarUnit } from '../../time/calendar.ts';
import { absoluteDay, nearestDay, nearestMonthYear, weekdayDay, type Parser, type ResolveContext } from '../../time/parsers.ts';
import { combos, openings, relativePeriod } from '../../time/own-parsers.ts';
import { lookupForm } from './words.ts';

const re = (source: string) => new RegExp(source, 'uy');
const S = '[^\\S\\n]*';

/** Traditional forms are read as Simplified: the patterns below name only Simplified characters. */
const simple = (g: string | undefined) => (g === undefined ? undefined : [...g].map(lookupForm).join(''));

const NUMERALS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "12", "三", "十二", "二十" as a number; null for anything else. */
function numberOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 && text in NUMERALS ? NUMERALS[text]! : null;
  const tens = ten === 0 ? 1 : NUMERALS[text.slice(0, ten)];
  const units = ten === text.length - 1 ? 0 : NUMERALS[text.slice(ten + 1)];
  return tens === undefined || units === undefined ? null : tens * 10 + units;
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEK = '(?:周|星期|礼拜|週|禮拜)';
const SHIFT: Record<string, number> = { 上: -1, 下: 1, 本: 0, 这: 0, 這: 0, 今: 0, 去: -1, 明: 1, 前: -2, 后: 1, 後: 1 };
const UNIT: Record<string, CalendarUnit> = { 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 礼拜: 'week', 月: 'month', 年: 'year' };
const DAYS: Record<string, number> = { 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2 };
const NUM = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})';

const relative = relativePeriod;

export const ownParsers: Parser[] = [
  {
    // "2024年10月3日", "10月3日", "2024年10月", "10月": a month alone needs a day or a year beside it unless
    // its own word says it is one (月 after a number is always a month).
    name: 'zh-date',
    starts: [],
    digits: true,
    pattern: re(`(?:(?<y>\\d{4})${S}年${S})?(?<m>\\d{1,2})${S}月(?:${S}(?<d>\\d{1,2})${S}[日号號])?`),
    resolve: (g, ctx: ResolveContext) => {
      const m = Number(g.m);
      if (m < 1 || m > 12) return null;
      if (g.d) {
        if (g.y) return absoluteDay({ y: +g.y, m, d: +g.d });
        const day = nearestDay(m, Number(g.d), ctx);
        return day === null ? null : relative(dayPeriod(day));
      }
      if (g.y) return { period: monthPeriod(+g.y, m), relative: false, needs: null };
      return relative(monthPeriod(nearestMonthYear(m, ctx.ref), m));
    },
  },
  {
    name: 'zh-year',
    starts: [],
    digits: true,
    pattern: re(`(?<y>(?:1\\d|20)\\d{2})${S}年(?!${S}\\d{1,2}${S}月|代)`),
    resolve: (g) => ({ period: yearPeriod(Number(g.y)), relative: false, needs: null }),
  },
  {
    // "上周二", "下星期一", "周三", "本週五": a weekday, in the week the shift names.
    name: 'zh-weekday',
    starts: openings(combos(['', ...Object.keys(SHIFT)], ['', '个', '個'], ['周', '星期', '礼拜', '週', '禮拜'], Object.keys(WEEKDAYS))),
    digits: false,
    pattern: re(`(?<s>[上下本这這])?(?:个|個)?${WEEK}(?<wd>[一二三四五六日天])`),
    resolve: (g, ctx) => {
      const wd = WEEKDAYS[g.wd!]!;
      const shift = g.s === undefined ? (ctx.isFuture() ? 0.5 : undefined) : SHIFT[simple(g.s)!];
      return relative(dayPeriod(weekdayDay(wd, ctx.refDay, shift)));
    },
  },
  {
    // "上个月", "下周", "本月", "去年", "今年", "明年", "前年": a unit shifted from the publication date.
    name: 'zh-relative-unit',
    starts: openings([...combos(['上', '下', '本', '这', '這'], ['', '个', '個'], ['月', '周', '週', '星期', '礼拜']), ...combos(['去', '今', '明', '前'], ['年'])]),
    digits: false,
    pattern: re(`(?:(?<s>[上下本这這])(?:个|個)?(?<u>月|周|週|星期|礼拜|禮拜)(?![一二三四五六日天])|(?<ys>[去今明前])年)`),
    resolve: (g, ctx) => {
      if (g.ys) return relative(shiftedPeriod(ctx.ref, 'year', SHIFT[g.ys]!));
      const unit = UNIT[simple(g.u)!.replace('週', '周')] ?? 'week';
      return relative(shiftedPeriod(ctx.ref, unit, SHIFT[simple(g.s)!]!));
    },
  },
  {
    name: 'zh-day-word',
    starts: openings(['前天', '昨天', '昨日', '今天', '今日', '明天', '明日', '后天', '後天']),
    digits: false,
    pattern: re('(?<w>前天|昨天|昨日|今天|今日|明天|明日|后天|後天)'),
    resolve: (g, ctx) => relative(dayPeriod(ctx.refDay + DAYS[simple(g.w)!]!)),
  },
  {
    // "三天前", "两周后", "5个月前", "两年以后".
    name: 'zh-ago',
    starts: openings(combos(['一', '二', '两', '兩', '三', '四', '五', '六', '七', '八', '九', '十'], ['', '个', '個'], ['天', '日', '周', '週', '星期', '月', '年'], ['前', '后', '後', '以前', '以后'])),
    digits: true,
    pattern: re(`(?<n>${NUM})${S}(?:个|個)?(?<u>天|日|周|週|星期|礼拜|月|年)(?<dir>以前|之前|前|以后|之后|以後|之後|后|後)`),
    resolve: (g, ctx) => {
      const n = numberOf(simple(g.n)!);
      const unit = UNIT[simple(g.u)!.replace('週', '周')];
      if (n === null || !unit) return null;
      const dir = /前/.test(g.dir!) ? -1 : 1;
      return relative(shiftedPeriod(ctx.ref, unit, dir * n));
    },
  },
];
