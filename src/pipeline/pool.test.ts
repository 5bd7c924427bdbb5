import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AnalysisPool, threadFor, type ThreadLoad } from './pool.ts';
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

const thread = (jobs: number, ...languages: string[]): ThreadLoad => ({ jobs, languages: new Set(languages) });

test('an article goes to a thread that has read its language, even a busier one, while it has room', () => {
  assert.equal(threadFor([thread(0, 'id'), thread(1, 'id', 'en')], 'en', false), 1);
  assert.equal(threadFor([thread(1, 'en'), thread(0, 'en')], 'en', false), 1);
});

test('when the threads that know the language are full, an idle thread takes it, then a new one; else it waits', () => {
  assert.equal(threadFor([thread(2, 'en'), thread(0, 'id')], 'en', false), 1);
  assert.equal(threadFor([thread(2, 'en'), thread(1, 'id')], 'en', true), 'start');
  assert.equal(threadFor([thread(2, 'en'), thread(1, 'id')], 'en', false), null);
});

test('a language no thread knows, and work of no language, go to the least busy thread with room', () => {
  assert.equal(threadFor([thread(2, 'id'), thread(1, 'id')], 'es', false), 1);
  assert.equal(threadFor([thread(1, 'id'), thread(2, 'en')], null, false), 0);
  assert.equal(threadFor([thread(2, 'id'), thread(2, 'en')], null, false), null);
  assert.equal(threadFor([], 'id', true), 'start');
});

test('every article of a batch in several languages is analysed, in its own language', async () => {
  const texts = [['id', 'Korea Utara mengirim pasukan ke Rusia pada Juni 2024, kata para pejabat di Seoul pada hari Jumat.'], ['en', en]] as const;
  const batch = Array.from({ length: 8 }, (_, i) => texts[i % 3 === 0 ? 1 : 0]);
  const done = await Promise.all(batch.map(([lang, text]) => pool.analyze({ text, lang, publishedAt: '2024-06-28' })));
  assert.deepEqual(done.map((a) => a.lang.code), batch.map(([lang]) => lang));
});
