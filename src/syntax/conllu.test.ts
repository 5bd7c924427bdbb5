import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu } from './conllu.ts';
import { InputError } from '../errors.ts';

const DOC = [
  '# sent_id = a',
  '# text = Ia menyetujuinya.',
  '1\tIa\tia\tPRON\tPRP\t_\t2\tnsubj\t_\t_',
  '2-3\tmenyetujuinya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '2\tmenyetujui\tsetuju\tVERB\tVB\t_\t0\troot\t_\t_',
  '3\tnya\tnya\tPRON\tPRP\t_\t2\tobj\t_\t_',
  '3.1\tx\tx\tX\t_\t_\t_\t_\t2:dep\t_',
  '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
  '1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No',
  '2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_',
  '',
].join('\n');

test('multiword tokens keep their words, empty nodes are skipped', () => {
  const [s] = readConllu(DOC);
  assert.equal(s!.id, 'a');
  assert.deepEqual(
    s!.words.map((w) => [w.form, w.head, w.deprel]),
    [['Ia', 1, 'nsubj'], ['menyetujui', -1, 'root'], ['nya', 1, 'obj'], ['.', 1, 'punct']],
  );
  assert.deepEqual(
    s!.tokens.map((t) => [t.form, t.from, t.to, t.spaceAfter]),
    [['Ia', 0, 1, true], ['menyetujuinya', 1, 3, false], ['.', 3, 4, true]],
  );
});

test('a sentence without a text comment gets its text from the tokens', () => {
  const [, s] = readConllu(DOC);
  assert.equal(s!.text, 'Hi!');
  assert.equal(s!.id, '2');
});

test('a malformed line is one error naming the file and line', () => {
  assert.throws(() => readConllu('1\tHi\thi\tINTJ\n', 'x.conllu'), (e: unknown) => e instanceof InputError && /x\.conllu:1.*10 tab-separated/.test(e.message));
  assert.throws(() => readConllu('1\tHi\thi\tINTJ\t_\t_\t5\troot\t_\t_\n', 'y.conllu'), /beyond the sentence/);
});
