import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, Quote } from '../schema/analysis.ts';
import type { LanguagePack } from '../lang/types.ts';
import { segment } from '../text/segment.ts';
import { text as idText } from '../lang/id/text.ts';
import { text as enText } from '../lang/en/text.ts';
import { quotes as idQuotes } from '../lang/id/quotes.ts';
import { quotes as enQuotes } from '../lang/en/quotes.ts';
import { provenance as idProvenance } from '../lang/id/provenance.ts';
import { provenance as enProvenance } from '../lang/en/provenance.ts';
import { findQuoted } from './marks.ts';
import { extractQuotes } from './index.ts';
import { attributionAt } from './attribution.ts';

const packs = {
  id: { text: idText, quotes: idQuotes, provenance: idProvenance } as unknown as LanguagePack,
  en: { text: enText, quotes: enQuotes, provenance: enProvenance } as unknown as LanguagePack,
};

function quotesOf(text: string, lang: 'id' | 'en' = 'id', mentions: Mention[] = []): Quote[] {
  const pack = packs[lang];
  const qs = extractQuotes(segment(text, pack.text), pack, { entities: [], mentions });
  for (const q of qs) {
    assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    for (const l of q.attribution.chain) if (l.cue) assert.equal(text.slice(l.cue.start, l.cue.end), l.cue.text);
  }
  return qs;
}

const chainNames = (q: Quote) => q.attribution.chain.map((l) => l.name);

test('every kind of quotation mark delimits a quote', () => {
  for (const [open, close] of [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['「', '」']]) {
    const text = `Dia berkata: ${open}Kami tidak akan mundur dari sini${close}, kata Ali.`;
    const [q] = findQuoted(text, idQuotes.quoteMarks);
    assert.ok(q, `${open}…${close}`);
    assert.equal(text.slice(q.open + 1, q.close), 'Kami tidak akan mundur dari sini');
  }
});

test('a quote runs over sentences, and over paragraphs that reopen it', () => {
  const text = '“Kami siap. Kami menunggu perintah.\n\n“Kami tidak takut,” kata Budi.';
  const [q] = quotesOf(text);
  assert.equal(q!.content.text, 'Kami siap. Kami menunggu perintah.\n\n“Kami tidak takut');
  assert.deepEqual(q!.sentences, [0, 1, 2]);
  assert.equal(q!.speaker?.text, 'Budi');
});

test('an unclosed quotation mark is not a quote to the end of the text', () => {
  const text = 'Ali berkata “kami siap menunggu perintah.\n\nParagraf berikutnya tanpa kutipan sama sekali. Dan lagi satu kalimat.';
  assert.deepEqual(findQuoted(text, idQuotes.quoteMarks), []);
  assert.equal(quotesOf(text).filter((q) => q.direct).length, 0);
});

test('a quoted word or two is a scare quote, not a quotation', () => {
  const qs = quotesOf('Washington mengatakan, pasukan itu akan “dibantai” di sana.');
  assert.equal(qs.filter((q) => q.direct).length, 0);
  assert.equal(qs[0]!.speaker?.text, 'Washington');
});

test('direct quotes take their speaker before or after the marks', () => {
  const [before] = quotesOf('Juru bicara Kementerian Pertahanan AS mengatakan : “Jika saya adalah personel militer, saya akan bertanya.”');
  assert.equal(before!.speaker?.text, 'Juru bicara Kementerian Pertahanan AS');
  assert.equal(before!.cue?.text, 'mengatakan');
  assert.equal(before!.attribution.chain.at(-1)!.kind, 'person');
  const [after] = quotesOf('“Kami telah melihat kerugian pasukan Rusia”, kata Ryder.');
  assert.deepEqual([after!.speaker?.text, after!.cue?.text, after!.direct], ['Ryder', 'kata', true]);
  const [en] = quotesOf('"We have seen the losses suffered by Russian forces," Ryder said.', 'en');
  assert.deepEqual([en!.speaker?.text, en!.cue?.text, en!.content.text], ['Ryder', 'said', 'We have seen the losses suffered by Russian forces']);
});

