import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu } from './conllu.ts';
import { alignToTokens } from './align.ts';

const row = (id: number, form: string, lemma: string, upos: string, head: number, rel: string, misc = '_') =>
  [id, form, lemma, upos, '_', '_', head, rel, '_', misc].join('\t');

test('a multiword token is one token with the analysis of its highest word', () => {
  const doc = [
    row(1, 'Korea', 'Korea', 'PROPN', 2, 'nsubj'),
    row(2, 'mengirim', 'kirim', 'VERB', 0, 'root'),
    '3-4\tpasukannya\t_\t_\t_\t_\t_\t_\t_\t_',
    row(3, 'pasukan', 'pasukan', 'NOUN', 2, 'obj'),
    row(4, 'nya', 'nya', 'PRON', 3, 'nmod:poss'),
  ].join('\n');
  const t = alignToTokens(readConllu(doc)[0]!);
  assert.deepEqual(t.forms, ['Korea', 'mengirim', 'pasukannya']);
  assert.deepEqual(t.upos, ['PROPN', 'VERB', 'NOUN']);
  assert.deepEqual(t.lemma, ['Korea', 'kirim', 'pasukan']);
  assert.deepEqual(t.head, [1, -1, 1]);
  assert.deepEqual(t.deprel, ['nsubj', 'root', 'obj']);
});

test("words Sumber's tokenizer joins (\"Korea's\") become one token, and arcs into them follow", () => {
  const doc = [
    row(1, 'Korea', 'Korea', 'PROPN', 3, 'nmod:poss', 'SpaceAfter=No'),
    row(2, "'s", "'s", 'PART', 1, 'case'),
    row(3, 'troops', 'troop', 'NOUN', 4, 'nsubj'),
    row(4, 'left', 'leave', 'VERB', 0, 'root'),
  ].join('\n');
  const t = alignToTokens(readConllu(doc)[0]!);
  assert.deepEqual(t.forms, ["Korea's", 'troops', 'left']);
  assert.deepEqual(t.head, [1, 2, -1]);
  assert.deepEqual(t.deprel, ['nmod:poss', 'nsubj', 'root']);
});

test('a word Sumber cuts in pieces keeps its analysis on the first, the rest hang from it as goeswith', () => {
  const doc = [row(1, 'On', 'on', 'ADP', 2, 'case'), row(2, '2024-06-28', '2024-06-28', 'NUM', 0, 'root')].join('\n');
  const t = alignToTokens(readConllu(doc)[0]!);
  assert.deepEqual(t.forms, ['On', '2024', '-', '06', '-', '28']);
  assert.deepEqual(t.head, [1, -1, 1, 1, 1, 1]);
  assert.deepEqual(t.deprel, ['case', 'root', 'goeswith', 'goeswith', 'goeswith', 'goeswith']);
  assert.deepEqual(t.upos, ['ADP', 'NUM', 'PUNCT', 'NUM', 'PUNCT', 'NUM']);
});
