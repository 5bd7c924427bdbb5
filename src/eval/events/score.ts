// Event scoring per gold sentence, two ways.
// Per-gold agreement: each gold event is paired with the predicted event of its sentence that agrees with it
// best: same PLOVER type counts 4, same CAMEO root 4 and same full code 1 more, an agreeing actor 2, an
// agreeing recipient 2; ties go to the earlier prediction, and a prediction pairs at most once. An unpaired
// gold event counts as wrong on every measure; extra predictions cost nothing.
// One-to-one: per sentence, gold and predicted events matched one-to-one (a maximum matching) under a
// criterion, so every prediction is a hit or a false positive: precision, recall and F1.
import type { Event, Participant } from '../../schema/analysis.ts';
import { prf, share, ZERO, addCounts, type Counts, type Prf } from '../prf.ts';
import type { GoldActor, GoldEvent, GoldSentence } from './gold.ts';
import { maxWeightMatching } from './match.ts';

export interface EventScore {
  sentences: number;
  goldEvents: number;
  /** Over gold events with a PLOVER type. */
  typeAccuracy: Measure;
  /** Over gold events with a CAMEO code. */
  cameoRoot: Measure;
  cameoCode: Measure;
  /** Over gold events naming actors / recipients: some gold country among the predicted ones. */
  actorCountry: Measure;
  recipientCountry: Measure;
  /** Over gold actors / recipients with a sector: a predicted one of that country with that sector. */
  actorSector: Measure;
  recipientSector: Measure;
  /** Over sentences the gold says hold no event: none predicted. */
  noEventUncoded: Measure;
  /** Predicted events not paired with any gold event, in sentences that have gold events or none. */
  unpairedPredictions: number;
  predictedEvents: number;
  /** One-to-one precision, recall and F1 per criterion. */
  oneToOne: Record<Criterion, Prf>;
  /** On pairs matched by type: same stage, and same polarity class (asserted, or negated/denied). */
  matchedStage: Measure;
  matchedPolarity: Measure;
}

export interface Measure {
  value: number;
  n: number;
}

function measure(values: boolean[]): Measure {
  return { value: share(values), n: values.length };
}

/** Country (first three letters) and sector of a predicted participant's actor code, or its ISO country. */
function predictedActor(p: Participant): GoldActor | null {
  const code = (p.actorCode ?? p.country ?? '').toUpperCase();
  if (code.length < 3) return null;
  return { country: code.slice(0, 3), sector: code.length >= 6 ? code.slice(3, 6) : null };
}

function countriesAgree(gold: GoldActor[], predicted: Participant[]): boolean {
  const found = new Set(predicted.map(predictedActor).map((a) => a?.country));
  return gold.some((g) => found.has(g.country));
}

function sectorsAgree(gold: GoldActor[], predicted: Participant[]): boolean[] {
  const found = predicted.map(predictedActor);
  return gold.filter((g) => g.sector).map((g) => found.some((a) => a?.country === g.country && a.sector === g.sector));
}

function agreement(gold: GoldEvent, e: Event): number {
  let score = 0;
  if (gold.type && gold.type === e.type) score += 4;
  if (gold.cameo && gold.cameo.slice(0, 2) === e.cameo.root) score += 4;
  if (gold.cameo && gold.cameo === e.cameo.code) score += 1;
  if (gold.actors.length && countriesAgree(gold.actors, e.actors)) score += 2;
  if (gold.recipients.length && countriesAgree(gold.recipients, e.recipients)) score += 2;
  return score;
}

