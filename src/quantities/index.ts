// The quantity stage: numbers with what bounds them ("setidaknya", "more than", ranges), their unit or
// currency and the thing counted. A number with neither unit nor counted thing states no fact and is left
// out. Dates are not quantities: numbers beside a month name, year numbers, numeric dates and clock times
// are skipped, and so is anything inside the spans a caller passes (the time stage's).
import type { Bound, Quantity, Span } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { QuantityLexicon, Unit } from './lexicon.ts';
import type { PhraseMatch, Tok } from './phrases.ts';
import { matchersFor, type Matchers } from './matchers.ts';
import { readNumber, type NumberMatch } from './numbers.ts';
import { readItem } from './items.ts';
import { quantityTokens } from './tokens.ts';

const YEAR_NUMBER = /^(?:19|20)\d{2}$/;
/** 2024-06-28, 28/06/2024, and the day/month "(24/8)" of Indonesian datelines. */
const NUMERIC_DATE = /(?<![\d/])(?:\d{1,4}[-/]\d{1,2}[-/]\d{1,4}|\d{1,2}\/\d{1,2})(?![\d/])/g;
const CLOCK_MARK = ':';

interface Scan {
  tokens: readonly Tok[];
  words: readonly string[];
  /** Index of the first token after the sentence. */
  stop: number;
  text: string;
  lex: QuantityLexicon;
  m: Matchers;
  excluded: (start: number, end: number) => boolean;
}

/** Is the number at tokens[i..num.end) part of a date, a clock time or a score rather than a count? */
function isDatePart(s: Scan, i: number, num: NumberMatch): boolean {
  const { tokens, words, lex, m, stop } = s;
  const prev = tokens[i - 1];
  const next = tokens[num.end];
  const prevWord = words[i - 1] ?? '';
  // Month names are capitalised ("20 may have died" is no date).
  const isMonth = (k: number) => lex.monthNames.has(words[k] ?? '') && /^\p{Lu}/u.test(tokens[k]!.text);
  if (isMonth(i - 1) || isMonth(num.end) || lex.clockWords.has(prevWord)) return true;
  if (next?.text === CLOCK_MARK && next.start === tokens[num.end - 1]!.end) return true;
  if (prev?.text === CLOCK_MARK && prev.end === tokens[i]!.start) return true;
  // The second half of "1-4" or "2-0" whose first half was no count (a date, a score).
  const before = tokens[i - 2];
  if (prev && before?.kind === 'number' && before.end === prev.start && prev.end === tokens[i]!.start && /^[-–/]$/.test(prev.text)) return true;
  // Counts of a thousand and more carry a thousands separator; a bare 19xx/20xx is a year unless a unit or a
  // listed thing follows it.
  if (num.parts === 1 && !num.wordsOnly && YEAR_NUMBER.test(tokens[i]!.text)) {
    return !m.units.match(words, num.end, stop) && !m.items.match(words, num.end, stop) && !m.currencyAfter.match(words, num.end, stop);
  }
  return false;
}

interface Range {
  valueMax: number;
  value: number;
  end: number;
}

/** The upper end of a range after a number at `k`: "-15", "hingga 15", "dan 15" (after "antara"). */
function upperEnd(s: Scan, k: number, num: NumberMatch, opened: boolean): Range | null {
  const { tokens, words, stop, m, lex } = s;
  const joiner = (opened ? m.rangeAnd.match(words, k, stop) : null) ?? m.rangeTo.match(words, k, stop);
  const upper = joiner ? readNumber(tokens, words, joiner.end, stop, lex) : null;
  if (!joiner || !upper || s.excluded(tokens[joiner.end]!.start, tokens[upper.end - 1]!.end)) return null;
  const value = num.scale === 1 ? num.value * upper.scale : num.value; // "1-2 juta": both in millions
  return upper.value > value ? { value, valueMax: upper.value, end: upper.end } : null;
}

