// The event task: each gold set analysed sentence by sentence and scored against its records.
import type { Analyzer } from '../../pipeline/analyze.ts';
import type { Event } from '../../schema/analysis.ts';
import { emptyReport, type Cell, type TaskReport } from '../report.ts';
import type { GoldActor, GoldSentence, GoldSet } from './gold.ts';
import { Failures } from '../failures.ts';
import { majorityBaseline, outcome, scoreEvents, type Measure, type SentenceOutcome } from './score.ts';

export interface EventSet {
  label: string;
  /** Reads the gold; throws ENOENT when the file is absent. */
  load: () => GoldSet;
  path: string;
  analyzer: Analyzer;
  /** Language of records that do not give their own (default en). */
  lang?: string;
  /** Said under the table (e.g. which dictionaries the analyzer was given). */
  note?: string;
}

/** Consecutive sentences of one document (or a sentence alone), analysed as one text. */
interface Unit {
  sentences: GoldSentence[];
  /** Where each sentence starts in the joined text. */
  starts: number[];
  text: string;
}

function units(sentences: readonly GoldSentence[]): Unit[] {
  const out: Unit[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && s.doc && last.sentences[0]!.doc === s.doc) {
      last.starts.push(last.text.length + 1);
      last.text += '\n' + s.text;
      last.sentences.push(s);
    } else out.push({ sentences: [s], starts: [0], text: s.text });
  }
  return out;
}

/** The events of a unit handed to its gold sentences by where their trigger starts. */
function predictionsBySentence(unit: Unit, events: Event[]): Event[][] {
  const out = unit.sentences.map((): Event[] => []);
  for (const e of events) {
    let i = unit.starts.length - 1;
    while (i > 0 && unit.starts[i]! > e.trigger.start) i--;
    out[i]!.push(e);
  }
  return out;
}

function actorsText(actors: GoldActor[]): string {
  return actors.map((a) => a.country + (a.sector ?? '')).join('+') || '∅';
}

function eventText(e: Event): string {
  const codes = (ps: Event['actors']) => ps.map((p) => p.actorCode ?? p.country ?? '?').join('+') || '∅';
  return `${e.type}/${e.cameo.code} ${codes(e.actors)}→${codes(e.recipients)} “${e.trigger.text}” [${e.modality.stage}, ${e.modality.polarity}]`;
}

/** What the one-to-one matching by type, actors and recipients left over, and modality slips on its pairs. */
function describe(o: SentenceOutcome): string | null {
  const parts: string[] = [];
  const strict = o.matched.typeActors;
  const byType = o.matched.type;
  o.gold.events.forEach((g, i) => {
    const want = `${g.type ?? '–'}${g.cameo ? `/${g.cameo}` : ''} ${actorsText(g.actors)}→${actorsText(g.recipients)}${g.trigger ? ` “${g.trigger}”` : ''}${g.stage ? ` [${g.stage}, ${g.polarity}]` : ''}`;
    const typed = byType.get(i);
    if (!strict.has(i)) {
      const near = typed === undefined ? null : o.predicted[typed]!;
      parts.push(`missed ${want}${near ? ` (same type: ${eventText(near)})` : ''}`);
    }
    if (typed !== undefined && g.stage) {
      const e = o.predicted[typed]!;
      if (e.modality.stage !== g.stage || (g.polarity === 'asserted') !== (e.modality.polarity === 'asserted')) {
        parts.push(`modality ${want} got [${e.modality.stage}, ${e.modality.polarity}]`);
      }
    }
  });
  const used = new Set(strict.values());
  o.predicted.forEach((e, i) => {
    if (!used.has(i)) parts.push(`spurious ${eventText(e)}`);
  });
  return parts.length ? `${o.gold.id}: ${parts.join(' | ')}` : null;
}

const pct = (m: Measure): Cell => (m.n ? m.value : null);

