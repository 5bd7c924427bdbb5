import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot, DATASETS } from '../data.ts';
import { readGroundTruth, readPrediction, referenceOutputs } from './benchmark.ts';
import { scoreExtraction, shingleMatch, tokenizeWords } from './metric.ts';

const truth = new Map([
  ['a', 'One two three four five six.'],
  ['b', 'Seven eight nine ten eleven.'],
]);

test('words are Python \\w+ runs: letters, numbers and underscore in any script', () => {
  assert.deepEqual(tokenizeWords('Kim Jong-un, 11.000 snake_case — Пхеньян 平壤'), ['Kim', 'Jong', 'un', '11', '000', 'snake_case', 'Пхеньян', '平壤']);
});

test('a perfect extraction scores 1.0 and is exact', () => {
  const s = scoreExtraction(truth, truth);
  assert.deepEqual([s.precision, s.recall, s.f1, s.accuracy], [1, 1, 1, 1]);
});

test('an empty extraction scores 0', () => {
  const s = scoreExtraction(truth, new Map());
  assert.deepEqual([s.precision, s.recall, s.f1, s.accuracy], [0, 0, 0, 0]);
});

test('shingles are word 4-grams counted as multisets and normalised to sum 1', () => {
  // truth: abcd bcde cdef; prediction: abcd bcdx. One shared, one extra, two missed.
  assert.deepEqual(shingleMatch('a b c d e f', 'a b c d x'), { tp: 1 / 4, fp: 1 / 4, fn: 2 / 4 });
  assert.deepEqual(shingleMatch('a b c d a b c d', 'a b c d'), { tp: 1 / 5, fp: 0, fn: 4 / 5 });
  assert.deepEqual(shingleMatch('a b', 'a b'), { tp: 1, fp: 0, fn: 0 });
});

const benchmark = join(dataRoot(), DATASETS.extractionBenchmark);
const published: Record<string, [f1: number, precision: number, recall: number, accuracy: number]> = {
  AutoExtract: [0.97, 0.984, 0.956, 0.47],
  Diffbot: [0.951, 0.958, 0.944, 0.348],
  boilerpipe: [0.86, 0.85, 0.87, 0.006],
  dragnet: [0.907, 0.925, 0.889, 0.221],
  go_trafilatura: [0.96, 0.94, 0.98, 0.287],
  goose3: [0.896, 0.94, 0.856, 0.232],
  'html-text': [0.665, 0.5, 0.994, 0],
  justext: [0.804, 0.858, 0.756, 0.088],
  news_please: [0.948, 0.964, 0.933, 0.326],
  newspaper: [0.949, 0.964, 0.934, 0.326],
  readability: [0.922, 0.913, 0.931, 0.315],
  readability_js: [0.947, 0.914, 0.982, 0.166],
  rs_trafilatura: [0.97, 0.951, 0.99, 0.287],
  trafilatura: [0.958, 0.938, 0.978, 0.293],
};

test('reproduces the published scores of the reference outputs', { skip: existsSync(benchmark) ? false : `benchmark data absent: ${benchmark}` }, () => {
  const gold = new Map(readGroundTruth(benchmark).map((i) => [i.id, i.articleBody]));
  const refs = new Map(referenceOutputs(benchmark).map((r) => [r.name, r.path]));
  for (const [name, expected] of Object.entries(published)) {
    const path = refs.get(name);
    assert.ok(path, `reference output ${name} is there`);
    const s = scoreExtraction(gold, readPrediction(path).bodies);
    const got = [s.f1, s.precision, s.recall, s.accuracy].map((x) => Number(x.toFixed(3)));
    assert.deepEqual(got, expected, name);
  }
});
