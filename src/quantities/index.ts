// The quantity stage: numbers with what bounds them ("setidaknya", "more than", ranges), their unit or
// currency and the thing counted. Dates are not quantities: numbers beside a month name, year numbers and
// numeric dates are skipped, and so is anything inside the spans a caller passes (the time stage's).
import type { Bound, Quantity, Span } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { BoundWord, QuantityLexicon } from './lexicon.ts';
import { PhraseMatcher, type PhraseMatch, type Tok } from './phrases.ts';
import { readNumber, type NumberMatch } from './numbers.ts';
import { readItem } from './items.ts';

interface Matchers {
  boundBefore: PhraseMatcher<Bound>;
  boundAfter: PhraseMatcher<Bound>;
  rangeOpen: PhraseMatcher<true>;
  rangeAnd: PhraseMatcher<true>;
  rangeTo: PhraseMatcher<true>;
  currencyBefore: PhraseMatcher<string>;
  currencyAfter: PhraseMatcher<string>;
  units: PhraseMatcher<string>;
  fillers: PhraseMatcher<true>;
  items: PhraseMatcher<string>;
}

const matcherCache = new WeakMap<QuantityLexicon, Matchers>();

function matchersFor(lex: QuantityLexicon): Matchers {
  let m = matcherCache.get(lex);
  if (!m) {
    const bounds = (p: BoundWord['position']) => lex.bounds.filter((b) => b.position === p);
    const marks = (p: BoundWord['position']) => new PhraseMatcher(bounds(p).map((b) => [b.phrase, true as const]));
    const money = (p: 'before' | 'after') => new PhraseMatcher(lex.currencies.filter((c) => c.position === p).map((c) => [c.phrase, c.code]));
    m = {
      boundBefore: new PhraseMatcher(bounds('before').map((b) => [b.phrase, b.bound])),
      boundAfter: new PhraseMatcher(bounds('after').map((b) => [b.phrase, b.bound])),
      rangeOpen: marks('open'),
      rangeAnd: marks('and'),
      rangeTo: marks('to'),
      currencyBefore: money('before'),
      currencyAfter: money('after'),
      units: new PhraseMatcher(lex.units, lex.pluralSuffixes),
      fillers: new PhraseMatcher(lex.fillers.map((f) => [f, true as const])),
      items: new PhraseMatcher(lex.items, lex.pluralSuffixes),
    };
    matcherCache.set(lex, m);
  }
  return m;
}

const YEAR_NUMBER = /^(?:19|20)\d{2}$/;
const NUMERIC_DATE = /(?<!\d)\d{1,4}[-/]\d{1,2}[-/]\d{1,4}(?!\d)/g;
const CLOCK_MARK = ':';

/** Is the number at tokens[i..end) part of a date or a clock time rather than a count? */
function isDatePart(s: Scan, i: number, num: NumberMatch): boolean {
  const { tokens, words, lex, m, stop } = s;
  const prev = tokens[i - 1];
  const next = tokens[num.end];
  if (lex.monthNames.has(words[i - 1] ?? '') || lex.monthNames.has(words[num.end] ?? '')) return true;
  if (next?.text === CLOCK_MARK && next.start === tokens[num.end - 1]!.end) return true;
  if (prev?.text === CLOCK_MARK && prev.end === tokens[i]!.start) return true;
  // Counts of a thousand and more carry a thousands separator; a bare 19xx/20xx is a year unless a unit or a
  // listed thing follows it.
  if (num.parts === 1 && !num.wordsOnly && YEAR_NUMBER.test(tokens[i]!.text)) {
    return !m.units.match(words, num.end, stop) && !m.items.match(words, num.end, stop) && !m.currencyAfter.match(words, num.end, stop);
  }
  return false;
}

interface Scan {
  tokens: readonly Tok[];
  /** The tokens' text in lower case. */
  words: readonly string[];
  stop: number;
  text: string;
  lex: QuantityLexicon;
  m: Matchers;
  excluded: (start: number, end: number) => boolean;
}

