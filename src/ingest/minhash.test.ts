import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { minhash, similarity, bandKeys, NEAR_DUPLICATE_THRESHOLD } from './minhash.ts';

const en = readFileSync(new URL('../../samples/north-korea-troops-en.txt', import.meta.url), 'utf8');
const id = readFileSync(new URL('../../samples/north-korea-troops-id.txt', import.meta.url), 'utf8');
const body = en.split('\n\n').slice(1).join('\n\n');

const shareBand = (a: string, b: string) => bandKeys(minhash(a)).some((k) => bandKeys(minhash(b)).includes(k));

test('a syndicated copy with another headline and boilerplate is a near-duplicate found through a shared band', () => {
  const copy = `North Korean soldiers may head to Russia, report says\n\n${body}\n\nCopyright 2024 Example Wire. All rights reserved. Follow us for more news.`;
  assert.ok(similarity(minhash(en), minhash(copy)) >= NEAR_DUPLICATE_THRESHOLD);
  assert.ok(shareBand(en, copy));
});

test('a translation of the same facts is not a near-duplicate (it is linked as a translation instead)', () => {
  assert.ok(similarity(minhash(en), minhash(id)) < 0.1);
});

test('identical texts have similarity 1; the signature is stable', () => {
  assert.deepEqual(minhash(en), minhash(en));
  assert.equal(similarity(minhash(en), minhash(en)), 1);
  assert.ok(minhash(en).every((v) => Number.isInteger(v) && v >= 0));
});
