// Reads a pack's quote data files into a QuoteLexicon; every pack has the same files.
import { packFile, readList, readTable } from '../lang/load.ts';
import type { CueRole, QuoteLexicon, SpeakerKind } from './lexicon.ts';
import { phraseIndex } from './tokens.ts';

const ROLES: readonly CueRole[] = ['say', 'after', 'cite', 'according'];
const KINDS: readonly SpeakerKind[] = ['media', 'person', 'organization', 'government', 'military', 'unknown'];

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/).filter(Boolean);

function checked<T extends string>(value: string, allowed: readonly T[], file: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${file}: '${value}' is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** Loads quote-marks.tsv, reporting-cues.tsv, complementizers.txt, adjuncts.txt, relative-words.txt,
 * cited-fillers.txt, speaker-nouns.tsv, determiners.txt, pronouns.txt and negations.txt beside the pack module. */
export function loadQuoteLexicon(moduleUrl: string): QuoteLexicon {
  const file = (name: string) => packFile(moduleUrl, name);
  const list = (name: string) => new Set(readList(file(name)).map((w) => w.toLowerCase()));
  const quoteMarks = new Map(readTable(file('quote-marks.tsv')).map(([open, closes]) => [open!, new Set([...closes!])]));
  return {
    quoteMarks,
    closingMarks: new Set([...quoteMarks.values()].flatMap((closes) => [...closes])),
    cues: phraseIndex(
      readTable(file('reporting-cues.tsv')).map(([phrase, role, flag]) => ({
        words: words(phrase!),
        role: checked(role!, ROLES, 'reporting-cues.tsv'),
        bare: checked(flag || '-', ['bare', 'listener', '-'], 'reporting-cues.tsv') === 'bare',
        listener: flag === 'listener',
      })),
    ),
    complementizers: list('complementizers.txt'),
    adjunctStarts: list('adjuncts.txt'),
    relativeWords: list('relative-words.txt'),
    citedFillers: readList(file('cited-fillers.txt')).map(words),
    speakerNouns: phraseIndex(
      readTable(file('speaker-nouns.tsv')).map(([phrase, kind]) => ({
        words: words(phrase!),
        kind: checked(kind!, KINDS, 'speaker-nouns.tsv'),
      })),
    ),
    determiners: list('determiners.txt'),
    pronouns: list('pronouns.txt'),
    negations: list('negations.txt'),
  };
}