/** Pairs each gold event with its best predicted event (or null), greedily in gold order. */
export function pairEvents(gold: readonly GoldEvent[], predicted: readonly Event[]): (Event | null)[] {
  const used = new Set<number>();
  return gold.map((g) => {
    let best = -1;
    let bestScore = -1;
    predicted.forEach((e, i) => {
      if (used.has(i)) return;
      const s = agreement(g, e);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best < 0) return null;
    used.add(best);
    return predicted[best]!;
  });
}

// ------------------------------------------------------------------ one-to-one

/**
 * What makes a gold and a predicted event the same event:
 * - type: the same PLOVER type (a gold event without one: the same CAMEO root);
 * - type+actors: and each side the gold names agrees by country (the first three letters of the code);
 * - type+actors+sector: and, where the gold actor has a sector, the agreeing predicted actor has that sector.
 * A side the gold leaves empty is not checked; a side agrees when some gold actor agrees with some predicted one.
 */
export const CRITERIA = ['type', 'typeActors', 'typeActorsSector'] as const;
export type Criterion = (typeof CRITERIA)[number];

function sameType(g: GoldEvent, e: Event): boolean {
  if (g.type) return g.type === e.type;
  return !!g.cameo && g.cameo.slice(0, 2) === e.cameo.root;
}

function sideAgrees(gold: GoldActor[], predicted: Participant[], withSector: boolean): boolean {
  if (!gold.length) return true;
  const found = predicted.map(predictedActor);
  return gold.some((g) => found.some((a) => a?.country === g.country && (!withSector || !g.sector || a.sector === g.sector)));
}

export function agrees(g: GoldEvent, e: Event, criterion: Criterion): boolean {
  if (!sameType(g, e)) return false;
  if (criterion === 'type') return true;
  const withSector = criterion === 'typeActorsSector';
  return sideAgrees(g.actors, e.actors, withSector) && sideAgrees(g.recipients, e.recipients, withSector);
}

/** Negated and denied are one class against asserted: the schema may not tell who denies. */
function polarityAgrees(g: GoldEvent, e: Event): boolean {
  return (g.polarity === 'asserted') === (e.modality.polarity === 'asserted');
}

/**
 * Gold index → predicted index for the largest one-to-one matching under the criterion; among the largest,
 * the one whose pairs agree most on actors, recipients, stage and polarity.
 */
export function matchOneToOne(gold: readonly GoldEvent[], predicted: readonly Event[], criterion: Criterion): Map<number, number> {
  const weights = gold.map((g) =>
    predicted.map((e) => {
      if (!agrees(g, e, criterion)) return 0;
      // The eligible pair outweighs all tie-breakers together, so the matching is first of all the largest.
      let w = 1000;
      if (g.actors.length && countriesAgree(g.actors, e.actors)) w += 100;
      if (g.recipients.length && countriesAgree(g.recipients, e.recipients)) w += 100;
      if (g.stage && g.stage === e.modality.stage) w += 10;
      if (g.polarity && polarityAgrees(g, e)) w += 1;
      return w;
    }),
  );
  return new Map(maxWeightMatching(weights));
}

export interface SentenceOutcome {
  gold: GoldSentence;
  predicted: Event[];
  paired: (Event | null)[];
  /** Per criterion, gold index → predicted index. */
  matched: Record<Criterion, Map<number, number>>;
}

export function outcome(gold: GoldSentence, predicted: Event[]): SentenceOutcome {
  const matched = Object.fromEntries(CRITERIA.map((c) => [c, matchOneToOne(gold.events, predicted, c)])) as Record<Criterion, Map<number, number>>;
  return { gold, predicted, paired: pairEvents(gold.events, predicted), matched };
}

function oneToOneCounts(o: SentenceOutcome, criterion: Criterion): Counts {
  const tp = o.matched[criterion].size;
  return { tp, fp: o.predicted.length - tp, fn: o.gold.events.length - tp };
}

export function scoreEvents(outcomes: readonly SentenceOutcome[]): EventScore {
  const type: boolean[] = [];
  const root: boolean[] = [];
  const code: boolean[] = [];
  const actor: boolean[] = [];
  const recipient: boolean[] = [];
  const actorSector: boolean[] = [];
  const recipientSector: boolean[] = [];
  const uncoded: boolean[] = [];
  let goldEvents = 0;
  let unpaired = 0;
  let predictedEvents = 0;
  const counts = Object.fromEntries(CRITERIA.map((c) => [c, ZERO])) as Record<Criterion, Counts>;
  const stage: boolean[] = [];
  const polarity: boolean[] = [];
  for (const o of outcomes) {
    for (const c of CRITERIA) counts[c] = addCounts(counts[c], oneToOneCounts(o, c));
    predictedEvents += o.predicted.length;
    for (const [gi, pi] of o.matched.type) {
      const g = o.gold.events[gi]!;
      const e = o.predicted[pi]!;
      if (g.stage) stage.push(g.stage === e.modality.stage);
      if (g.polarity) polarity.push(polarityAgrees(g, e));
    }
  }
  for (const { gold, predicted, paired } of outcomes) {
    if (gold.noEvent) uncoded.push(predicted.length === 0);
    unpaired += predicted.filter((e) => !paired.includes(e)).length;
    gold.events.forEach((g, i) => {
      goldEvents++;
      const e = paired[i] ?? null;
      if (g.type) type.push(e?.type === g.type);
      if (g.cameo) {
        root.push(e?.cameo.root === g.cameo.slice(0, 2));
        code.push(e?.cameo.code === g.cameo);
      }
      if (g.actors.length) {
        actor.push(!!e && countriesAgree(g.actors, e.actors));
        actorSector.push(...(e ? sectorsAgree(g.actors, e.actors) : g.actors.filter((a) => a.sector).map(() => false)));
      }
      if (g.recipients.length) {
        recipient.push(!!e && countriesAgree(g.recipients, e.recipients));
        recipientSector.push(
          ...(e ? sectorsAgree(g.recipients, e.recipients) : g.recipients.filter((a) => a.sector).map(() => false)),
        );
      }
    });
  }
  return {
    sentences: outcomes.length,
    goldEvents,
    typeAccuracy: measure(type),
    cameoRoot: measure(root),
    cameoCode: measure(code),
    actorCountry: measure(actor),
    recipientCountry: measure(recipient),
    actorSector: measure(actorSector),
    recipientSector: measure(recipientSector),
    noEventUncoded: measure(uncoded),
    unpairedPredictions: unpaired,
    predictedEvents,
    oneToOne: Object.fromEntries(CRITERIA.map((c) => [c, prf(counts[c])])) as Record<Criterion, Prf>,
    matchedStage: measure(stage),
    matchedPolarity: measure(polarity),
  };
}

/** Most frequent value, ties to the first seen; null for none. */
export function mostFrequent<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The most-frequent-class baseline: every gold event given the commonest type and CAMEO root of the set. */
export function majorityBaseline(sentences: readonly GoldSentence[]): { type: Measure; cameoRoot: Measure; label: string } {
  const events = sentences.flatMap((s) => s.events);
  const types = events.flatMap((e) => (e.type ? [e.type] : []));
  const roots = events.flatMap((e) => (e.cameo ? [e.cameo.slice(0, 2)] : []));
  const topType = mostFrequent(types);
  const topRoot = mostFrequent(roots);
  return {
    type: measure(types.map((t) => t === topType)),
    cameoRoot: measure(roots.map((r) => r === topRoot)),
    label: [topType, topRoot && `root ${topRoot}`].filter(Boolean).join(', '),
  };
}
