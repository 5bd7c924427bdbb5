import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from './charset.ts';
import { InputError } from '../errors.ts';

const page = (charsetTag: string, body: string) => `<html><head>${charsetTag}</head><body><p>${body}</p></body></html>`;

test('a windows-1252 page declared in <meta charset> decodes its curly quotes and accents', () => {
  const body = 'Le café « déjà vu » — “quotes” naïve résumé €5';
  const r = decodeBytes(iconv.encode(page('<meta charset="windows-1252">', body), 'windows-1252'), 'p.html');
  assert.equal(r.charset, 'windows-1252');
  assert.ok(r.text.includes(body));
});

test('iso-8859-1 is read as windows-1252, as browsers do', () => {
  const body = 'Smart “quotes” cost €5';
  const r = decodeBytes(iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', body), 'windows-1252'), 'p.html');
  assert.ok(r.text.includes(body));
});

test('a GBK page declared as gb2312 decodes', () => {
  const body = '中文新闻报道，北京时间今天上午，外交部发言人表示';
  const r = decodeBytes(iconv.encode(page('<meta charset="gb2312">', body), 'gbk'), 'p.html');
  assert.equal(r.charset, 'gbk');
  assert.ok(r.text.includes(body));
});

test('a Shift_JIS page decodes from the HTTP header alone', () => {
  const body = '日本語のテキストです。東京で会議が開かれた。';
  const r = decodeBytes(iconv.encode(page('', body), 'shift_jis'), 'p.html', 'text/html; charset=Shift_JIS');
  assert.equal(r.charset, 'shift_jis');
  assert.ok(r.text.includes(body));
});

test('an undeclared Shift_JIS text is recognised by chardet', () => {
  const body = '日本語のテキストです。東京で会議が開かれた。政府は新しい計画を発表した。';
  assert.ok(decodeBytes(iconv.encode(body, 'shift_jis'), 't.txt').text.includes(body));
});

test('a feed names its charset in the XML declaration', () => {
  const xml = `<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>Café “news”</title></channel></rss>`;
  assert.ok(decodeBytes(iconv.encode(xml, 'windows-1252'), 'f.xml').text.includes('Café “news”'));
});

test('a declaration the bytes contradict gives way: windows-1252 bytes declared as UTF-8', () => {
  const body = 'Le café — “quotes” déjà vu, naïve résumé';
  const r = decodeBytes(iconv.encode(page('<meta charset="utf-8">', body), 'windows-1252'), 'p.html');
  assert.ok(r.text.includes(body));
});

test('a UTF-8 byte-order mark wins and is removed', () => {
  const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo', 'utf8')]), 't.txt', 'text/plain; charset=iso-8859-1');
  assert.deepEqual(r, { text: 'héllo', charset: 'utf-8' });
});

test('binary data is refused with the input named', () => {
  assert.throws(
    () => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'photo.html'),
    (e: unknown) => e instanceof InputError && e.input === 'photo.html' && /binary/.test(e.problem),
  );
});
