import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packs } from '../lang/index.ts';
import { segment } from '../text/segment.ts';
import { parseSentence, type SentenceSyntax } from './index.ts';

function parse(code: string, text: string): { forms: string[]; syntax: SentenceSyntax } {
  const pack = packs.get(code)!;
  const seg = segment(text, pack.text);
  const syntax = parseSentence(pack, seg.tokens);
  assert.ok(syntax, `the ${code} pack has a syntax model`);
  return { forms: seg.tokens.map((t) => t.text), syntax };
}

/** The dependent of `head` (by text) with relation `rel`, as text. */
function dependent(p: ReturnType<typeof parse>, head: string, rel: string): string | undefined {
  const h = p.forms.indexOf(head);
  const i = p.syntax.head.findIndex((x, k) => x === h && p.syntax.deprel[k] === rel);
  return p.forms[i];
}

function assertTree(s: SentenceSyntax): void {
  assert.equal(s.head.filter((h) => h === -1).length, 1, 'one root');
  s.head.forEach((_, i) => {
    const seen = new Set<number>();
    for (let k = i; k !== -1; k = s.head[k]!) {
      assert.ok(!seen.has(k), 'no cycle');
      seen.add(k);
    }
  });
}

test('an English sentence: who sent what', () => {
  const p = parse('en', 'North Korea sent thousands of troops to Russia last month.');
  assertTree(p.syntax);
  assert.equal(dependent(p, 'sent', 'nsubj'), 'Korea');
  assert.equal(dependent(p, 'sent', 'obj'), 'thousands');
  assert.equal(p.syntax.upos[p.forms.indexOf('sent')], 'VERB');
  assert.equal(p.syntax.lemma[p.forms.indexOf('sent')], 'send');
  assert.equal(p.syntax.lemma[p.forms.indexOf('troops')], 'troop');
});

test('an English passive: the subject is nsubj:pass and the agent an oblique with "by"', () => {
  const p = parse('en', 'Six officers were killed by a missile strike in Donetsk.');
  assertTree(p.syntax);
  assert.equal(dependent(p, 'killed', 'nsubj:pass'), 'officers');
  assert.equal(p.syntax.head[p.forms.indexOf('strike')], p.forms.indexOf('killed'));
});

test('an Indonesian sentence: subject and object of the verb', () => {
  const p = parse('id', 'Korea Utara mengirim pasukan ke Rusia.');
  assertTree(p.syntax);
  assert.equal(dependent(p, 'mengirim', 'nsubj'), 'Korea');
  assert.equal(dependent(p, 'mengirim', 'obj'), 'pasukan');
  assert.equal(p.syntax.upos[p.forms.indexOf('mengirim')], 'VERB');
});

test('a sentence asked for twice is answered from the cache, and an empty one is empty', () => {
  const pack = packs.get('id')!;
  const a = parseSentence(pack, ['Ia', 'pergi', '.']);
  assert.equal(parseSentence(pack, ['Ia', 'pergi', '.']), a);
  assert.deepEqual(parseSentence(pack, []), { upos: [], lemma: [], head: [], deprel: [] });
});

test('a pack without a syntax model gets null', () => {
  const pack = { ...packs.get('id')!, syntax: undefined };
  assert.equal(parseSentence(pack, ['Ia', 'pergi']), null);
});
