// Every event is a claim by whoever the article attributes it to; two claims about one event that cannot
// both hold make a contradiction, reported with both sources and never settled here.
//
// Which pairs are reported (see rules.ts):
// - one event: same type and mode, agreeing contexts (troops are not weapons), same actor side, agreeing
//   recipients (a missing one agrees), overlapping or unknown times, places in one country;
// - both firm: a hypothetical ("jika Pyongyang memutuskan…"), conditional or merely possible claim clashes with nothing;
// - from different sources (the last link of their chains): one source's restatements and qualifications
//   ("sends troops" … "has not sent combat troops in large numbers") are its own nuance, not a dispute;
// - and then: one asserts what the other negates at the same step ('polarity'), one asserts a step the other
//   denies will even come ('stage': begun against "no sign it will happen"), or both assert counts of the
//   same thing whose bounds exclude each other ('quantity': "at least 20" against "12");
// - one pair a claim and a source: of several claims by one source that clash with the same claim (the headline,
//   "mulai mengirim", "akan tiba" all against "no sign it will happen"), only the strongest is shown: the one
//   furthest along (begun before planned), then the more certain, then the first in the text.
import { eventSignature } from '../events/signature.ts';
import type { Attribution, Claim, Contradiction, Event, Quantity } from '../schema/analysis.ts';
import { isFirm, quantityClash, sameEvent, stageConflict, STEP, type ConflictKind } from './rules.ts';

export interface ClaimResult {
  claims: Claim[];
  contradictions: Contradiction[];
}

function toClaim(e: Event, i: number): Claim {
  return {
    id: `c${i + 1}`,
    eventId: e.id,
    signature: eventSignature(e),
    stage: e.modality.stage,
    polarity: e.modality.polarity,
    attribution: e.attribution,
    evidence: e.trigger,
  };
}

/** Who says it, as the chain reads: "Aboluowang.com → Reuters → stasiun TV Korea Selatan". */
const sourceOf = (a: Attribution) => a.chain.map((l) => l.name).join(' → ');

function saySame(a: Attribution, b: Attribution): boolean {
  const [x, y] = [a.chain.at(-1)!, b.chain.at(-1)!];
  return x.entityId && y.entityId ? x.entityId === y.entityId : x.name === y.name && x.kind === y.kind;
}

interface Clash {
  kind: ConflictKind;
  detail: string;
  /** The claim whose every opposing claim from one source competes for one report. */
  target: number;
  /** Higher is the clearer clash. */
  strength: number;
}

function conflict(a: Event, b: Event, quantities: ReadonlyMap<string, Quantity>, [i, j]: [number, number]): Clash | null {
  const [ma, mb] = [a.modality, b.modality];
  // Negated and denied both say it is not so.
  if ((ma.polarity === 'asserted') !== (mb.polarity === 'asserted')) {
    const [pos, neg, target] = ma.polarity === 'asserted' ? [ma, mb, j] : [mb, ma, i];
    const kind = stageConflict(pos.stage, neg.stage);
    const strength = 2 * STEP[pos.stage] + (pos.certainty === 'certain' ? 1 : 0);
    return kind ? { kind, detail: `${pos.stage} against ${neg.polarity} ${neg.stage}`, target, strength } : null;
  }
  if (ma.polarity !== 'asserted') return null;
  const qs = (e: Event) => e.quantityIds.map((id) => quantities.get(id)).filter((q) => q !== undefined);
  const clash = quantityClash(qs(a), qs(b));
  return clash ? { kind: 'quantity', detail: `“${clash[0].text}” against “${clash[1].text}”`, target: j, strength: 0 } : null;
}

const sourceKey = (a: Attribution) => {
  const last = a.chain.at(-1)!;
  return last.entityId ?? `${last.kind}:${last.name}`;
};

const what = (c: Claim, e: Event) => `${c.polarity !== 'asserted' ? 'not ' : ''}“${e.trigger.text}” (${c.stage})`;

export function findClaims(events: Event[], quantities: Quantity[]): ClaimResult {
  const claims = events.map(toClaim);
  const byId = new Map(quantities.map((q) => [q.id, q]));
  /** The strongest clash per claim and opposing source. */
  const best = new Map<string, { pair: [number, number]; clash: Clash }>();
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const [a, b] = [events[i]!, events[j]!];
      if (!isFirm(a) || !isFirm(b) || saySame(a.attribution, b.attribution) || !sameEvent(a, b)) continue;
      const clash = conflict(a, b, byId, [i, j]);
      if (!clash) continue;
      const other = events[clash.target === i ? j : i]!;
      const key = `${clash.target} ${sourceKey(other.attribution)}`;
      const held = best.get(key);
      if (!held || clash.strength > held.clash.strength) best.set(key, { pair: [i, j], clash });
    }
  }
  const contradictions = [...best.values()]
    .sort((x, y) => x.pair[0] - y.pair[0] || x.pair[1] - y.pair[1])
    .map(({ pair: [i, j], clash }, k): Contradiction => {
      const [a, b, ca, cb] = [events[i]!, events[j]!, claims[i]!, claims[j]!];
      return {
        id: `x${k + 1}`,
        claimIds: [ca.id, cb.id],
        kind: clash.kind,
        reason: `${clash.kind} (${clash.detail}): ${sourceOf(a.attribution)} says ${what(ca, a)}; ${sourceOf(b.attribution)} says ${what(cb, b)}`,
      };
    });
  return { claims, contradictions };
}
