import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, tokenize } from './segment.ts';

const lex = { abbreviations: new Set(['dr', 'mr', 'jl']) };

test('every sentence and token is the exact substring at its offsets', () => {
  const text = 'Judul Berita\n\nKorea Utara mulai mengirim pasukan. “Kami melihat,” kata Ryder.\nBaris baru di sini.';
  const { sentences, tokens } = segment(text, lex);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    sentences.map((s) => s.text),
    ['Judul Berita', 'Korea Utara mulai mengirim pasukan.', '“Kami melihat,” kata Ryder.', 'Baris baru di sini.'],
  );
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 1, 1, 1]);
});

test('abbreviations and initials end no sentence; a closing quote stays with its sentence', () => {
  const { sentences } = segment('Mr. Smith met J. Doe at 10.30 today. “It went well.” Then he left.', lex);
  assert.deepEqual(sentences.map((s) => s.text), ['Mr. Smith met J. Doe at 10.30 today.', '“It went well.”', 'Then he left.']);
});

test('a hard-wrapped line that goes on in lower case stays one sentence', () => {
  const { sentences } = segment('The army said on Monday that it\nhad withdrawn.', lex);
  assert.equal(sentences.length, 1);
});

test('tokens keep numbers with separators, hyphenated names and dotted acronyms whole', () => {
  const toks = tokenize('Kim Jong-un: 11.000 kontainer, 3,5% U.S. aid').map((t) => `${t.text}/${t.kind}`);
  assert.deepEqual(toks, ['Kim/word', 'Jong-un/word', ':/punct', '11.000/number', 'kontainer/word', ',/punct', '3,5/number', '%/punct', 'U.S./word', 'aid/word']);
});

test('tokens outside ASCII: accents and combining marks stay in words, curly apostrophes join, other signs stand alone', () => {
  const toks = tokenize('Ni\u0301ño’s café — “J.P.” 3.5.1, 12,5€ ١٢ 𝐀B.C. x').map((t) => `${t.text}/${t.kind}`);
  assert.deepEqual(toks, [
    'Ni\u0301ño’s/word', 'café/word', '—/punct', '“/punct', 'J.P./word', '”/punct', '3.5.1/number', ',/punct',
    '12,5/number', '€/symbol', '١/symbol', '٢/symbol', '𝐀B/word', './punct', 'C/word', './punct', 'x/word',
  ]);
});

test('a token ends where the range given ends', () => {
  assert.deepEqual(tokenize('Jakarta', 0, 4).map((t) => t.text), ['Jaka']);
});

test('text with no sentence end is one sentence; empty text has none', () => {
  assert.equal(segment('no full stop here at all', lex).sentences.length, 1);
  assert.deepEqual(segment('', lex), { text: '', sentences: [], tokens: [], lower: [] });
});

test("a pack's word splitter cuts runs of letters, offsets kept, and its lookup forms are what stages read", () => {
  const cutting = {
    abbreviations: new Set<string>(),
    splitWords: (run: string) => (run === 'abcd' ? ['ab', 'cd'] : null),
    lookupForm: (w: string) => w.toUpperCase(),
  };
  const doc = segment('xy abcd.', cutting);
  assert.deepEqual(doc.tokens.map((t) => [t.text, t.start, t.end]), [['xy', 0, 2], ['ab', 3, 5], ['cd', 5, 7], ['.', 7, 8]]);
  assert.deepEqual(doc.lower, ['XY', 'AB', 'CD', '.']);
});

test('a number written right after an ideograph is a token of its own; full-width stops end sentences', () => {
  assert.deepEqual(tokenize('派遣1.2万').map((t) => t.text), ['派遣', '1.2', '万']);
  assert.deepEqual(tokenize('F16 A4').map((t) => t.text), ['F16', 'A4']);
  assert.equal(segment('朝鲜派兵。俄罗斯否认！', { abbreviations: new Set() }).sentences.length, 2);
});
