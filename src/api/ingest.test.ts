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
