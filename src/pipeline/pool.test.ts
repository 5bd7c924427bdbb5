import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AnalysisPool } from './pool.ts';
import { buildArticle } from '../ingest/article.ts';
import { InputError } from '../errors.ts';
import type { Candidate } from '../ingest/candidate.ts';

const pool = new AnalysisPool(2);
after(() => pool.close());

const en = readFileSync(new URL('../../samples/north-korea-troops-en.txt', import.meta.url), 'utf8');
const page = (body: string): Candidate => ({
  origin: { kind: 'file', location: 'page.html', feed: null },
  html: `<!doctype html><html lang="en"><head><title>Troops</title></head><body><nav>Home · World</nav><article>${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}<p>Read the original: <a href="https://example.org/original">here</a></p></article></body></html>`,
  text: null,
  url: 'https://example.com/troops',
  charset: 'utf-8',
  given: {},
});
const FETCHED = '2024-06-28T00:00:00.000Z';

test("a page is built in a pool's thread as it is in this one, with every pack's original cues", async () => {
  const there = await pool.build(page(en), FETCHED);
  const here = await buildArticle(page(en), ['Read the original'], FETCHED);
  assert.deepEqual(there, here);
  assert.equal(there.original?.url, 'https://example.org/original');
});

test("a candidate that is no article fails in the thread with the same input error", async () => {
  const failure = await pool.build(page('Too short.'), FETCHED).then(() => null, (e: unknown) => e);
  assert.ok(failure instanceof InputError);
  assert.match(failure.message, /^page\.html: only \d+ words of text found; not an article$/);
});

test('warmed threads analyse articles in the language they are given', async () => {
  pool.warm();
  const a = await pool.analyze({ text: en, lang: 'en', publishedAt: '2024-06-28' });
  assert.deepEqual([a.lang.code, a.lang.detected], ['en', false]);
  assert.ok(a.events.length > 0);
});
