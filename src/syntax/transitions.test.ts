import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEFT, ParseState, RIGHT, SHIFT, TRANSITIONS } from './transitions.ts';

/** Follows zero-cost transitions only (preferring the first), returning the heads reached (-1 = root). */
function oracleParse(gold: number[]): { head: number[]; maxMinCost: number } {
  const st = new ParseState(gold.length);
  const g = Int32Array.from(gold, (h) => (h < 0 ? gold.length : h));
  let maxMinCost = 0;
  while (!st.done) {
    let best = -1;
    let bestCost = Infinity;
    for (let t = 0; t < TRANSITIONS; t++) {
      if (!st.valid(t)) continue;
      const c = st.cost(t, g);
      if (c < bestCost) [best, bestCost] = [t, c];
    }
    maxMinCost = Math.max(maxMinCost, bestCost);
    st.apply(best);
  }
  return { head: Array.from(st.head, (h) => (h === gold.length ? -1 : h)), maxMinCost };
}

test('the oracle recovers projective trees exactly, never needing a costly transition', () => {
  const trees = [
    [-1], // "Go"
    [1, -1, 1], // Korea sent troops
    [1, 2, -1, 4, 2, 2], // North Korea sent troops to Russia... shapes
    [2, 2, -1, 2, 5, 3, 2], // two left dependents, a right one with a nested left
    [-1, 0, 1, 2, 3], // a right-branching chain
    [4, 4, 4, 4, -1], // a flat left fan
  ];
  for (const gold of trees) {
    const { head, maxMinCost } = oracleParse(gold);
    assert.deepEqual(head, gold);
    assert.equal(maxMinCost, 0);
  }
});

test('costs count the gold arcs a transition loses', () => {
  // Tokens 0 1 2 with 0 ← 1 → 2, root 1.
  const gold = Int32Array.from([1, 3, 1]);
  const st = new ParseState(3);
  st.apply(SHIFT); // stack [0]
  assert.equal(st.cost(LEFT, gold), 0); // 1 takes 0
  assert.equal(st.cost(SHIFT, gold), 1); // 0 could no longer hang from 1
  st.apply(SHIFT); // stack [0 1]
  assert.equal(st.cost(RIGHT, gold), 2); // 1 under 0: its own head and its child 2 are lost
  assert.equal(st.valid(LEFT), true);
});

test('only one token may hang from the root', () => {
  const st = new ParseState(2);
  st.apply(SHIFT);
  st.apply(SHIFT);
  assert.equal(st.valid(SHIFT), false); // the root never goes on the stack
  assert.equal(st.valid(LEFT), false); // two on the stack: the root may not take s0 yet
  assert.equal(st.valid(RIGHT), true);
});

test('forced names the transition when it is the only valid one, and -1 when there is a choice', () => {
  const st = new ParseState(3);
  const onlyValid = (): number => {
    const valid = [SHIFT, LEFT, RIGHT].filter((t) => st.valid(t));
    return valid.length === 1 ? valid[0]! : -1;
  };
  const seen: number[] = [];
  for (const t of [SHIFT, SHIFT, SHIFT, RIGHT, RIGHT, LEFT]) {
    assert.equal(st.forced(), onlyValid());
    seen.push(st.forced());
    st.apply(t);
  }
  assert.ok(st.done);
  // Empty stack: shift; a choice twice; the buffer at the root with more on the stack: right; then left to the root.
  assert.deepEqual(seen, [SHIFT, -1, -1, RIGHT, RIGHT, LEFT]);
});
