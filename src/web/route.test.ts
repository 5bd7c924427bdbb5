import { test } from 'node:test';
import assert from 'node:assert/strict';
import { href, parseRoute } from './route.ts';

test('a route names its view, its argument and its query', () => {
  const r = parseRoute('#/article/art_12%2F3?event=ev1');
  assert.equal(r.view, 'article');
  assert.equal(r.arg, 'art_12/3');
  assert.equal(r.params.get('event'), 'ev1');
});

test('the empty hash is the home view', () => {
  assert.deepEqual({ ...parseRoute(''), params: '' }, { view: '', arg: null, params: '' });
});

test('href and parseRoute round-trip', () => {
  const link = href('events', null, { type: 'ASSAULT', actor: 'PRK' });
  const r = parseRoute(link);
  assert.equal(r.view, 'events');
  assert.equal(r.params.get('type'), 'ASSAULT');
  assert.equal(r.params.get('actor'), 'PRK');
});