test('indirect reports: mengatakan bahwa, mengatakan with a comma, menurut, kata', () => {
  const [a] = quotesOf('Menteri Luar Negeri Retno mengatakan bahwa Indonesia menolak rencana itu.');
  assert.deepEqual([a!.speaker?.text, a!.content.text, a!.direct], ['Menteri Luar Negeri Retno', 'Indonesia menolak rencana itu', false]);
  const [b] = quotesOf('Washington mengatakan, pasukan itu akan kalah.');
  assert.equal(b!.content.text, 'pasukan itu akan kalah');
  const [c] = quotesOf('Menurut stasiun TV Korea Utara, pasukan itu bekerja di luar negeri.');
  assert.deepEqual([c!.speaker?.text, c!.attribution.chain[1]!.kind, c!.content.text], ['stasiun TV Korea Utara', 'media', 'pasukan itu bekerja di luar negeri']);
  const [d] = quotesOf('Pasukan itu akan tiba bulan depan, kata pejabat tersebut.');
  assert.deepEqual([d!.speaker?.text, d!.content.text], ['pejabat tersebut', 'Pasukan itu akan tiba bulan depan']);
});

test('indirect reports in English: said that, told reporters that, according to', () => {
  const [a] = quotesOf('Pat Ryder told reporters on Tuesday that the troops would be used as cannon fodder.', 'en');
  assert.deepEqual([a!.speaker?.text, a!.cue?.text, a!.content.text], ['Pat Ryder', 'told', 'the troops would be used as cannon fodder']);
  const [b] = quotesOf('According to a North Korean TV station, the troops may work abroad.', 'en');
  assert.deepEqual([b!.speaker?.text, b!.content.text], ['North Korean TV station', 'the troops may work abroad']);
  const [c] = quotesOf('The troops may work abroad, according to Yonhap.', 'en');
  assert.deepEqual([c!.speaker?.text, c!.content.text], ['Yonhap', 'The troops may work abroad']);
});

test('what is not a report: a treaty as "source", an announcement without a clause, a negated verb', () => {
  assert.deepEqual(quotesOf('Menurut perjanjian tersebut, pihak lain harus segera membantu.'), []);
  assert.deepEqual(quotesOf('Pyongyang mengumumkan rencananya mengirim pasukan ke Ukraina.'), []);
  assert.deepEqual(quotesOf('Pejabat itu tidak mengatakan bahwa pasukan akan dikirim.'), []);
  assert.deepEqual(quotesOf('Pada 26 Juni, setelah Rusia menandatangani perjanjian, Pyongyang mengumumkan rencananya.'), []);
});

test('a citation chain: the reporter, then the source it cites', () => {
  const [id] = quotesOf('Reuters yang mengutip laporan dari stasiun TV Korea Selatan melaporkan, bahwa tidak ada tanda-tanda pengiriman pasukan.');
  assert.deepEqual(chainNames(id!), ['this article', 'Reuters', 'stasiun TV Korea Selatan']);
  assert.deepEqual(id!.attribution.chain.map((l) => l.cue?.text ?? null), [null, 'mengutip', 'melaporkan']);
  const [en] = quotesOf('Reuters, citing a report from a South Korean TV station, reported that there is no sign of troops.', 'en');
  assert.deepEqual(chainNames(en!), ['this article', 'Reuters', 'South Korean TV station']);
  assert.equal(en!.content.text, 'there is no sign of troops');
});

