// The API answers the same, byte for byte, whichever store is behind it: the same articles saved in SQLite
// and in PostgreSQL, the same requests, compared as the bodies go out (orderings, cursors, numbers, JSON).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, type Fixture } from './test-fixture.ts';
import { pgSkip } from '../store/test-stores.ts';
import type { Store } from '../store/types.ts';

const enc = encodeURIComponent;

async function bodies(f: Fixture<Store>): Promise<Map<string, string>> {
  const get = async (url: string) => {
    const res = await f.app.inject({ url, remoteAddress: '127.0.0.1' });
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.body;
  };
  const out = new Map<string, string>();
  const urls = [
    '/api/articles?limit=50',
    `/api/articles/${f.articleId}`,
    '/api/events?limit=500',
    '/api/events?actor=country:RUS&limit=500',
    `/api/events/${enc(f.eventKey)}`,
    '/api/aggregates/day-type',
    '/api/aggregates/actor-pair',
    '/api/aggregates/country',
    '/api/exports/jsonl',
    '/api/exports/gdelt',
    '/api/exports/acled',
    '/api/entities?limit=500',
    `/api/entities/${enc(f.entityId)}`,
    '/api/quotes?limit=500',
    '/api/contradictions?limit=500',
    '/api/stories?limit=500',
    '/api/merged-events?limit=500',
    '/api/merged-events?type=ASSAULT&actor=RUS&limit=500',
    '/api/disagreements?limit=500',
  ];
  for (const url of urls) out.set(url, await get(url));
  // Every page of a paged listing, cursor by cursor: the cursors are part of the answer.
  for (const base of ['/api/events?limit=3', '/api/articles?limit=1', '/api/entities?limit=2', '/api/quotes?limit=2', '/api/merged-events?limit=1', '/api/stories?limit=1']) {
    let url: string | null = base;
    for (let page = 0; url; page++) {
      const body = await get(url);
      out.set(`${base} page ${page}`, body);
      const next: string | null = JSON.parse(body).nextCursor;
      url = next ? `${base}&cursor=${enc(next)}` : null;
    }
  }
  return out;
}

test('every read answers the same bytes on SQLite and on PostgreSQL', { skip: pgSkip }, async (t) => {
  const [sqlite, postgres] = [await fixture({ users: false, store: 'sqlite', t }), await fixture({ users: false, store: 'postgres', t })];
  // A review, so corrections are laid over both stores' records alike.
  const analyst = { kind: 'cli' as const, id: 'test', name: 'test' };
  for (const f of [sqlite, postgres]) await f.store.review(f.eventKey, { action: 'correct', correction: { type: 'PROTEST' } }, analyst);
  const [a, b] = [await bodies(sqlite), await bodies(postgres)];
  assert.ok(a.size > 20);
  // Search ranks by each database's own measure (bm25, ts_rank): the same articles are found, not in one order.
  const found = async (f: Fixture<Store>) => (await f.app.inject({ url: '/api/articles?q=report&limit=50' })).json().items.map((x: { id: string }) => x.id).sort();
  assert.deepEqual(await found(postgres), await found(sqlite));
  assert.equal((await found(sqlite)).length, 2);
  for (const [url, body] of a) {
    // A review's time is the moment it was made, which differs between the two stores.
    const stable = (s: string | undefined) => s?.replace(/"reviewedAt":"[^"]+"/g, '"reviewedAt":"…"');
    assert.equal(stable(b.get(url)), stable(body), url);
  }
});
