import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analyzer } from '../../pipeline/analyze.ts';
import type { Analysis, Mention } from '../../schema/analysis.ts';
import { Failures } from '../failures.ts';
import { parseConll } from './conll.ts';
import { compromisePredictor, sumberPredictor, type NerPredictor } from './predict.ts';
import { scoreNer } from './score.ts';
import { documentSpans } from './task.ts';

const CONLL = '-DOCSTART- -X- -X- O\n\nPat NNP B-NP B-PER\nRyder NNP I-NP I-PER\nvisited VBD B-VP O\nSeoul NNP B-NP B-LOC\n. . O O\n\nReuters NNP B-NP B-ORG\nsaid VBD B-VP O\n';

/** Finds the given phrases in the rebuilt text, as a tagger would. */
const finder =
  (phrases: [string, 'PER' | 'LOC' | 'ORG'][]): NerPredictor =>
  (text) =>
    phrases.map(([p, cls]) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, cls }));

test('mentions found in the rebuilt text map back onto the gold tokens', () => {
  const doc = parseConll(CONLL).documents[0]!;
  const spans = documentSpans(doc, finder([['Pat Ryder', 'PER'], ['Seoul', 'LOC'], ['Reuters', 'ORG']]), 'en', 'doc', new Failures());
  assert.equal(scoreNer([spans]).overall.f1, 1);
});

test('a predictor that throws scores as empty and is recorded', () => {
  const failures = new Failures();
  const doc = parseConll(CONLL).documents[0]!;
  const spans = documentSpans(doc, () => { throw new Error('boom'); }, 'en', 'doc', failures);
  assert.equal(spans.predicted.length, 0);
  assert.equal(failures.count, 1);
  assert.match(failures.summary('documents', 1)!, /threw on 1 of 1 documents.*boom/);
});

test("Sumber's mention types map to the classes; a place named for its government stays LOC", () => {
  const text = 'Pyongyang said Kim met Reuters.';
  const mention = (start: number, end: number, type: Mention['type'], metonymOf: string | null = null): Mention => ({
    id: `m${start}`, entityId: 'e', type, actorCode: null, metonymOf, source: 'gazetteer', confidence: 1, form: 'name', start, end, text: text.slice(start, end), sentence: 0,
  });
  const fake = {
    analyze: () => ({ text, mentions: [mention(0, 9, 'government', 'geonames:1871859'), mention(15, 18, 'person'), mention(23, 30, 'media')] }) as unknown as Analysis,
  } as Analyzer;
  assert.deepEqual(sumberPredictor(fake)(text, 'en', 't').map((m) => m.cls), ['LOC', 'PER', 'ORG']);
});

test('the compromise baseline gives spans without trailing punctuation', () => {
  const text = 'Phil Simmons played in London.';
  const found = compromisePredictor(text, 'en', 't');
  assert.ok(found.some((m) => m.cls === 'PER' && text.slice(m.start, m.end) === 'Phil Simmons'));
  assert.ok(found.some((m) => m.cls === 'LOC' && text.slice(m.start, m.end) === 'London'));
});
