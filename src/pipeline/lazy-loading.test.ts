// What a process reads is what it waits for at start-up: an analysis reads the pack of its text's language
// and no other, and the language model only when it has to guess the language. Every file read is recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const read: string[] = [];
const { readFileSync } = fs;
const { readFile } = fs.promises;
fs.readFileSync = ((file: fs.PathOrFileDescriptor, options?: unknown) => {
  read.push(String(file));
  return readFileSync(file, options as fs.ObjectEncodingOptions);
}) as typeof fs.readFileSync;
fs.promises.readFile = ((file: fs.PathLike, options?: unknown) => {
  read.push(String(file));
  return readFile(file, options as fs.ObjectEncodingOptions);
}) as typeof fs.promises.readFile;
syncBuiltinESMExports();

const { createLazyAnalyzer } = await import('./analyze.ts');
const analyzer = createLazyAnalyzer();
const packsRead = () => [...new Set(read.flatMap((f) => f.match(/\/lang\/([a-z]+)\//)?.[1] ?? []))].sort();
const modelRead = () => read.some((f) => f.endsWith('.ftz'));

test('a text given in its language reads that pack alone and no language model', async () => {
  const a = await analyzer.analyze({ text: 'Korea Utara mengirim pasukan ke Rusia pada Juni 2024.', lang: 'id', publishedAt: '2024-06-28' });
  assert.equal(a.lang.code, 'id');
  assert.ok(a.events.length > 0);
  assert.deepEqual(packsRead(), ['id']);
  assert.equal(modelRead(), false);
});

test('a text of unknown language reads the language model, then the pack of the language it finds', async () => {
  const a = await analyzer.analyze({ text: 'North Korea sent troops to Russia in June, officials in Seoul said on Friday.', publishedAt: '2024-06-28' });
  assert.deepEqual([a.lang.code, a.lang.detected], ['en', true]);
  assert.equal(modelRead(), true);
  assert.deepEqual(packsRead(), ['en', 'id']);
});

test('a language without a pack of its own is refused when asked for, and read with the fallback pack when found', async () => {
  await assert.rejects(analyzer.analyze({ text: 'Hallo Welt.', lang: 'de', name: 'x.txt' }), /x\.txt: no language pack for 'de' \(have: id, en, es, zh, ko\)/);
  const a = await analyzer.analyze({ text: 'Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit.' });
  assert.equal(a.lang.code, 'de');
  assert.match(a.limits ?? '', /no language pack for de/);
  assert.deepEqual(packsRead(), ['en', 'id']);
});
