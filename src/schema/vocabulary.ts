// The analysis schema's closed word lists as plain values. The stages check their data files against these
// without loading the schema library; analysis.ts builds its schemas from them.
export const SCHEMA_VERSION = 1;

export const ENTITY_TYPES = ['person', 'organization', 'government', 'military', 'media', 'country', 'place', 'region', 'group'] as const;

export const TIME_MODIFIERS = ['early', 'mid', 'late', 'since', 'until', 'before', 'after', 'approx'] as const;

export const BOUNDS = ['exactly', 'at-least', 'more-than', 'about', 'up-to', 'less-than', 'range'] as const;

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/** Whether a word from a data file is one of a list's words. */
export function isOneOf<T extends string>(list: readonly T[], word: string): word is T {
  return (list as readonly string[]).includes(word);
}
