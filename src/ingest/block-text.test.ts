import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from './extract.ts';
import { blockText } from './block-text.ts';

const textOf = (html: string) => blockText(parseDocument(`<html><body>${html}</body></html>`).body as unknown as Parameters<typeof blockText>[0]);

test('blocks become paragraphs separated by blank lines; <br> is a line break; inline elements join', () => {
  assert.equal(textOf('<div><p>One <b>bold</b> word.</p><p>Line<br>two</p><ul><li>a</li><li>b</li></ul></div>'), 'One bold word.\n\nLine\ntwo\n\na\n\nb');
});

test('scripts, styles, buttons and figure captions are not text', () => {
  assert.equal(textOf('<p>Kept.<script>var x = 1;</script><style>p{}</style><button>Share</button></p><figure><img><figcaption>Photo: AP</figcaption></figure>'), 'Kept.');
});

test('a short block made only of links is navigation and is dropped; a link inside prose stays', () => {
  const html = '<p><a href="/">Home</a> <a href="/s">Subscribe</a></p><p>The <a href="/r">report</a> said so.</p>';
  assert.equal(textOf(html), 'The report said so.');
});
