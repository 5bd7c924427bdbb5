import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from './normalize.ts';

test('normalises line ends, BOM, no-break spaces and control characters', () => {
  assert.equal(normalizeText('\uFEFFJudul\r\n\r\nIsi\u00A0teks.\u0007  \n'), 'Judul\n\nIsi teks.');
});

test('composes characters so offsets count what a reader sees', () => {
  assert.equal(normalizeText('Ce\u0301sar').length, 5);
});
