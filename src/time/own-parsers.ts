// Helpers for the date parsers a pack declares of its own (TimeLexicon.ownParsers): a parser is tried where a
// token it can open with begins, and a pack that cuts words its own way may cut a date's opening anywhere.
import type { Period } from './calendar.ts';
import type { Resolved } from './parsers.ts';

/** Every opening piece of every form: the tokens a match may start at ("上周二" cut 上|周二 or 上周|二). */
export function openings(forms: string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) for (let i = 1; i <= f.length; i++) out.add(f.slice(0, i));
  return [...out];
}

/** Every concatenation of one part from each list, in order. */
export function combos(...parts: string[][]): string[] {
  return parts.reduce<string[]>((acc, p) => acc.flatMap((a) => p.map((x) => a + x)), ['']);
}

/** A period resolved against the publication date. */
export const relativePeriod = (period: Period): Resolved => ({ period, relative: true, needs: null });
