import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxWeightMatching } from './match.ts';

test('the matching of largest weight, where taking the best pair first would lose a match', () => {
  // Row 0 likes both columns, row 1 only column 0: greedy row 0 → column 0 leaves row 1 unmatched.
  assert.deepEqual(
    maxWeightMatching([
      [5, 4],
      [3, 0],
    ]),
    [
      [0, 1],
      [1, 0],
    ],
  );
});

test('pairs of weight 0 are not matches; rectangular matrices either way', () => {
  assert.deepEqual(maxWeightMatching([[0, 0, 2]]), [[0, 2]]);
  assert.deepEqual(maxWeightMatching([[0], [0], [7]]), [[2, 0]]);
  assert.deepEqual(maxWeightMatching([[0, 0], [0, 0]]), []);
});

test('empty sides match nothing', () => {
  assert.deepEqual(maxWeightMatching([]), []);
  assert.deepEqual(maxWeightMatching([[], []]), []);
});

test('weights above all tie-breakers make the matching the largest first', () => {
  // One pair of 1011 against two of 1000: two matches win.
  assert.deepEqual(
    maxWeightMatching([
      [1011, 1000],
      [1000, 0],
    ]).length,
    2,
  );
});