/** The quantity starting at tokens[i], with the index of the token after it. */
function quantityAt(s: Scan, i: number): { q: Omit<Quantity, 'id' | 'sentence'>; next: number } | null {
  const { tokens, words, stop, m, lex } = s;
  let k = i;
  let bound: Bound | null = null;
  let currency: string | null = null;
  let opened = false;
  // Before the number, in any order: a bound, a currency, the opening of a range.
  for (let progressed = true; progressed; ) {
    progressed = false;
    const b: PhraseMatch<Bound> | null = bound === null ? m.boundBefore.match(words, k, stop) : null;
    if (b) [bound, k, progressed] = [b.value, b.end, true];
    const c: PhraseMatch<string> | null = currency === null ? m.currencyBefore.match(words, k, stop) : null;
    if (c) [currency, k, progressed] = [c.value, c.end, true];
    const o: PhraseMatch<true> | null = opened ? null : m.rangeOpen.match(words, k, stop);
    if (o) [opened, k, progressed] = [true, o.end, true];
  }
  const numIndex = k;
  const num = readNumber(tokens, words, k, stop, lex);
  if (!num || s.excluded(tokens[k]!.start, tokens[num.end - 1]!.end) || isDatePart(s, k, num)) return null;
  // Letters glued to the number make an ordinal or a code ("88th", "F16"), unless they are its unit ("20km").
  const glued = tokens[num.end];
  if (glued?.kind === 'word' && glued.start === tokens[num.end - 1]!.end && !m.units.match(words, num.end, stop) && !m.currencyAfter.match(words, num.end, stop)) {
    return null;
  }
  // "satu" alone is "one" the determiner ("satu sama lain", "one party"); after "the"/"salah" no count either.
  if (num.wordsOnly && !bound && !currency && ((num.parts === 1 && num.value === 1) || (k === i && lex.determiners.has(words[k - 1] ?? '')))) {
    return null;
  }

  let value = num.value;
  let valueMax: number | null = null;
  k = num.end;
  const range = upperEnd(s, k, num, opened);
  if (range) [value, valueMax, bound, k] = [range.value, range.valueMax, 'range', range.end];
  // An opener that found no second number is not part of the quantity.
  const first = opened && !range ? numIndex : i;

  const cAfter = currency ? null : m.currencyAfter.match(words, k, stop);
  if (cAfter) [currency, k] = [cAfter.value, cAfter.end];
  const bAfter = bound ? null : m.boundAfter.match(words, k, stop);
  if (bAfter) [bound, k] = [bAfter.value, bAfter.end];
  let unit: Unit | null = null;
  const u = currency ? null : m.units.match(words, k, stop);
  if (u) [unit, k] = [u.value, u.end];
  if (unit?.kind === 'time' && m.ago.match(words, k, stop)) return null; // "dua hari lalu" is a date
  if (unit && !range) {
    // "10%-15%", "10 persen hingga 15 persen": the range repeats the unit.
    const again = upperEnd(s, k, { ...num, value }, opened);
    const unit2 = again ? m.units.match(words, again.end, stop) : null;
    if (again && unit2?.value.name === unit.name) [value, valueMax, bound, k] = [again.value, again.valueMax, 'range', unit2.end];
  }

  // Money and measures count nothing further ("Rp100 triliun bisa ditembus", "30 persen di antaranya").
  const counted = !currency && (!unit || unit.kind === 'counter');
  const filler = counted ? m.fillers.match(words, k, stop) : null;
  const item = counted ? readItem(tokens, words, filler ? filler.end : k, stop, s.text, m.items, lex.stops, lex.determiners) : null;
  if (!item && !unit && !currency) return null;
  let last = item ? item.end : k;
  const bTrailing = bound ? null : m.boundAfter.match(words, last, stop); // "1.500 soldiers or more"
  if (bTrailing) [bound, last] = [bTrailing.value, bTrailing.end];

  const spanStart = tokens[first]!.start;
  const spanEnd = tokens[last - 1]!.end;
  return {
    q: {
      start: spanStart,
      end: spanEnd,
      text: s.text.slice(spanStart, spanEnd),
      value,
      valueMax,
      bound: bound ?? (num.vague ? 'at-least' : 'exactly'),
      unit: currency ?? unit?.name ?? null,
      item: item?.item ?? null,
      itemSpan: item ? spanOf(s.text, tokens[item.start]!.start, tokens[item.end - 1]!.end) : null,
    },
    next: last,
  };
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** "twenty" of "twenty-five". */
const firstPart = (word: string) => (word.includes('-') ? word.slice(0, word.indexOf('-')) : word);

export interface QuantityOptions {
  /** Spans that hold no quantity, e.g. the time stage's expressions. */
  exclude?: readonly Span[];
}

export function extractQuantities(doc: SegmentedText, pack: LanguagePack, options: QuantityOptions = {}): Quantity[] {
  const lex = pack.quantities;
  const m = matchersFor(lex);
  const dates = [...doc.text.matchAll(NUMERIC_DATE)].map((d) => ({ start: d.index, end: d.index + d[0].length }));
  const excludedSpans = [...(options.exclude ?? []), ...dates];
  const excluded = (start: number, end: number) => excludedSpans.some((x) => start < x.end && end > x.start);
  const { tokens, words, sentences } = quantityTokens(doc.tokens, doc.text, lex, doc.lower);
  /** Only a number, a number word or a word that can precede a number starts a quantity. */
  const canStart = (i: number) => tokens[i]!.kind === 'number' || m.starters.has(words[i]!) || lex.numberWords.has(firstPart(words[i]!));
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const sentence = sentences[i]!;
    let stop = i;
    while (stop < tokens.length && sentences[stop] === sentence) stop++;
    const scan: Scan = { tokens, words, stop, text: doc.text, lex, m, excluded };
    while (i < stop) {
      const found = canStart(i) ? quantityAt(scan, i) : null;
      if (!found) {
        i++;
        continue;
      }
      out.push({ id: `q${out.length + 1}`, sentence, ...found.q });
      i = found.next;
    }
  }
  return out;
}
