// The Indonesian lexicon as data: ordinary affixed news forms (meN-, di-, ter-, ber-, memper-, -kan, -i,
// peN-…-an, per-…-an, ke-…-an) reach a sense of verbs.tsv or verbs-derived.tsv through the pack's morphology.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyses } from '../../events/morphology.ts';
import { packs } from '../index.ts';

const lex = packs.get('id')!.events;

/**
 * The CAMEO codes of the senses a word can reach: through a lemma's first word, or as an irregular form;
 * `alone`: only senses the word completes by itself (not the first word of "pukul mundur").
 */
function codes(word: string, alone = false): string[] {
  const stems = new Set(analyses(word, lex.morphology).map((a) => a.stem));
  const fits = (l: string[]) => (!alone || l.length === 1) && stems.has(l[0]!);
  return lex.verbs.filter((e) => e.lemmas.some(fits) || e.forms.some((f) => f[0] === word && (!alone || f.length === 1))).map((e) => e.cameo);
}

const FORMS: [string, string][] = [
  ['ditangkap', '173'], ['tertangkap', '173'], ['penangkapan', '173'], ['diringkus', '173'],
  ['melanggar', '128'], ['pelanggaran', '128'], ['memprotes', '140'], ['mengundurkan', '083'],
  ['berbicara', '040'], ['disepakati', '030'], ['kesepakatan', '030'], ['dicopot', '172'],
  ['ditetapkan', '1121'], ['membantah', '120'], ['menyangkal', '120'], ['menolak', '120'],
  ['dituduh', '112'], ['menyalahkan', '112'], ['mengecam', '111'], ['mengutuk', '111'],
  ['diserang', '190'], ['penyerangan', '190'], ['ditembak', '193'], ['dibunuh', '190'],
  ['menewaskan', '190'], ['diculik', '181'], ['dibajak', '181'], ['mengevakuasi', '073'],
  ['menjatuhkan', '163'], ['bertemu', '040'], ['menemui', '040'], ['ditemui', '040'], ['berunding', '046'],
  ['perundingan', '046'], ['memperingatkan', '130'], ['disita', '171'], ['dikepung', '190'],
  ['menggeledah', '090'], ['didakwa', '173'], ['menyerah', '0874'], ['menyerbu', '190'],
  ['ditahan', '173'], ['penahanan', '173'], ['diamankan', '173'], ['digiring', '173'], ['membubarkan', '170'],
  ['meluncurkan', '195'], ['dilancarkan', '190'], ['dicegat', '190'], ['bertempur', '190'], ['pertempuran', '190'],
  ['menyerukan', '100'], ['penyidikan', '090'], ['dipulangkan', '0841'], ['menyerahkan', '0841'], ['menciduk', '173'],
  ['memecat', '172'], ['menepis', '120'], ['memerangi', '190'], ['mengintimidasi', '130'], ['menjalin', '060'],
];

for (const [form, code] of FORMS) {
  test(`"${form}" reaches a ${code} sense`, () => {
    assert.ok(codes(form).includes(code), `${form}: ${codes(form).join(' ') || 'no sense'}`);
  });
}

test('ordinary words that share a root with a derived verb reach no sense', () => {
  for (const word of ['utara', 'tentang', 'pukul', 'pertahanan', 'salah', 'perbatasan', 'pemerintah', 'tempur', 'menemukan', 'ditemukan', 'bertahan', 'tahanan', 'kerja', 'mencegah']) {
    assert.deepEqual(codes(word, true).filter((c) => c !== '---'), [], word);
  }
});
