import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { segment } from '../text/segment.ts';
import { quantityTokens } from './tokens.ts';

test('a currency sign glued to its number is split from it, the number kept whole', () => {
  const pack = packs.get('id')!;
  const text = 'Harganya Rp6.500 per liter.';
  const { tokens, words } = quantityTokens(segment(text, pack.text).tokens, text, pack.quantities);
  assert.deepEqual(
    tokens.map((t) => [t.text, t.kind]),
    [['Harganya', 'word'], ['Rp', 'word'], ['6.500', 'number'], ['per', 'word'], ['liter', 'word'], ['.', 'punct']],
  );
  assert.equal(words[1], 'rp');
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});
