// The time stage: every date expression in the text, normalised to a calendar period against the publication
// date. chrono-node (which has an Indonesian locale) was not used: its words live in code rather than in the
// packs and it resolves to instants, while this stage needs granularities (season, quarter, decade),
// early/mid/late parts and open intervals. The design follows it: small parsers per kind of expression
// (parsers.ts), a refinement pass that attaches modifiers and keeps the longest candidates (candidates.ts),
// then here the intervals and the joining of a start and an end into one range.
import type { TimeExpr } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import { addDays, partOf, type Period } from './calendar.ts';
import { candidates, context, grammarFor, longestFirst, type Grammar, type Position, type Relation } from './candidates.ts';

export { documentDate } from './document-date.ts';

/** The days a modified period covers: early/mid/late narrow it; since/after open its end, until/before its start. */
function interval(period: Period, position: Position | null, relation: Relation | null): TimeExpr['interval'] {
  const { start, end } = position ? partOf(period, position) : period;
  switch (relation) {
    case 'since':
      return { start, end: null };
    case 'after':
      return { start: addDays(end, 1), end: null };
    case 'until':
      return { start: null, end };
    case 'before':
      return { start: null, end: addDays(start, -1) };
    default:
      return { start, end };
  }
}

/** Index of the sentence that holds `offset`. */
function sentenceAt(doc: SegmentedText, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return doc.sentences[lo]?.index ?? 0;
}

type Found = Omit<TimeExpr, 'id' | 'sentence' | 'text'>;

/**
 * Two dates that make one range: "sejak Agustus 2011 hingga Maret 2014" (a start, then "hingga"/"until" as
 * the second's modifier) or "Juni-Agustus 2023", "from June to August" (a pack's range joiner between them).
 */
function joinRanges(found: Found[], text: string, g: Grammar): Found[] {
  const out: Found[] = [];
  for (const b of found) {
    const a = out.at(-1);
    const gap = a ? text.slice(a.end, b.start) : '';
    const joined =
      a &&
      (a.modifier === null || a.modifier === 'since') &&
      ((b.modifier === 'until' && /^[^\S\n]+$/.test(gap)) || (b.modifier === null && g.rangeJoiner.test(gap))) &&
      a.interval.start !== null &&
      b.interval.end !== null &&
      a.interval.start <= b.interval.end;
    if (!joined) {
      out.push(b);
      continue;
    }
    out[out.length - 1] = {
      start: a.start,
      end: b.end,
      value: `${a.value}/${b.value}`,
      granularity: a.granularity,
      modifier: null,
      interval: { start: a.interval.start, end: b.interval.end },
      relative: a.relative || b.relative,
    };
  }
  return out;
}

/** Every date expression, resolved against the publication date (ISO yyyy-mm-dd). */
export function extractTimes(doc: SegmentedText, pack: LanguagePack, publishedAt: string): TimeExpr[] {
  const g = grammarFor(pack.time);
  const found = longestFirst(candidates(doc, g, context(publishedAt))).map(
    (c): Found => ({
      start: c.start,
      end: c.end,
      value: c.period.value,
      granularity: c.period.granularity,
      modifier: c.relation ?? c.position,
      interval: interval(c.period, c.position, c.relation),
      relative: c.relative,
    }),
  );
  return joinRanges(found, doc.text, g).map((f, i) => ({
    id: `t${i + 1}`,
    sentence: sentenceAt(doc, f.start),
    text: doc.text.slice(f.start, f.end),
    ...f,
  }));
}

