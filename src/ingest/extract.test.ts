import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './extract.ts';

const paragraphs = [
  'The ministry said on Friday that the new rules would take effect next month, after a consultation that lasted most of the year and drew thousands of replies.',
  'Officials expect the change to affect about two million households, most of them in the capital and in the coastal provinces where prices rose fastest.',
  'Critics said the plan did little for renters, and opposition lawmakers promised to raise the issue when parliament returns from its recess in September.',
];

const page = (head: string, extra = '') => `<!doctype html><html lang="id"><head>${head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Housing rules change</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}${extra}</article>
<footer>© 2024 Example Media. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;

test('the main text keeps paragraphs apart with blank lines and drops navigation and footer', () => {
  const { text } = extractArticle(page('<title>Housing</title>'));
  for (const p of paragraphs) assert.ok(text.includes(p), p);
  assert.ok(text.includes(`${paragraphs[0]}\n\n${paragraphs[1]}`));
  assert.ok(!text.includes('All rights reserved'));
  assert.ok(!text.includes('Sport'));
});

test('JSON-LD metadata: headline, dates (published wins), author, publisher, language, section', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Example' },
      {
        '@type': 'NewsArticle',
        headline: 'Housing rules change next month',
        datePublished: '2024-06-28T08:00:00+07:00',
        dateModified: '2024-06-29T10:00:00+07:00',
        author: [{ '@type': 'Person', name: 'Siti Rahma' }, { '@type': 'Person', name: 'John Doe' }],
        publisher: { '@type': 'Organization', name: 'Example Media' },
        inLanguage: 'id-ID',
        articleSection: 'Economy',
      },
    ],
  };
  const { title, metadata } = extractArticle(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="OG title">`));
  assert.equal(title, 'Housing rules change next month');
  assert.equal(metadata.publishedAt, '2024-06-28T01:00:00.000Z');
  assert.equal(metadata.modifiedAt, '2024-06-29T03:00:00.000Z');
  assert.equal(metadata.author, 'Siti Rahma, John Doe');
  assert.equal(metadata.publisher, 'Example Media');
  assert.equal(metadata.lang, 'id');
  assert.equal(metadata.section, 'Economy');
});

test('OpenGraph, <meta> and rel=canonical when there is no JSON-LD; malformed JSON-LD is ignored', () => {
  const head = `<script type="application/ld+json">{ not json</script>
    <meta property="og:title" content="Housing rules change">
    <meta property="og:site_name" content="Example Media">
    <meta property="article:published_time" content="2024-06-28">
    <meta property="article:modified_time" content="2024-07-01">
    <meta property="article:section" content="Economy">
    <meta name="author" content="Siti Rahma">
    <link rel="canonical" href="/news/housing">`;
  const { title, metadata } = extractArticle(page(head), { url: 'https://example.com/amp/housing?x=1' });
  assert.equal(title, 'Housing rules change');
  assert.equal(metadata.publishedAt, '2024-06-28');
  assert.equal(metadata.modifiedAt, '2024-07-01');
  assert.equal(metadata.author, 'Siti Rahma');
  assert.equal(metadata.publisher, 'Example Media');
  assert.equal(metadata.canonicalUrl, 'https://example.com/news/housing');
  assert.equal(metadata.section, 'Economy');
});

test('a truncated page still yields the text that arrived', () => {
  const html = page('<title>t</title>');
  const cut = html.slice(0, html.indexOf(paragraphs[2]!) + 40);
  const { text } = extractArticle(cut);
  assert.ok(text.includes(paragraphs[1]!));
});
