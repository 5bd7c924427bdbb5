import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relabelTrees } from './train.ts';

test('relabelTrees renames only the listed labels and leaves the input as it was', () => {
  const tree = { forms: ['desain', 'interior', 'baru'], upos: ['NOUN', 'NOUN', 'ADJ'], lemma: ['desain', 'interior', 'baru'], head: [-1, 0, 0], deprel: ['root', 'compound', 'amod'] };
  const [out] = relabelTrees([tree], { compound: 'nmod' });
  assert.deepEqual(out!.deprel, ['root', 'nmod', 'amod']);
  assert.deepEqual(out!.head, [-1, 0, 0]);
  assert.deepEqual(tree.deprel, ['root', 'compound', 'amod']);
});