test('a report inside a report nests, and a follow-up quote by the same speaker keeps the chain', () => {
  const text =
    'Politico Europe melaporkan pada 26 Juni bahwa Sekretaris Pers Pentagon Pat Ryder pada konferensi pers mengatakan, bahwa pasukannya hanya akan dijadikan umpan meriam.\n\n' +
    '“Kami telah melihat kerugian yang dialami pasukan Rusia dalam perang Ukraina”, kata Ryder.';
  const mention = (id: string, name: string, from: number, sentence: number): Mention => {
    const start = text.indexOf(name, from);
    return { id, entityId: 'person:pat-ryder', type: 'person', actorCode: null, metonymOf: null, source: 'gazetteer', confidence: 1, form: 'name', start, end: start + name.length, text: name, sentence };
  };
  const ryder = [mention('m1', 'Pat Ryder', 0, 0), mention('m2', 'Ryder', text.indexOf('kata Ryder'), 1)];
  const [outer, inner, follow] = quotesOf(text, 'id', ryder);
  assert.deepEqual(chainNames(outer!), ['this article', 'Politico Europe']);
  assert.deepEqual(chainNames(inner!), ['this article', 'Politico Europe', 'Sekretaris Pers Pentagon Pat Ryder']);
  assert.equal(inner!.speaker?.entityId, 'person:pat-ryder');
  assert.equal(inner!.content.text, 'pasukannya hanya akan dijadikan umpan meriam');
  assert.deepEqual(follow!.attribution.chain.map((l) => l.entityId ?? l.name), ['this article', 'Politico Europe', 'person:pat-ryder']);
  assert.deepEqual([follow!.direct, follow!.speaker?.mentionId], [true, 'm2']);
});

