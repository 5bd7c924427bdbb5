import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ambiguityClasses, tagCandidates, Tagger, UPOS_ID, type TaggedSentence } from './tagger.ts';
import { LinearModel } from './perceptron.ts';
import { tokenIds } from './token-ids.ts';

const NOUN = UPOS_ID.get('NOUN')!;
const VERB = UPOS_ID.get('VERB')!;
const ADJ = UPOS_ID.get('ADJ')!;

/** One-word sentences: `word` tagged `tag`, `times` times. */
function repeated(word: string, tag: number, times: number): TaggedSentence[] {
  return Array.from({ length: times }, () => ({ ids: tokenIds([word]), upos: Uint8Array.of(tag) }));
}

const data = [...repeated('attack', NOUN, 8), ...repeated('attack', VERB, 3), ...repeated('attack', ADJ, 1), ...repeated('rare', ADJ, 2)];
const attack = tokenIds(['attack']).word[0]!;
const rare = tokenIds(['rare']).word[0]!;

test('an ambiguity class keeps the tags a frequent word takes at least a tenth of the time', () => {
  const classes = ambiguityClasses(data);
  assert.equal(classes.get(attack), (1 << NOUN) | (1 << VERB));
  assert.equal(classes.has(rare), false, 'seen twice: no class');
});

test('candidates are every tag a well-attested word was seen with', () => {
  const candidates = tagCandidates(data);
  assert.equal(candidates.get(attack), (1 << NOUN) | (1 << VERB) | (1 << ADJ));
  assert.equal(candidates.has(rare), false);
});

test('the tagger picks among a word\'s candidates even when the model prefers another tag', () => {
  // A model whose only weight favours PROPN for every feature row.
  const model = new LinearModel(4, UPOS_ID.size);
  for (let r = 0; r < 16; r++) model.weights[r * UPOS_ID.size + UPOS_ID.get('PROPN')!] = 5;
  const free = new Tagger(model, new Map(), new Map(), new Map());
  const bound = new Tagger(model, new Map(), new Map(), new Map([[attack, 1 << VERB]]));
  assert.equal(free.tag(tokenIds(['attack']))[0], UPOS_ID.get('PROPN'));
  assert.equal(bound.tag(tokenIds(['attack']))[0], VERB);
});
