// Quotes and reported speech with the chain of who says so: article → reporter → cited source → speaker.
import type { Evidence, Quote, Sentence, SourceLink } from '../schema/analysis.ts';
import type { SegmentedText } from '../text/segment.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { EntityResult } from '../entities/index.ts';
import { findDrafts, type CueMatch, type Draft } from './find.ts';
import { sourceLink, type Source } from './source.ts';
import { toToks, type Tok } from './tokens.ts';
import { articleLink } from './attribution.ts';

export { attributionAt } from './attribution.ts';

/** The article's name when it names no publisher. */
const ARTICLE = 'this article';
/** A later quote by a speaker named in a report this many paragraphs back keeps that report's chain. */
const SPEAKER_CARRY_PARAGRAPHS = 2;

function cueEvidence(text: string, toks: readonly Tok[], m: CueMatch): Evidence {
  const start = toks[m.from]!.start;
  const end = toks[m.to - 1]!.end;
  return { start, end, text: text.slice(start, end), sentence: toks[m.from]!.sentence };
}

function sentencesOf(sentences: readonly Sentence[], start: number, end: number): number[] {
  return sentences.filter((s) => s.end > start && s.start < end).map((s) => s.index);
}

/** The innermost other report whose content holds where this one is introduced. */
function parentOf(d: Draft, drafts: readonly Draft[], toks: readonly Tok[]): Draft | null {
  const at = d.cue ? toks[d.cue.from]!.start : d.start;
  let best: Draft | null = null;
  for (const p of drafts) {
    if (p === d || p.start > at || p.end <= at || p.end - p.start <= d.end - d.start) continue;
    if (!best || p.end - p.start < best.end - best.start) best = p;
  }
  return best;
}

const lastWord = (s: string) => s.split(/\s+/).pop()!.toLowerCase();

/** Whether `later` names the same source as `earlier` ("Ryder" after "Pentagon Press Secretary Pat Ryder"). */
function sameSource(later: Source, earlier: Source): boolean {
  if (later.entityId && later.entityId === earlier.entityId) return true;
  return !later.text.includes(' ') && lastWord(earlier.text) === later.text.toLowerCase();
}

/** Quotes and reports in text order; `articleSource` names the first link of every chain (the pipeline passes the
 * byline publisher, as it names the article for events). */
export function extractQuotes(
  doc: SegmentedText,
  pack: LanguagePack,
  found: EntityResult,
  articleSource: string = ARTICLE,
): Quote[] {
  const toks = toToks(doc.tokens, doc.lower);
  const drafts = findDrafts(doc, pack.quotes, found, toks);
  const cue = (m: CueMatch) => cueEvidence(doc.text, toks, m);
  const paragraphOf = (offset: number) => doc.sentences.find((s) => s.end >= offset)?.paragraph ?? 0;
  const chains = new Map<Draft, SourceLink[]>();

  const ownLinks = (d: Draft): SourceLink[] => {
    const said = d.cue ? cue(d.cue) : null;
    if (!d.speaker) return d.direct || d.anaphor ? [{ kind: 'unknown', name: 'unknown speaker', entityId: null, mentionId: null, cue: said }] : [];
    if (!d.cited) return [sourceLink(d.speaker, said)];
    return [sourceLink(d.speaker, cue(d.cited.cue)), sourceLink(d.cited.source, said)];
  };
  /** The nearby earlier report a quote continues: by the same speaker named again ("kata Ryder"), or, for a
   * pronoun ("katanya", "he said"), by whoever spoke last. */
  const earlierReport = (d: Draft): Draft | null => {
    const paragraph = paragraphOf(d.start);
    for (let k = drafts.indexOf(d) - 1; k >= 0; k--) {
      const e = drafts[k]!;
      if (paragraph - paragraphOf(e.start) > SPEAKER_CARRY_PARAGRAPHS) break;
      if (!e.speaker || !chains.has(e)) continue;
      if (d.anaphor || (d.speaker && sameSource(d.speaker, e.speaker))) return e;
    }
    return null;
  };
  const chainOf = (d: Draft): SourceLink[] => {
    const known = chains.get(d);
    if (known) return known;
    const parent = parentOf(d, drafts, toks);
    const earlier = parent ? null : earlierReport(d);
    let chain: SourceLink[];
    if (parent) chain = [...chainOf(parent), ...ownLinks(d)];
    else if (earlier) {
      const prior = chainOf(earlier);
      const speaker = prior.at(-1)!;
      // The speaker's own mention is where the quote names them; the earlier report gives the fuller name.
      const own = d.speaker ?? { ...earlier.speaker!, mentionId: null };
      d.speaker = { ...own, name: speaker.name, entityId: own.entityId ?? speaker.entityId };
      chain = [...prior.slice(0, -1), { ...speaker, entityId: d.speaker.entityId, mentionId: own.mentionId ?? speaker.mentionId, cue: d.cue ? cue(d.cue) : null }];
    } else chain = [articleLink(articleSource), ...ownLinks(d)];
    chains.set(d, chain);
    return chain;
  };

  return drafts.map((d, i): Quote => {
    const chain = chainOf(d);
    const content: Evidence = {
      start: d.start,
      end: d.end,
      text: doc.text.slice(d.start, d.end),
      sentence: sentencesOf(doc.sentences, d.start, d.end)[0] ?? 0,
    };
    const id = `q${i + 1}`;
    return {
      id,
      direct: d.direct,
      speaker: d.speaker ? { entityId: d.speaker.entityId, mentionId: d.speaker.mentionId, text: d.speaker.name } : null,
      cue: d.cue ? cue(d.cue) : null,
      content,
      sentences: sentencesOf(doc.sentences, d.start, d.end),
      attribution: { chain, quoteId: id },
    };
  });
}