test('attributionAt gives the innermost report at a span, named for the article', () => {
  const text = 'Politico Europe melaporkan bahwa Pat Ryder mengatakan, bahwa pasukan akan kalah. Pasukan tiba besok.';
  const qs = quotesOf(text);
  const at = (word: string) => ({ sentence: 0, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  assert.deepEqual(attributionAt(qs, at('kalah'), 'Aboluowang.com').chain.map((l) => l.name), ['Aboluowang.com', 'Politico Europe', 'Pat Ryder']);
  assert.deepEqual(attributionAt(qs, at('Pat Ryder'), 'Aboluowang.com').chain.map((l) => l.name), ['Aboluowang.com', 'Politico Europe']);
  const own = attributionAt(qs, { ...at('tiba'), sentence: 1 }, 'Aboluowang.com');
  assert.deepEqual([own.chain.map((l) => l.kind), own.quoteId], [['article'], null]);
});

test('the first link of every chain is the article, named as the caller says', () => {
  const pack = packs.id;
  const text = 'Judul berita\n\nWashington mengatakan, pasukan itu akan kalah.';
  const [q] = extractQuotes(segment(text, pack.text), pack, { entities: [], mentions: [] }, 'Aboluowang.com');
  assert.deepEqual(chainNames(q!), ['Aboluowang.com', 'Washington']);
  assert.deepEqual(chainNames(quotesOf(text)[0]!), ['this article', 'Washington']);
});

test('a clause right after a bare "said" is reported speech; an adjunct or an object after the verb is not', () => {
  const [a] = quotesOf('Ryder said the troops would be used as cannon fodder.', 'en');
  assert.deepEqual([a!.speaker?.text, a!.content.text], ['Ryder', 'the troops would be used as cannon fodder']);
  const [b] = quotesOf('Ryder mengatakan pasukan itu hanya akan dijadikan umpan meriam.');
  assert.equal(b!.content.text, 'pasukan itu hanya akan dijadikan umpan meriam');
  assert.deepEqual(quotesOf('Ryder said on Tuesday.', 'en'), []);
  assert.deepEqual(quotesOf('Pyongyang announced its plan to send troops to Ukraine.', 'en'), []);
});

test('the source after the content: "…, officials said." and "…," said Ryder.', () => {
  const [a] = quotesOf('The troops will arrive next month, officials said.', 'en');
  assert.deepEqual([a!.speaker?.text, a!.content.text, a!.direct], ['officials', 'The troops will arrive next month', false]);
  const [b] = quotesOf('"We have seen the losses suffered by Russian forces," said Ryder.', 'en');
  assert.deepEqual([b!.speaker?.text, b!.cue?.text, b!.direct], ['Ryder', 'said', true]);
});

test('a quote split by its cue, or following it in the paragraph, has the same speaker', () => {
  const [a, b] = quotesOf('“Kami siap berperang,” kata Ali, “dan kami menunggu perintah.”');
  assert.deepEqual([a!.speaker?.text, b!.speaker?.text, b!.cue?.text], ['Ali', 'Ali', 'kata']);
  const [c, d] = quotesOf('"We are ready to fight," Ali said. "We are waiting for orders."', 'en');
  assert.deepEqual([c!.speaker?.text, d!.speaker?.text], ['Ali', 'Ali']);
  const [, f] = quotesOf('"We are ready to fight," Ali said.\n\n"We are waiting for orders."', 'en');
  assert.equal(f!.speaker, null);
  assert.equal(f!.attribution.chain.at(-1)!.kind, 'unknown');
});

test('"X mengatakan:" at the end of a sentence introduces the quote that follows', () => {
  const [q] = quotesOf('Menteri Pertahanan mengatakan:\n“Kami tidak akan mengirim pasukan ke sana.”');
  assert.deepEqual([q!.direct, q!.speaker?.text, q!.cue?.text], [true, 'Menteri Pertahanan', 'mengatakan']);
});

test('a title in apposition after the name leaves the name as the speaker', () => {
  const [a] = quotesOf('Pat Ryder, juru bicara Pentagon, mengatakan bahwa pasukan itu akan kalah.');
  assert.equal(a!.speaker?.text, 'Pat Ryder');
  const [b] = quotesOf('Pat Ryder, the Pentagon press secretary, said that the troops would lose.', 'en');
  assert.equal(b!.speaker?.text, 'Pat Ryder');
  const [c] = quotesOf('Pada Februari tahun ini, pihak berwenang Ukraina melaporkan bahwa rudal itu ditembak jatuh.');
  assert.equal(c!.speaker?.text, 'pihak berwenang Ukraina');
});

test('a pronoun or an enclitic cue points back to the last named speaker', () => {
  const id = quotesOf('Menteri Pertahanan Prabowo mengatakan bahwa pasukan siap.\n\n“Kami tidak akan mundur dari perbatasan,” katanya.\n\nDia mengatakan bahwa latihan akan berlanjut.');
  assert.deepEqual(id.map((q) => q.speaker?.text), ['Menteri Pertahanan Prabowo', 'Menteri Pertahanan Prabowo', 'Menteri Pertahanan Prabowo']);
  assert.deepEqual(id.map((q) => q.cue?.text), ['mengatakan', 'katanya', 'mengatakan']);
  const [, en] = quotesOf('Defence Minister Marles said that the troops were ready. "We will not retreat from the border," he said.', 'en');
  assert.equal(en!.speaker?.text, 'Defence Minister Marles');
  const [alone] = quotesOf('“Kami tidak akan mundur dari perbatasan,” katanya.');
  assert.deepEqual([alone!.speaker, alone!.attribution.chain.at(-1)!.name], [null, 'unknown speaker']);
});

test('many stray quotation marks in one long paragraph stay cheap and make no quotes', () => {
  const text = 'Kata “ini tidak ditutup '.repeat(5000);
  assert.deepEqual(findQuoted(text, idQuotes.quoteMarks), []);
});

test('"…, X told a news briefing": a tell verb may name whom it was told and still close the report', () => {
  const [q] = quotesOf('Reports of arms deliveries to Yemen are nothing but fake news, Kanaani told a news briefing.', 'en');
  assert.equal(q?.speaker?.text, 'Kanaani');
  assert.equal(q!.content.text, 'Reports of arms deliveries to Yemen are nothing but fake news');
  // A say verb takes no listener: what follows "said" is no closing phrase.
  assert.equal(quotesOf('Reports of arms deliveries are fake news, Kanaani said the ministry would respond.', 'en').filter((x) => x.content.text.startsWith('Reports')).length, 0);
});
