// The pack's phrase lists as token matchers, built once per lexicon.
import type { Bound } from '../schema/analysis.ts';
import type { BoundWord, QuantityLexicon, Unit } from './lexicon.ts';
import { PhraseMatcher } from './phrases.ts';

export interface Matchers {
  boundBefore: PhraseMatcher<Bound>;
  boundAfter: PhraseMatcher<Bound>;
  rangeOpen: PhraseMatcher<true>;
  rangeAnd: PhraseMatcher<true>;
  rangeTo: PhraseMatcher<true>;
  currencyBefore: PhraseMatcher<string>;
  currencyAfter: PhraseMatcher<string>;
  units: PhraseMatcher<Unit>;
  fillers: PhraseMatcher<true>;
  items: PhraseMatcher<string>;
  ago: PhraseMatcher<true>;
  /** First words of what may stand before a number (bounds, currencies, range openers). */
  starters: Set<string>;
}

const cache = new WeakMap<QuantityLexicon, Matchers>();

export function matchersFor(lex: QuantityLexicon): Matchers {
  let m = cache.get(lex);
  if (m) return m;
  const bounds = (p: BoundWord['position']) => lex.bounds.filter((b) => b.position === p);
  const marks = (phrases: string[]) => new PhraseMatcher(phrases.map((p) => [p, true as const]));
  const money = (p: 'before' | 'after') => new PhraseMatcher(lex.currencies.filter((c) => c.position === p).map((c) => [c.phrase, c.code]));
  const boundBefore = new PhraseMatcher(bounds('before').map((b) => [b.phrase, b.bound]));
  const rangeOpen = marks(bounds('open').map((b) => b.phrase));
  const currencyBefore = money('before');
  m = {
    boundBefore,
    boundAfter: new PhraseMatcher(bounds('after').map((b) => [b.phrase, b.bound])),
    rangeOpen,
    rangeAnd: marks(bounds('and').map((b) => b.phrase)),
    rangeTo: marks(bounds('to').map((b) => b.phrase)),
    currencyBefore,
    currencyAfter: money('after'),
    units: new PhraseMatcher(lex.units, lex.pluralSuffixes),
    fillers: marks(lex.fillers),
    items: new PhraseMatcher(lex.items, lex.pluralSuffixes),
    ago: marks(lex.agoWords),
    starters: new Set([...boundBefore.firsts(), ...currencyBefore.firsts(), ...rangeOpen.firsts()]),
  };
  cache.set(lex, m);
  return m;
}
