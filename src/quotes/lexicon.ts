/** What a language pack tells the quote and attribution stage. All words are lower case. */
import type { SourceLink } from '../schema/analysis.ts';
import type { PhraseIndex } from './tokens.ts';

/**
 * How a cue word introduces speech:
 * - say: "X mengatakan, …", "X said that …", and after the content ("…”, Ryder said")
 * - after: only after the content, verb first ("…”, kata Ryder")
 * - cite: inside a source phrase, introduces the cited source ("Reuters, citing a report from …")
 * - according: before or after the content, the source follows ("menurut X, …", "…, according to X")
 */
export type CueRole = 'say' | 'after' | 'cite' | 'according';

export interface Cue {
  words: string[];
  role: CueRole;
  /** A 'say' verb whose clause may follow with no comma or complementizer ("Ryder said the troops …"). */
  bare: boolean;
  /** A 'say' verb followed by whom it is said to ("…, Peskov told a news briefing"): a short phrase after it
   *  still closes the sentence. */
  listener: boolean;
}

export type SpeakerKind = SourceLink['kind'];

export interface QuoteLexicon {
  /** Opening quotation mark → the marks that close it. */
  quoteMarks: Map<string, Set<string>>;
  /** Every closing mark. */
  closingMarks: Set<string>;
  /** Reporting, citing and "according to" cues, by first word. */
  cues: PhraseIndex<Cue>;
  /** Words that open the reported clause: "bahwa", "that". */
  complementizers: Set<string>;
  /** Words that start an adjunct and so end a speaker phrase: "pada", "kepada", "at", "on". */
  adjunctStarts: Set<string>;
  /** Relative words between a source and its citing verb: "yang", "which". */
  relativeWords: Set<string>;
  /** Word sequences dropped before a cited source: "laporan dari", "a report from". */
  citedFillers: string[][];
  /** Nouns that make a phrase a plausible source, with the kind of source they name: "juru bicara" → person. */
  speakerNouns: PhraseIndex<{ words: string[]; kind: SpeakerKind }>;
  /** Lower-case words dropped at the start of a source phrase: "a", "the". */
  determiners: Set<string>;
  /** Pronouns that stand for the last named speaker ("dia", "he"). */
  pronouns: Set<string>;
  /** Words that negate a reporting verb right before it ("tidak mengatakan"): no report then. */
  negations: Set<string>;
}
