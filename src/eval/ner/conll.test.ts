import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll, rebuildText } from './conll.ts';
import { charToTokenSpan, iobSpans } from './spans.ts';

test('reads space-separated CoNLL with document breaks, keeping the last column as the tag', () => {
  const f = parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP B-LOC\n');
  assert.equal(f.hasDocumentBreaks, true);
  assert.equal(f.documents.length, 2);
  assert.deepEqual(f.documents[0]!.sentences.map((s) => s.tokens), [['EU', 'rejects'], ['Peter']]);
  assert.deepEqual(f.documents[0]!.sentences[0]!.tags, ['B-ORG', 'O']);
});

test('reads tab-separated files with CRLF endings; without document breaks each sentence is a document', () => {
  const f = parseConll('Obama\tB-PERSON\r\nberkata\tO\r\n\r\nDi\tO\r\nJakarta\tB-PLACE\r\n');
  assert.equal(f.hasDocumentBreaks, false);
  assert.deepEqual(f.documents.map((d) => d.sentences[0]!.tokens), [['Obama', 'berkata'], ['Di', 'Jakarta']]);
  assert.deepEqual(f.documents[1]!.sentences[0]!.tags, ['O', 'B-PLACE']);
});

test('rebuilds the text with tokens joined by spaces, sentences by a blank line, and exact offsets', () => {
  const { text, offsets } = rebuildText({ sentences: [{ tokens: ['Hi', 'there', '.'], tags: [] }, { tokens: ['Bye'], tags: [] }] });
  assert.equal(text, 'Hi there .\n\nBye');
  assert.deepEqual(offsets, [[{ start: 0, end: 2 }, { start: 3, end: 8 }, { start: 9, end: 10 }], [{ start: 12, end: 15 }]]);
  assert.deepEqual(offsets.flat().map((o) => text.slice(o.start, o.end)), ['Hi', 'there', '.', 'Bye']);
});

test('IOB chunks follow conlleval: B starts, I continues the same type, I after O or another type starts (IOB1)', () => {
  assert.deepEqual(iobSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'], 0), [
    { sentence: 0, first: 0, last: 1, cls: 'PER' },
    { sentence: 0, first: 3, last: 3, cls: 'LOC' },
    { sentence: 0, first: 4, last: 4, cls: 'LOC' },
    { sentence: 0, first: 5, last: 5, cls: 'ORG' },
  ]);
});

test('corpus tag names map to the scored classes and MISC is dropped', () => {
  assert.deepEqual(
    iobSpans(['B-PERSON', 'B-PLACE', 'B-ORGANISATION', 'B-MISC', 'I-MISC'], 2).map((s) => s.cls),
    ['PER', 'LOC', 'ORG'],
  );
});

test('a character mention maps to every token it overlaps, in its sentence', () => {
  const { offsets } = rebuildText({ sentences: [{ tokens: ['a', 'b'], tags: [] }, { tokens: ['New', 'York', 'City'], tags: [] }] });
  // "New York" in the second sentence: characters 5..13 of "a b\n\nNew York City".
  assert.deepEqual(charToTokenSpan(5, 13, offsets), { sentence: 1, first: 0, last: 1 });
  assert.deepEqual(charToTokenSpan(6, 9, offsets), { sentence: 1, first: 0, last: 0 });
  assert.equal(charToTokenSpan(3, 5, offsets), null);
});
