import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cappedLines } from './lines.ts';

async function collect(chunks: string[], max: number) {
  const out = [];
  for await (const l of cappedLines((async function* () { for (const c of chunks) yield Buffer.from(c); })(), max)) out.push(l);
  return out;
}

test('lines split across chunks come out whole; CRLF and a last line without newline too', async () => {
  assert.deepEqual(await collect(['{"a":', '1}\r\n{"b"', ':2}\n\nlast'], 100), ['{"a":1}', '{"b":2}', '', 'last']);
});

test('a line over the cap is skipped, reported by its length, and the next line reads normally', async () => {
  assert.deepEqual(await collect(['short\n', 'x'.repeat(8), 'y'.repeat(8), 'z\nafter\n'], 10), ['short', { tooLong: 17 }, 'after']);
});

test('a multi-byte character split between chunks is decoded whole', async () => {
  const bytes = Buffer.from('Kyïv\n');
  const chunks = [bytes.subarray(0, 3), bytes.subarray(3)];
  const out = [];
  for await (const l of cappedLines((async function* () { yield* chunks; })(), 100)) out.push(l);
  assert.deepEqual(out, ['Kyïv']);
});
