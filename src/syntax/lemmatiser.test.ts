import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyScript, editScript, Lemmatiser } from './lemmatiser.ts';

test('edit scripts rewrite prefixes and suffixes around the common stem', () => {
  assert.deepEqual(editScript('menyetujui', 'setuju'), { cutPrefix: 4, addPrefix: 's', cutSuffix: 1, addSuffix: '', keepCase: false });
  assert.deepEqual(editScript('troops', 'troop'), { cutPrefix: 0, addPrefix: '', cutSuffix: 1, addSuffix: '', keepCase: false });
  assert.equal(editScript('Korea', 'Korea').keepCase, true);
  assert.equal(editScript('The', 'the').keepCase, false);
  assert.equal(applyScript('Menyetujui', editScript('menyetujui', 'setuju')), 'setuju');
  assert.equal(applyScript('went', editScript('went', 'go')), 'go');
  assert.equal(applyScript('a', editScript('troops', 'troop')), null);
});

test('unseen forms take the script of their part of speech and ending; seen forms their own', () => {
  const lem = Lemmatiser.train([
    { form: 'troops', upos: 'NOUN', lemma: 'troop' },
    { form: 'weapons', upos: 'NOUN', lemma: 'weapon' },
    { form: 'sends', upos: 'VERB', lemma: 'send' },
    { form: 'sent', upos: 'VERB', lemma: 'send' },
    { form: 'Korea', upos: 'PROPN', lemma: 'Korea' },
    { form: 'Russia', upos: 'PROPN', lemma: 'Russia' },
    { form: 'news', upos: 'NOUN', lemma: 'news' },
  ]);
  assert.equal(lem.lemma('missiles', 'NOUN'), 'missile');
  assert.equal(lem.lemma('news', 'NOUN'), 'news');
  assert.equal(lem.lemma('Sent', 'VERB'), 'send');
  assert.equal(lem.lemma('Ukraina', 'PROPN'), 'Ukraina');
  const copy = new Lemmatiser(lem.toJSON());
  assert.equal(copy.lemma('missiles', 'NOUN'), 'missile');
  copy.extend([['pasukannya', 'pasukan']]);
  assert.equal(copy.lemma('Pasukannya', 'NOUN'), 'pasukan');
});

test("a pack's morphology supplies the lemma when the learned script gives no known lemma", () => {
  const lem = Lemmatiser.train([
    { form: 'mengambil', upos: 'VERB', lemma: 'ambil' },
    { form: 'mengatakan', upos: 'VERB', lemma: 'kata' },
    { form: 'kirim', upos: 'VERB', lemma: 'kirim' },
  ]);
  // Learned from "meng" + vowel stems: cut "meng", which leaves "irim".
  assert.equal(lem.lemma('mengirim', 'VERB'), 'irim');
  lem.useCandidates((w) => (w === 'mengirim' ? ['mengirim', 'irim', 'kirim'] : [w]));
  assert.equal(lem.lemma('mengirim', 'VERB'), 'kirim');
});
