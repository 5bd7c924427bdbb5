import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/segment.ts';
import { PhraseIndex } from './phrases.ts';

const index = new PhraseIndex<string>();
index.add('AS', 'USA');
index.add('Korea Utara', 'PRK');
index.add('Korea', 'KOR?');
index.add('stasiun TV', 'MED');

const at = (text: string, i: number, exactCase = true) => index.longestAt(tokenize(text), i, exactCase);

test('the longest phrase wins', () => {
  assert.deepEqual(at('Korea Utara mengirim', 0), { end: 2, values: ['PRK'] });
});

test('an all-capital abbreviation matches only in capitals', () => {
  assert.deepEqual(at('AS mengancam', 0)?.values, ['USA']);
  assert.equal(at('as mengancam', 0), null);
  assert.equal(at('As mengancam', 0), null);
});

test('capitalised dictionary words need capitals; lower-case ones match any case', () => {
  assert.deepEqual(at('korea utara', 0), null);
  assert.deepEqual(at('korea utara', 0, false)?.values, ['PRK']);
  assert.deepEqual(at('Stasiun TV Korea', 0)?.values, ['MED']);
});

test('no phrase runs across a gap', () => {
  assert.deepEqual(at('Korea      Utara', 0)?.values, ['KOR?']);
});

test('a name written all in capitals, as dictionaries do, matches the name in running text', () => {
  const shouting = new PhraseIndex<string>();
  shouting.add('VLADIMIR PUTIN', 'RUSGOV');
  shouting.add('HAMAS', 'PSEREBHMS');
  assert.deepEqual(shouting.longestAt(tokenize('Vladimir Putin said'), 0)?.values, ['RUSGOV']);
  assert.deepEqual(shouting.longestAt(tokenize('Hamas said'), 0)?.values, ['PSEREBHMS']);
  assert.equal(shouting.longestAt(tokenize('hamas said'), 0), null);
});
