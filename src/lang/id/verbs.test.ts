// The Indonesian lexicon as data: ordinary affixed news forms (meN-, di-, ter-, ber-, memper-, -kan, -i,
// peN-…-an, per-…-an, ke-…-an) reach a sense of verbs.tsv or verbs-derived.tsv through the pack's morphology.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyses } from '../../events/morphology.ts';
import { packs } from '../index.ts';

const lex = packs.get('id')!.events;

/** The CAMEO codes of the senses a word can reach: through a lemma's first word, or as an irregular form. */
function codes(word: string): string[] {
  const stems = new Set(analyses(word, lex.morphology).map((a) => a.stem));
  return lex.verbs.filter((e) => e.lemmas.some((l) => stems.has(l[0]!)) || e.forms.some((f) => f[0] === word)).map((e) => e.cameo);
}

const FORMS: [string, string][] = [
  ['ditangkap', '173'], ['tertangkap', '173'], ['penangkapan', '173'], ['diringkus', '173'],
  ['melanggar', '128'], ['pelanggaran', '128'], ['memprotes', '140'], ['mengundurkan', '083'],
  ['berbicara', '040'], ['disepakati', '030'], ['kesepakatan', '030'], ['dicopot', '172'],
  ['ditetapkan', '173'], ['membantah', '120'], ['menyangkal', '120'], ['menolak', '120'],
  ['dituduh', '112'], ['menyalahkan', '112'], ['mengecam', '111'], ['mengutuk', '111'],
  ['diserang', '190'], ['penyerangan', '190'], ['ditembak', '193'], ['dibunuh', '190'],
  ['menewaskan', '190'], ['diculik', '181'], ['dibajak', '181'], ['mengevakuasi', '073'],
  ['menjatuhkan', '163'], ['bertemu', '040'], ['menemui', '040'], ['ditemui', '040'], ['berunding', '046'],
  ['perundingan', '046'], ['memperingatkan', '130'], ['disita', '171'], ['dikepung', '190'],
  ['menggeledah', '090'], ['didakwa', '173'], ['menyerah', '080'], ['menyerbu', '190'],
];

for (const [form, code] of FORMS) {
  test(`"${form}" reaches a ${code} sense`, () => {
    assert.ok(codes(form).includes(code), `${form}: ${codes(form).join(' ') || 'no sense'}`);
  });
}

test('ordinary words that share a root with a derived verb reach no sense', () => {
  for (const word of ['utara', 'tentang', 'pukul', 'pertahanan', 'salah', 'perbatasan', 'pemerintah', 'tempur', 'menemukan', 'ditemukan']) {
    assert.deepEqual(codes(word).filter((c) => c !== '---'), [], word);
  }
});
