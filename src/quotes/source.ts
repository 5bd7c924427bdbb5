// A phrase that names who says something, as a source link: trimmed to the name, linked to the entity the
// entities stage found in it, and given a kind (person, media, government…).
import type { Entity, Mention, SourceLink } from '../schema/analysis.ts';
import type { EntityResult } from '../entities/index.ts';
import type { QuoteLexicon, SpeakerKind } from './lexicon.ts';
import { longestAt, type Tok } from './tokens.ts';

/** A source phrase longer than this is a clause, not a name. */
const MAX_SOURCE_TOKENS = 12;

export interface Source {
  /** Offsets of the phrase as written. */
  start: number;
  end: number;
  sentence: number;
  text: string;
  kind: SpeakerKind;
  entityId: string | null;
  mentionId: string | null;
  /** The entity's canonical name when its mention runs to the phrase end (nothing after it unnamed), else the phrase. */
  name: string;
}

const KIND_OF_TYPE: Record<Mention['type'], SpeakerKind> = {
  person: 'person',
  media: 'media',
  organization: 'organization',
  group: 'organization',
  government: 'government',
  military: 'military',
  country: 'government',
  place: 'government',
  region: 'government',
};

/** Drops an adjunct ("pada konferensi pers…", "at a press conference…"), a leading article and edge punctuation. */
export function trimPhrase(toks: readonly Tok[], lex: QuoteLexicon): Tok[] {
  let end = toks.length;
  for (let i = 1; i < end; i++) if (lex.adjunctStarts.has(toks[i]!.lower)) end = i;
  let start = 0;
  while (start < end && (toks[start]!.kind === 'punct' || lex.determiners.has(toks[start]!.text))) start++;
  while (end > start && toks[end - 1]!.kind === 'punct') end--;
  return toks.slice(start, end);
}

/** The kind named by the first source noun in the phrase ("juru bicara …" → person). */
function nounKind(toks: readonly Tok[], lex: QuoteLexicon): SpeakerKind | null {
  for (let i = 0; i < toks.length; i++) {
    const noun = longestAt(toks, i, lex.speakerNouns);
    if (noun) return noun.kind;
  }
  return null;
}

/** A phrase that is one pronoun ("dia", "he"): the speaker is whoever was named last. */
export function isPronoun(phrase: readonly Tok[], lex: QuoteLexicon): boolean {
  const toks = trimPhrase(phrase, lex);
  return toks.length === 1 && lex.pronouns.has(toks[0]!.lower);
}

export const hasSpeakerNoun = (toks: readonly Tok[], lex: QuoteLexicon) => nounKind(toks, lex) !== null;

/**
 * The mention that names the source: a person first (the name after a title); else one that opens the phrase.
 * After a source noun a mention is a modifier ("stasiun TV Korea Selatan", "Juru bicara Kementerian
 * Pertahanan"): then no entity rather than the wrong one.
 */
function sourceMention(mentions: readonly Mention[], start: number, end: number, headKind: SpeakerKind | null): Mention | null {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const persons = inside.filter((m) => m.type === 'person');
  if (persons.length) return persons[persons.length - 1]!;
  const first = inside[0];
  return first && (first.start === start || !headKind) ? first : null;
}

/** The phrase as a source, or null when it does not look like one (no name, no mention, no source noun). */
export function toSource(text: string, phrase: readonly Tok[], lex: QuoteLexicon, found: EntityResult): Source | null {
  const toks = trimPhrase(phrase, lex);
  if (toks.length === 0 || toks.length > MAX_SOURCE_TOKENS) return null;
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  const headKind = nounKind(toks, lex);
  const mention = sourceMention(found.mentions, start, end, headKind);
  const named = toks.some((t) => t.kind === 'word' && t.text[0] !== t.text[0]!.toLowerCase());
  if (!mention && !headKind && !named) return null;
  const entity: Entity | undefined = mention ? found.entities.find((e) => e.id === mention.entityId) : undefined;
  const kind = mention ? KIND_OF_TYPE[mention.type] : (headKind ?? 'unknown');
  return {
    start,
    end,
    sentence: toks[0]!.sentence,
    text: text.slice(start, end),
    kind,
    entityId: mention?.entityId ?? null,
    mentionId: mention?.id ?? null,
    name: entity && mention!.end === end ? entity.name : text.slice(start, end),
  };
}

export function sourceLink(s: Source, cue: SourceLink['cue']): SourceLink {
  return { kind: s.kind, name: s.name, entityId: s.entityId, mentionId: s.mentionId, cue };
}
