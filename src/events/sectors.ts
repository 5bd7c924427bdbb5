// Whether the actor of a trigger is of a sector (MIL for "troops arrive"): by its actor code or mention type,
// or by an agent word of that sector in the subject ("Korps Teknik", "pasukan", "troops").
import type { EntityLexicon } from '../entities/lexicon.ts';
import type { FilledFrame } from './frames.ts';
import { phraseAt, type SentenceView } from './sentence-view.ts';
import type { TriggerMatch } from './triggers.ts';

const SECTOR_TYPES: Record<string, string> = { MIL: 'military', GOV: 'government', MED: 'media' };

const agentIndexes = new WeakMap<EntityLexicon, Map<string, string[][]>>();

function agentPhrases(lex: EntityLexicon, sector: string): string[][] {
  let idx = agentIndexes.get(lex);
  if (!idx) {
    idx = new Map();
    for (const a of lex.agents ?? []) {
      const list = idx.get(a.sector) ?? [];
      for (const w of a.words) list.push(w.toLowerCase().split(/\s+/));
      idx.set(a.sector, list);
    }
    agentIndexes.set(lex, idx);
  }
  return idx.get(sector) ?? [];
}

export function sectorNear(v: SentenceView, t: TriggerMatch, frame: FilledFrame, sector: string, lex: EntityLexicon): boolean {
  if (frame.actors.some((a) => (a.mention.actorCode ?? '').endsWith(sector) || a.mention.type === SECTOR_TYPES[sector])) return true;
  const phrases = agentPhrases(lex, sector);
  for (let i = t.first - 1; i >= 0 && v.clause[i] === v.clause[t.first]; i--) {
    if (phrases.some((p) => phraseAt(v, i, p))) return true;
  }
  return false;
}

const agentWordSets = new WeakMap<EntityLexicon, Set<string>>();

/** The one-word agent nouns of a lexicon, in lower case ("troops", "forces", "pasukan"). */
export function agentWords(lex: EntityLexicon): Set<string> {
  let set = agentWordSets.get(lex);
  if (!set) {
    set = new Set((lex.agents ?? []).flatMap((a) => a.words).filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));
    agentWordSets.set(lex, set);
  }
  return set;
}