export function runEvents(sets: readonly EventSet[]): TaskReport {
  const report = emptyReport('events');
  for (const set of sets) {
    let gold: GoldSet;
    try {
      gold = set.load();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        report.missing.push(set.path);
        continue;
      }
      throw e;
    }
    const failures = new Failures();
    const docs = units(gold.sentences);
    const outcomes = docs.flatMap((u) => {
      const first = u.sentences[0]!;
      const name = first.doc ?? first.id;
      const lang = first.lang ?? set.lang ?? 'en';
      const events = failures.guard(name, [], () => set.analyzer.analyze({ text: u.text, lang, publishedAt: first.date, name }).events);
      const bySentence = predictionsBySentence(u, events);
      return u.sentences.map((s, i) => outcome(s, bySentence[i]!));
    });
    const failed = failures.summary('texts', docs.length);
    if (failed) report.notes.push(`${set.label}: ${failed}`);
    report.errors.push(...failures.all.map((f) => `${set.label} ${f}`));
    const score = scoreEvents(outcomes);
    const base = majorityBaseline(gold.sentences);
    report.figures[set.label] = { sumber: score, baseline: base };
    const row = (name: string, m: Measure, baseline: Measure | null = null): Cell[] => [
      name,
      pct(m),
      baseline ? pct(baseline) : null,
      m.n,
    ];
    const o = score.oneToOne;
    const prfRows = (name: string, p: (typeof o)['type']): Cell[][] => [
      [`one-to-one ${name}: F1`, p.f1, null, `${p.tp} tp`],
      [`  precision`, p.precision, null, p.tp + p.fp],
      [`  recall`, p.recall, null, p.tp + p.fn],
    ];
    report.tables.push({
      title: `${set.label} (${score.sentences} sentences, ${score.goldEvents} gold events, ${score.predictedEvents} predicted, ${gold.skipped.length} records skipped; baseline: most frequent class${base.label ? ` = ${base.label}` : ''})`,
      columns: ['measure', 'sumber', 'baseline', 'n'],
      rows: [
        row('event type accuracy (PLOVER)', score.typeAccuracy, base.type),
        row('CAMEO root agreement', score.cameoRoot, base.cameoRoot),
        row('CAMEO full code agreement', score.cameoCode),
        row('actor country agreement', score.actorCountry),
        row('actor sector agreement', score.actorSector),
        row('recipient country agreement', score.recipientCountry),
        row('recipient sector agreement', score.recipientSector),
        row('no-event sentences left uncoded', score.noEventUncoded),
        ['predicted events paired with no gold event', score.unpairedPredictions, null, null],
        ...prfRows('type', o.type),
        ...prfRows('type+actor+recipient (country)', o.typeActors),
        ...prfRows('type+actor+recipient (country, sector)', o.typeActorsSector),
        row('stage agreement on type-matched events', score.matchedStage),
        row('polarity agreement on type-matched events', score.matchedPolarity),
      ],
    });
    if (set.note) report.notes.push(`${set.label}: ${set.note}`);
    if (gold.skipped.length) report.notes.push(`${set.label}: ${gold.skipped.length} records not scored (--errors lists them)`);
    report.errors.push(...gold.skipped.map((s) => `${set.label} not scored ${s}`));
    report.errors.push(...outcomes.map(describe).filter((d): d is string => d !== null).map((d) => `${set.label} ${d}`));
  }
  report.notes.push(
    'each gold event is paired with the prediction of its sentence that agrees best (type 4, CAMEO root 4 + full code 1, actor 2, recipient 2; ties to the earlier; one pairing per prediction); an unpaired gold event is wrong on every measure',
    'actor agreement: some gold country (first three letters of the code) is among the paired event\'s actors; sector: a predicted actor of that country has that sector',
    'one-to-one: per sentence, the largest one-to-one matching of gold and predicted events (Hungarian method; among the largest, most agreement on actors, recipients, stage, polarity); every unmatched prediction is a false positive. type: same PLOVER type (a gold event with none: same CAMEO root); +actor+recipient (country): each side the gold names has a predicted participant of a gold country; (country, sector): that participant also has the gold sector where the gold gives one; a side the gold leaves empty is not checked',
    'stage and polarity agreement are over the pairs of the type matching whose gold gives a modality; polarity compares asserted against negated/denied',
    'records with a doc field are analysed as one text per document (sentences joined by newlines, in file order) and each predicted event goes to the gold sentence its trigger is in',
    'PLOVER 0.5b1 labels mapped to the current manual: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT; PETRARCH CAMEO codes take their PLOVER type from reference/cameo/cameo_plover_map.tsv',
    'the baseline gives every gold event the commonest type (and CAMEO root) of the same set: an upper bound for a constant guess',
  );
  return report;
}
