// POST /api/articles through the real ingestion and analysis (the other API tests use a stand-in).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openSqliteStore } from '../store/sqlite.ts';
import { buildServer } from './server.ts';
import { createIngestor } from './ingest.ts';

const SAMPLE = readFileSync(new URL('../../samples/north-korea-troops-en.txt', import.meta.url), 'utf8');

test('text and HTML posted to the API are ingested, analysed, stored and searchable', async () => {
  const store = openSqliteStore(':memory:');
  const app = await buildServer({ store, ingestor: createIngestor(), webDir: null });
  const posted = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: SAMPLE, publishedAt: '2024-06-28', source: 'Asia Desk' }, remoteAddress: '127.0.0.1' });
  assert.equal(posted.statusCode, 201, posted.body);
  const id = posted.json().stored[0].id;
  const detail = (await app.inject({ url: `/api/articles/${id}`, remoteAddress: '127.0.0.1' })).json();
  assert.equal(detail.analysis.publishedAt, '2024-06-28');
  assert.equal(detail.article.origin.kind, 'api');
  assert.equal(detail.article.publisher, 'Asia Desk', 'the body names the publisher of a text');
  const events = (await app.inject({ url: `/api/events?article=${id}&limit=500`, remoteAddress: '127.0.0.1' })).json();
  assert.equal(events.items.length, detail.analysis.events.length);
  assert.equal((await app.inject({ url: '/api/articles?q=pyongyang', remoteAddress: '127.0.0.1' })).json().items[0].id, id);

  const html = `<html lang="en"><head><title>Troops</title></head><body><article><h1>Troops</h1>${SAMPLE.split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
  const again = await app.inject({ method: 'POST', url: '/api/articles', payload: { html, url: 'https://example.org/troops' }, remoteAddress: '127.0.0.1' });
  assert.ok([200, 201].includes(again.statusCode), again.body);
  const tooShort = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'Two words.' }, remoteAddress: '127.0.0.1' });
  assert.equal(tooShort.statusCode, 422);
  assert.match(tooShort.json().message, /words/);
});

test('the server answers /api/health while a 2 MB article is being analysed', async (t) => {
  const store = openSqliteStore(':memory:');
  const ingestor = createIngestor({ workers: 1 });
  t.after(() => ingestor.close());
  const app = await buildServer({ store, ingestor, webDir: null });
  const size = 2 * 1024 * 1024;
  const text = `${SAMPLE}\n\n`.repeat(Math.ceil(size / SAMPLE.length)).slice(0, size);
  let settled = false;
  const post = app.inject({ method: 'POST', url: '/api/articles', payload: { text }, remoteAddress: '127.0.0.1' }).finally(() => (settled = true));
  // On the event loop, this timer could not fire before the analysis ended, and the article would be stored by then.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const health = await app.inject({ url: '/api/health', remoteAddress: '127.0.0.1' });
  assert.equal(health.statusCode, 200);
  assert.equal(settled, false, 'the analysis was still in flight when /api/health answered');
  await ingestor.close();
  await post;
});
