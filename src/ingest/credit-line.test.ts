import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditLine } from './credit-line.ts';

const publisherOf = (text: string) => creditLine(text)?.publisher ?? null;

test('wire datelines name the agency', () => {
  assert.equal(publisherOf('Kremlin denies reports\n\nMOSCOW, October 10. /TASS/. The Kremlin has no information on North Korean troops.'), 'TASS');
  assert.equal(publisherOf('North Korea sends troops\n\nSEOUL, Oct 18 (Reuters) - South Korea said on Friday that North Korea had sent troops.'), 'Reuters');
  assert.equal(publisherOf('Title\n\nSEOUL, Oct. 18 (Yonhap) -- North Korea has decided to send troops.'), 'Yonhap');
  assert.equal(publisherOf('Title\n\n(Yonhap) -- North Korea has decided to send troops to Russia.'), 'Yonhap');
});

test("outlets' credit lines name the outlet, an address in capitals as it is usually written", () => {
  assert.equal(publisherOf('Judul\n\nJakarta, Kompas.com - Korea Utara dikabarkan mengirim pasukan ke Rusia.'), 'Kompas.com');
  assert.equal(publisherOf('Judul\n\nTRIBUNNEWS.COM, JAKARTA - Korea Utara dikabarkan mengirim pasukan ke Rusia.'), 'Tribunnews.com');
});

test('a text without a dateline names no publisher; a city and a date alone are no credit line', () => {
  assert.equal(publisherOf('North Korea sends troops\n\nSouth Korea said on Friday that North Korea had sent troops (about 1,500) - officials said.'), null);
  assert.equal(publisherOf('Title\n\nSEOUL, Oct 18 - South Korea said on Friday that North Korea had sent troops.'), null);
  assert.equal(publisherOf('One\n\nTwo\n\nThree\n\nFour\n\nFive\n\n(Yonhap) -- too deep in the text to be a dateline.'), null);
});
