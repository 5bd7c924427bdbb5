import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { tokenize } from '../text/segment.ts';
import { digitValue, readNumber } from './numbers.ts';

const id = packs.get('id')!.quantities;
const en = packs.get('en')!.quantities;

/** Value, whether vague, and how many tokens the number took. */
function read(text: string, lex = id) {
  const tokens = tokenize(text);
  const n = readNumber(tokens, tokens.map((t) => t.text.toLowerCase()), 0, tokens.length, lex);
  return n && [n.value, n.vague, n.end];
}

test('digits follow the pack: Indonesian 11.000 and 1,5; English 11,000 and 1.5', () => {
  assert.equal(digitValue('11.000', id), 11000);
  assert.equal(digitValue('1,5', id), 1.5);
  assert.equal(digitValue('1.250.000', id), 1250000);
  assert.equal(digitValue('11,000', en), 11000);
  assert.equal(digitValue('1.5', en), 1.5);
  assert.equal(digitValue('2.61', id), 2.61, 'the other convention, when it cannot be a thousands group');
  assert.equal(digitValue('1.2.3', id), null);
});

test('Indonesian number words', () => {
  assert.deepEqual(read('dua puluh'), [20, false, 2]);
  assert.deepEqual(read('tiga ratus'), [300, false, 2]);
  assert.deepEqual(read('seratus dua puluh lima'), [125, false, 4]);
  assert.deepEqual(read('dua belas'), [12, false, 2]);
  assert.deepEqual(read('seribu'), [1000, false, 1]);
  assert.deepEqual(read('satu juta'), [1000000, false, 2]);
  assert.deepEqual(read('1,5 juta'), [1500000, false, 2]);
  assert.deepEqual(read('dua ribu lima ratus'), [2500, false, 4]);
  assert.deepEqual(read('ribuan'), [1000, true, 1]);
  assert.deepEqual(read('puluhan ribu'), [10000, true, 2]);
  assert.deepEqual(read('dua tiga'), [2, false, 1], 'two units in a row are two numbers');
});

test('English number words', () => {
  assert.deepEqual(read('twenty', en), [20, false, 1]);
  assert.deepEqual(read('twenty-five', en), [25, false, 1]);
  assert.deepEqual(read('two hundred and fifty', en), [250, false, 4]);
  assert.deepEqual(read('1.5 million', en), [1500000, false, 2]);
  assert.deepEqual(read('dozens', en), [12, true, 1]);
  assert.deepEqual(read('thousands', en), [1000, true, 1]);
  assert.equal(read('and', en), null);
});
