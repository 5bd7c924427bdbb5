import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../schema/analysis.ts';
import { fatalities } from './fatalities.ts';

const q = (id: string, value: number, item: string | null): Quantity =>
  ({ id, value, valueMax: null, bound: 'exactly', unit: 'unit', item, itemSpan: null, start: 0, end: 1, text: String(value), sentence: 0 }) as Quantity;
const cameo = (code: string) => ({ code, root: code.slice(0, 2), base: code.slice(0, 3), label: '' });

test('people counted as dead are fatalities, the largest count of the event wins', () => {
  assert.equal(fatalities({ quantityIds: ['q1', 'q2'], cameo: cameo('190') }, [q('q1', 12, 'dead'), q('q2', 4, 'dead'), q('q3', 99, 'dead')]), 12);
});

test('people counted by a killing are fatalities; by any other act they are not', () => {
  assert.equal(fatalities({ quantityIds: ['q1'], cameo: cameo('1823') }, [q('q1', 9, 'civilian')]), 9);
  assert.equal(fatalities({ quantityIds: ['q1'], cameo: cameo('190') }, [q('q1', 9, 'civilian')]), null);
  assert.equal(fatalities({ quantityIds: ['q1'], cameo: cameo('1823') }, [q('q1', 20, 'ballistic missile')]), null);
});

test('no number in the text: unknown, not zero', () => {
  assert.equal(fatalities({ quantityIds: [], cameo: cameo('186') }, []), null);
});
