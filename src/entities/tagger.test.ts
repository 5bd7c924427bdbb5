import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entities } from '../lang/id/entities.ts';
import { tokenize } from '../text/segment.ts';
import { packIndex } from './pack-index.ts';
import { sentenceTokens, tokenFlags } from './recognise.ts';
import { loadTagger, spansOf, TABLE_BITS, Tagger, TAGS } from './tagger.ts';

test('BIO tags become spans; an I- tag after another kind starts nothing of its own', () => {
  assert.deepEqual(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, kind: 'PER' },
    { start: 3, end: 4, kind: 'LOC' },
    { start: 4, end: 5, kind: 'ORG' },
  ]);
});

test('lower-case words outside a name are O without scoring, and an I- tag never opens a name', () => {
  // Weights that call everything I-PER: the decoder must still open with B-PER and skip lower-case words.
  const table = new Float32Array((1 << TABLE_BITS) * TAGS.length);
  for (let row = 0; row < 1 << TABLE_BITS; row++) table[row * TAGS.length + TAGS.indexOf('I-PER')] = 1;
  const always = new Tagger(table);
  assert.deepEqual(always.tag({ words: ['kata', 'Ryder', 'Smith', 'kemarin'], flags: ['', '', '', ''] }), ['O', 'B-PER', 'I-PER', 'I-PER']);
});

test('the committed Indonesian model loads and finds a person and a place', () => {
  const tagger = loadTagger(entities.model!);
  const toks = sentenceTokens(tokenize('Menurut Budi Santoso, banjir melanda Semarang kemarin.').map((t) => ({ ...t, sentence: 0 })));
  const words = toks.map((t) => t.text);
  const spans = spansOf(tagger.tag({ words, flags: tokenFlags(toks, packIndex(entities)) }));
  assert.ok(spans.some((s) => s.kind === 'PER' && words.slice(s.start, s.end).join(' ') === 'Budi Santoso'), JSON.stringify(spans));
  assert.ok(spans.some((s) => s.kind === 'LOC' && words[s.start] === 'Semarang'), JSON.stringify(spans));
});

test('a missing model file is a clear error', () => {
  assert.throws(() => loadTagger(new URL('file:///nonexistent/ner.json')), /cannot read the name-tagger model .*train:ner/);
});
