import { test } from 'node:test';
import assert from 'node:assert/strict';
import { httpUrl } from './url.ts';
import { HttpUrl } from './article.ts';

test('http and https URLs pass, relative ones resolved against the page', () => {
  assert.equal(httpUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(httpUrl(' HTTP://Example.org '), 'http://example.org/');
  assert.equal(httpUrl('/story/1', 'https://news.example/x/'), 'https://news.example/story/1');
});

test('script, data, file and other schemes are no URL to store or link', () => {
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', 'vbscript:x', 'ftp://example.org/', 'not a url', '', null]) {
    assert.equal(httpUrl(bad), null, String(bad));
  }
  assert.equal(httpUrl('javascript:alert(1)', 'https://news.example/'), null);
});

test('the request schema names the rule', () => {
  const r = HttpUrl.safeParse('javascript:alert(document.cookie)');
  assert.equal(r.success, false);
  assert.match(r.error!.issues[0]!.message, /http\(s\) URL/);
});
