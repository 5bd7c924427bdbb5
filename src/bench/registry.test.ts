import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectSections, targetRatio, type BenchSection } from './registry.ts';

const section = (name: string): BenchSection => ({ name, description: name, run: async () => ({ figures: [], notes: [] }) });
const all = [section('startup'), section('analysis-sample'), section('memory')];

test('--only picks sections by name, in registry order', () => {
  assert.deepEqual(selectSections(all, ['memory', 'startup']).map((s) => s.name), ['startup', 'memory']);
  assert.equal(selectSections(all, undefined).length, 3);
});

test('an unknown section name is an error that lists the known ones', () => {
  assert.throws(() => selectSections(all, ['ingest']), /unknown bench section ingest \(have: startup, analysis-sample, memory\)/);
});

test('ratios read the same way for throughputs and costs: above 1 meets the target', () => {
  assert.equal(targetRatio({ name: 'rate', value: 400, unit: '/s', target: { value: 200, kind: 'at-least' } }), 2);
  assert.equal(targetRatio({ name: 'start', value: 0.5, unit: 's', target: { value: 2, kind: 'at-most' } }), 4);
  assert.equal(targetRatio({ name: 'none', value: 3, unit: 's' }), null);
  assert.equal(targetRatio({ name: 'failed', value: null, unit: 's', target: { value: 2, kind: 'at-most' } }), null);
});
