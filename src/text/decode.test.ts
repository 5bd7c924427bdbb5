import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, MAX_TEXT_BYTES } from './decode.ts';
import { InputError } from '../errors.ts';

test('decodes UTF-8 text', () => {
  assert.equal(decodeText(new TextEncoder().encode('Kim Jong-un “dibantai”'), 'a.txt'), 'Kim Jong-un “dibantai”');
});

test('refuses binary data, naming the input and the offset', () => {
  assert.throws(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'x.pdf'), (e: unknown) => {
    return e instanceof InputError && e.message === 'x.pdf: looks binary (NUL byte at offset 4), not text';
  });
});

test('refuses invalid UTF-8 and says where', () => {
  const bytes = new Uint8Array([0x41, 0x42, 0xe9, 0x43]); // "ABéC" in Latin-1
  assert.throws(() => decodeText(bytes, 'latin1.txt'), /latin1\.txt: is not valid UTF-8 \(at byte 2\)/);
});

test('refuses text over the size limit without reading it', () => {
  const big = new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61);
  assert.throws(() => decodeText(big, 'big.txt'), /big\.txt: is 5\.0 MB; an article may be at most 5 MB/);
});
