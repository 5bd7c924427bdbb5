import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/segment.ts';
import { PhraseMatcher } from './phrases.ts';

const m = new PhraseMatcher(
  [
    ['rudal', 'missile'],
    ['rudal balistik', 'ballistic missile'],
    ['US$', 'USD'],
    ['kira-kira', 'about'],
  ],
  ['s'],
);
const at = (text: string) => {
  const words = tokenize(text).map((t) => t.text.toLowerCase());
  return m.match(words, 0, words.length);
};

test('the longest listed phrase wins', () => {
  assert.deepEqual(at('rudal balistik buatan'), { value: 'ballistic missile', end: 2 });
  assert.deepEqual(at('rudal jelajah'), { value: 'missile', end: 1 });
});

test('phrases are tokenized like the text', () => {
  assert.deepEqual(at('US$ 2'), { value: 'USD', end: 2 });
  assert.deepEqual(at('kira-kira 5'), { value: 'about', end: 1 });
});

test('a plural suffix may be stripped from the last word, and nothing else matches', () => {
  assert.deepEqual(at('rudals'), { value: 'missile', end: 1 });
  assert.equal(at('tank'), null);
});
