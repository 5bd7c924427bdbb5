import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterFrom, filterParams } from './filters.ts';
import { queryString } from './api.ts';

test('a route query becomes an event filter, list filters repeating, blanks dropped', () => {
  const f = filterFrom(new URLSearchParams('actor=PRKGOV&type=AID&type=ASSAULT&place=&review=unreviewed'));
  assert.deepEqual(f, { actor: 'PRKGOV', type: ['AID', 'ASSAULT'], review: ['unreviewed'] });
});

test('filter and route query round-trip', () => {
  const f = { recipient: 'RUS', from: '2024-06-01', stage: ['planned' as const] };
  assert.deepEqual(filterFrom(filterParams(f)), f);
});

test('the API query string repeats list values and leaves out empty ones', () => {
  assert.equal(queryString({ type: ['AID', 'ASSAULT'], actor: undefined, q: '', limit: 500 }), '?type=AID&type=ASSAULT&limit=500');
  assert.equal(queryString({}), '');
});
