// Events in the infinitive complement of another event's verb ("urged Russia to withdraw", "agreed to
// withdraw", "menolak untuk mengirim"): the act asked for, refused or threatened has not happened and is part
// of the governing event; an act agreed to is planned.
import type { PloverType } from '../schema/analysis.ts';
import type { EventLexicon } from './lexicon.ts';
import type { SentenceView } from './sentence-view.ts';
import type { TriggerMatch } from './triggers.ts';

/** Governing types whose complement is no event of its own. */
const UNREALISED = new Set<PloverType>(['REQUEST', 'REJECT', 'THREATEN']);
/** Governing types whose complement is an act committed to. */
const COMMITTED = new Set<PloverType>(['AGREE']);
/** The complement marker stands at most this many tokens after the verb ("urged the Russian side to"). */
const MARKER_REACH = 5;

/** The trigger right after a complement marker that follows `t` in its clause, if any. */
function complementOf(v: SentenceView, t: TriggerMatch, triggers: readonly TriggerMatch[], lex: EventLexicon): TriggerMatch | undefined {
  for (let i = t.last + 1; i < v.tokens.length && i <= t.last + MARKER_REACH; i++) {
    if (v.clause[i] !== v.clause[t.last]) return undefined;
    if (lex.clauses.complementMarkers.has(v.lower[i]!)) return triggers.find((x) => x.first === i + 1);
  }
  return undefined;
}

/** What the governing event of type `type` at `t` makes of the trigger in its complement. */
export function complementRole(
  v: SentenceView,
  t: TriggerMatch,
  type: PloverType,
  triggers: readonly TriggerMatch[],
  lex: EventLexicon,
): { trigger: TriggerMatch; role: 'part' | 'planned' } | null {
  if (!UNREALISED.has(type) && !COMMITTED.has(type)) return null;
  const c = complementOf(v, t, triggers, lex);
  return c ? { trigger: c, role: UNREALISED.has(type) ? 'part' : 'planned' } : null;
}