/** The quantity starting at tokens[i], with the index of the token after it. */
function quantityAt(s: Scan, i: number): { q: Omit<Quantity, 'id' | 'sentence'>; next: number } | null {
  const { tokens, words, stop, m, lex } = s;
  let k = i;
  let bound: Bound | null = null;
  let unit: string | null = null;
  let rangeOpened = false;
  // Before the number, in any order: a bound, a currency, the opening of a range.
  for (let progressed = true; progressed; ) {
    progressed = false;
    const b: PhraseMatch<Bound> | null = bound === null ? m.boundBefore.match(words, k, stop) : null;
    if (b) [bound, k, progressed] = [b.value, b.end, true];
    const c: PhraseMatch<string> | null = unit === null ? m.currencyBefore.match(words, k, stop) : null;
    if (c) [unit, k, progressed] = [c.value, c.end, true];
    const o: PhraseMatch<true> | null = rangeOpened ? null : m.rangeOpen.match(words, k, stop);
    if (o) [rangeOpened, k, progressed] = [true, o.end, true];
  }
  const numIndex = k;
  const num = readNumber(tokens, words, k, stop, lex);
  if (!num) return null;
  if (s.excluded(tokens[k]!.start, tokens[num.end - 1]!.end) || isDatePart(s, k, num)) return null;
  // "satu" alone is "one" the determiner ("satu sama lain", "one party"); after "the"/"salah" no count either.
  const prev = words[k - 1] ?? '';
  if (num.wordsOnly && !bound && !unit && ((num.parts === 1 && num.value === 1) || (k === i && lex.determiners.has(prev)))) return null;

  let value = num.value;
  let valueMax: number | null = null;
  k = num.end;
  const joiner = rangeOpened ? m.rangeAnd.match(words, k, stop) : m.rangeTo.match(words, k, stop);
  const upper = joiner ? readNumber(tokens, words, joiner.end, stop, lex) : null;
  if (joiner && upper && !s.excluded(tokens[joiner.end]!.start, tokens[upper.end - 1]!.end)) {
    if (num.scale === 1) value *= upper.scale; // "1-2 juta": both in millions
    if (upper.value > value) [valueMax, bound, k] = [upper.value, 'range', upper.end];
  }
  // An opener that found no second number is not part of the quantity.
  const first = rangeOpened && valueMax === null ? numIndex : i;

  const cAfter = unit ? null : m.currencyAfter.match(words, k, stop);
  if (cAfter) [unit, k] = [cAfter.value, cAfter.end];
  const bAfter = bound ? null : m.boundAfter.match(words, k, stop);
  if (bAfter) [bound, k] = [bAfter.value, bAfter.end];
  const u = unit ? null : m.units.match(words, k, stop);
  if (u) [unit, k] = [u.value, u.end];
  const filler = m.fillers.match(words, k, stop);
  const item = readItem(tokens, words, filler ? filler.end : k, stop, s.text, m.items, lex.stops, lex.determiners);
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
      unit,
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
  const out: Quantity[] = [];
  const tokens = doc.tokens;
  const words = tokens.map((t) => t.text.toLowerCase());
  const starters = new Set([...m.boundBefore.firsts(), ...m.currencyBefore.firsts(), ...m.rangeOpen.firsts()]);
  /** Only a number, a number word or a word that can precede a number starts a quantity. */
  const canStart = (i: number) =>
    tokens[i]!.kind === 'number' || starters.has(words[i]!) || lex.numberWords.has(firstPart(words[i]!));
  let i = 0;
  while (i < tokens.length) {
    const sentence = tokens[i]!.sentence;
    let stop = i;
    while (stop < tokens.length && tokens[stop]!.sentence === sentence) stop++;
    const scan: Scan = { tokens, words, stop, text: doc.text, lex, m, excluded };
    for (; i < stop; ) {
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
