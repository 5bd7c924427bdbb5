// Entity spans over tokens: from IOB tags (gold) and from character mentions (Sumber, baselines).
import type { EntityType } from '../../schema/analysis.ts';
import type { TokenOffset } from './conll.ts';

/** The classes scored: CoNLL's PER, LOC, ORG. MISC has no Sumber counterpart and is not scored. */
export const NER_CLASSES = ['PER', 'LOC', 'ORG'] as const;
export type NerClass = (typeof NER_CLASSES)[number];

export interface TokenSpan {
  /** Sentence index in the document. */
  sentence: number;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  cls: NerClass;
}

/** Gold tag names of the different corpora (CoNLL, idner-news-2k, NERGrit) to the scored classes. */
const GOLD_CLASS: Record<string, NerClass | null> = {
  PER: 'PER',
  PERSON: 'PER',
  LOC: 'LOC',
  PLACE: 'LOC',
  GPE: 'LOC',
  ORG: 'ORG',
  ORGANISATION: 'ORG',
  ORGANIZATION: 'ORG',
  MISC: null,
};

export function goldClass(tagType: string): NerClass | null {
  return GOLD_CLASS[tagType.toUpperCase()] ?? null;
}

const SUMBER_CLASS: Record<EntityType, NerClass> = {
  person: 'PER',
  country: 'LOC',
  place: 'LOC',
  region: 'LOC',
  organization: 'ORG',
  government: 'ORG',
  military: 'ORG',
  media: 'ORG',
  group: 'ORG',
};

export function sumberClass(type: EntityType): NerClass {
  return SUMBER_CLASS[type];
}

/**
 * Chunks of an IOB tag sequence, as conlleval reads them: a chunk starts at B-X, or at I-X after O or
 * after a different type (IOB1), and ends before O, B- or a change of type. Unscored types are dropped.
 */
export function iobSpans(tags: readonly string[], sentence: number): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: { first: number; type: string } | null = null;
  const close = (last: number) => {
    if (!open) return;
    const cls = goldClass(open.type);
    if (cls) out.push({ sentence, first: open.first, last, cls });
    open = null;
  };
  tags.forEach((tag, i) => {
    const m = /^([BIES])-(.+)$/.exec(tag);
    if (!m) {
      close(i - 1);
      return;
    }
    const [, prefix, type] = m as unknown as [string, string, string];
    const continues = open !== null && open.type === type && (prefix === 'I' || prefix === 'E');
    if (!continues) {
      close(i - 1);
      open = { first: i, type };
    }
    if (prefix === 'E' || prefix === 'S') close(i);
  });
  close(tags.length - 1);
  return out;
}

/**
 * The tokens a character span covers: every token it overlaps, as a token tagger would have to label them.
 * Null when it covers no token or crosses a sentence.
 */
export function charToTokenSpan(
  start: number,
  end: number,
  offsets: readonly TokenOffset[][],
): Omit<TokenSpan, 'cls'> | null {
  for (let s = 0; s < offsets.length; s++) {
    const toks = offsets[s]!;
    if (!toks.length || end <= toks[0]!.start || start >= toks[toks.length - 1]!.end) continue;
    let first = -1;
    let last = -1;
    toks.forEach((t, i) => {
      if (t.end > start && t.start < end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    return first < 0 ? null : { sentence: s, first, last };
  }
  return null;
}

export function spanKey(s: TokenSpan): string {
  return `${s.sentence}:${s.first}-${s.last}`;
}
