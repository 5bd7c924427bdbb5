// The event task: each gold set analysed sentence by sentence and scored against its records.
import type { Analyzer } from '../../pipeline/analyze.ts';
import type { Event } from '../../schema/analysis.ts';
import { emptyReport, type Cell, type TaskReport } from '../report.ts';
import type { GoldActor, GoldSet } from './gold.ts';
import { Failures } from '../failures.ts';
import { majorityBaseline, outcome, scoreEvents, type Measure, type SentenceOutcome } from './score.ts';

export interface EventSet {
  label: string;
  /** Reads the gold; throws ENOENT when the file is absent. */
  load: () => GoldSet;
  path: string;
  analyzer: Analyzer;
  /** Said under the table (e.g. which dictionaries the analyzer was given). */
  note?: string;
}

function actorsText(actors: GoldActor[]): string {
  return actors.map((a) => a.country + (a.sector ?? '')).join('+') || '∅';
}

function eventText(e: Event): string {
  const codes = (ps: Event['actors']) => ps.map((p) => p.actorCode ?? p.country ?? '?').join('+') || '∅';
  return `${e.type}/${e.cameo.code} ${codes(e.actors)}→${codes(e.recipients)}`;
}

function describe(o: SentenceOutcome): string | null {
  const parts: string[] = [];
  o.gold.events.forEach((g, i) => {
    const e = o.paired[i];
    const want = `${g.type ?? '–'}${g.cameo ? `/${g.cameo}` : ''} ${actorsText(g.actors)}→${actorsText(g.recipients)}`;
    const ok = e && (!g.type || e.type === g.type) && (!g.cameo || e.cameo.root === g.cameo.slice(0, 2));
    if (!ok) parts.push(`gold ${want}, got ${e ? eventText(e) : 'nothing'}`);
  });
  if (o.gold.noEvent && o.predicted.length) parts.push(`no event in gold, got ${o.predicted.map(eventText).join('; ')}`);
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
    const outcomes = gold.sentences.map((s) =>
      outcome(s, failures.guard(s.id, [], () => set.analyzer.analyze({ text: s.text, lang: 'en', publishedAt: s.date, name: s.id }).events)),
    );
    const failed = failures.summary('sentences', gold.sentences.length);
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
    report.tables.push({
      title: `${set.label} (${score.sentences} sentences, ${score.goldEvents} gold events, ${gold.skipped.length} records skipped; baseline: most frequent class${base.label ? ` = ${base.label}` : ''})`,
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
    'PLOVER 0.5b1 labels mapped to the current manual: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT; PETRARCH CAMEO codes take their PLOVER type from reference/cameo/cameo_plover_map.tsv',
    'the baseline gives every gold event the commonest type (and CAMEO root) of the same set: an upper bound for a constant guess',
  );
  return report;
}
