import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { tokenize } from '../text/segment.ts';
import { matchersFor } from './matchers.ts';
import { readItem } from './items.ts';

/** The counted thing read from the start of `text`: its English name and the words it came from. */
function item(lang: string, text: string) {
  const lex = packs.get(lang)!.quantities;
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.text.toLowerCase());
  const found = readItem(tokens, words, 0, tokens.length, text, matchersFor(lex).items, lex.stops, lex.determiners);
  return found && [found.item, text.slice(tokens[found.start]!.start, tokens[found.end - 1]!.end)];
}

test('a listed phrase is translated; the longest one in the phrase wins', () => {
  assert.deepEqual(item('id', 'rudal balistik buatan Korea Utara'), ['ballistic missile', 'rudal balistik']);
  assert.deepEqual(item('en', 'North Korean-made ballistic missiles used by Russia'), ['ballistic missile', 'ballistic missiles']);
  assert.deepEqual(item('en', 'children and women'), ['child', 'children']);
});

test('an unlisted thing keeps up to three words before a stop word; a name or a stop gives nothing', () => {
  assert.deepEqual(item('id', 'jembatan gantung di sungai'), ['jembatan gantung', 'jembatan gantung']);
  assert.deepEqual(item('en', 'human rights activists have been detained'), ['human rights activists', 'human rights activists']);
  assert.equal(item('id', 'yang tewas'), null);
  assert.equal(item('en', 'Telecom shares'), null);
});

test('determiners before the thing are skipped', () => {
  assert.deepEqual(item('en', 'the tanks'), ['tank', 'tanks']);
});
