import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LinearModel, PerceptronTrainer } from './perceptron.ts';
import { feature } from './hash.ts';

// Toy task: the class of a pair (a, b) of small numbers is (a + b) mod 3, learnable from the pair feature.
function example(a: number, b: number): { feats: Int32Array; gold: number } {
  return { feats: Int32Array.from([feature(1, 0), feature(2, a), feature(3, b), feature(4, a, b)]), gold: (a + b) % 3 };
}

test('the averaged perceptron learns a toy task, and keeps it through 16-bit shipping', () => {
  const trainer = new PerceptronTrainer(12, 3);
  const rows = new Int32Array(4);
  const scores = new Float64Array(3);
  const data = [];
  for (let a = 0; a < 6; a++) for (let b = 0; b < 6; b++) data.push(example(a, b));
  for (let epoch = 0; epoch < 30; epoch++) {
    for (const { feats, gold } of data) {
      trainer.model.rows(feats, 4, rows);
      trainer.update(rows, 4, gold, trainer.model.best(rows, 4, scores));
    }
  }
  const model = trainer.average();
  const shipped = LinearModel.deserialise(12, 3, model.serialise());
  for (const m of [model, shipped]) {
    const right: number = data.filter(({ feats, gold }) => {
      m.rows(feats, 4, rows);
      return m.best(rows, 4, scores) === gold;
    }).length;
    assert.equal(right, data.length);
  }
});

test('best honours the allowed classes', () => {
  const m = new LinearModel(4, 3, Float32Array.from({ length: 48 }, (_, i) => i % 3));
  const rows = Int32Array.from([0]);
  const scores = new Float64Array(3);
  assert.equal(m.best(rows, 1, scores), 2);
  assert.equal(m.best(rows, 1, scores, (k) => k !== 2), 1);
  assert.equal(m.best(rows, 1, scores, () => false), -1);
});

test('bestOf and the three-class score agree with the general scorer', () => {
  const m5 = new LinearModel(4, 5, Float32Array.from({ length: 80 }, (_, i) => (i * 7919) % 13));
  const m3 = new LinearModel(4, 3, Float32Array.from({ length: 48 }, (_, i) => (i * 7919) % 11));
  const rows5 = Int32Array.from([0, 5, 35, 75]);
  const rows3 = Int32Array.from([0, 3, 21, 45]);
  const scores = new Float64Array(5);
  const listed = Uint8Array.of(1, 3, 4);
  assert.equal(m5.bestOf(rows5, 4, listed), m5.best(rows5, 4, scores, (k) => listed.includes(k)));
  m3.score(rows3, 4, scores);
  const expected = [0, 1, 2].map((k) => [0, 3, 21, 45].reduce((a, r) => a + m3.weights[r + k]!, 0));
  assert.deepEqual(Array.from(scores.subarray(0, 3)), expected);
});
