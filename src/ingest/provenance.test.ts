import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOriginalInText, findLinkedOriginal } from './provenance.ts';
import { parseDocument } from './extract.ts';
import { readMetadata } from './metadata.ts';

const cues = ['Lihat berita aslinya', 'Sumber:', 'Read the original'];

function fromHtml(html: string, url: string) {
  const doc = parseDocument(html);
  return findLinkedOriginal(doc, readMetadata(doc, url), cues, url);
}

test('a cue followed by a URL in plain text names the original by URL', () => {
  assert.deepEqual(findOriginalInText('Isi berita.\n\nLihat berita aslinya di https://example.com/news/1.', cues), {
    url: 'https://example.com/news/1',
    title: null,
    evidence: '"Lihat berita aslinya"',
  });
});

test('a cue followed by a title (no URL) names the original by title', () => {
  const hint = findOriginalInText('Isi berita.\n\nLihat berita aslinya: "North Korea to send troops to Russia"', cues);
  assert.equal(hint?.title, 'North Korea to send troops to Russia');
  assert.equal(hint?.url, null);
});

test('no cue, no original', () => {
  assert.equal(findOriginalInText('Just a story.\n\nNothing else.', cues), null);
});

test('a cue beside a link in the page gives the link, and its text as the title', () => {
  const html = `<html><body><p>Berita.</p><p>Lihat berita aslinya: <a href="https://news.example.com/a">North Korea to send troops</a></p></body></html>`;
  assert.deepEqual(fromHtml(html, 'https://id.example.org/b'), {
    url: 'https://news.example.com/a',
    title: 'North Korea to send troops',
    evidence: '"Lihat berita aslinya"',
  });
});

test('a syndication-source meta tag names the original', () => {
  const html = `<html><head><meta name="syndication-source" content="https://wire.example.com/story/9"></head><body><p>x</p></body></html>`;
  assert.equal(fromHtml(html, 'https://paper.example.org/s')?.url, 'https://wire.example.com/story/9');
});

test('a canonical link to another site marks a republication; to the same site it does not', () => {
  const other = `<html><head><link rel="canonical" href="https://wire.example.com/story/9"></head><body></body></html>`;
  assert.match(fromHtml(other, 'https://paper.example.org/s')!.evidence, /canonical to wire\.example\.com/);
  const same = `<html><head><link rel="canonical" href="https://www.paper.example.org/s"></head><body></body></html>`;
  assert.equal(fromHtml(same, 'https://paper.example.org/s?amp=1'), null);
});
