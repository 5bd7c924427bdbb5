import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, truncateSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Ingester, type IngestEvent } from './ingest.ts';
import { MemorySink } from './memory-sink.ts';
import { Fetcher } from './fetch.ts';
import { startTestServer, send, type TestServer } from './test-server.ts';
import type { LanguageDetector } from '../lang/detect.ts';

const en = readFileSync(new URL('../../samples/north-korea-troops-en.txt', import.meta.url), 'utf8');
const idText = readFileSync(new URL('../../samples/north-korea-troops-id.txt', import.meta.url), 'utf8');
const enTitle = en.split('\n')[0]!.trim();
const enBody = en.split('\n\n').slice(1).join('\n\n');

// Enough to tell the two sample languages apart; the real detector is fastText.
const detector: LanguageDetector = { detect: (t) => ({ code: /\b(yang|dan|untuk|di)\b/i.test(t) ? 'id' : 'en', confidence: 1 }) };
const cues = ['Lihat berita aslinya', 'Sumber:', 'Read the original'];

const story = (n: number) =>
  Array.from({ length: 4 }, (_, i) => `Story ${n} paragraph ${i}: the council of district ${n} voted on measure ${n * 10 + i} after a long debate about roads, schools, water and the budget for year ${2000 + n}.`).join('\n\n');
const html = (title: string, body: string, head = '') =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body><nav>Home · World · Sport</nav><article><h1>${title}</h1>${body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article><footer>© Example</footer></body></html>`;

let dir: string;
let server: TestServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sumber-ingest-'));
  server = await startTestServer({
    '/robots.txt': send('User-agent: *\nAllow: /\n', 'text/plain'),
    '/story/1': send(html('Council votes on roads', story(1))),
    '/story/2': send(html('Council votes on schools', story(2))),
    '/story/3': send(html('Council votes on water', story(3))),
    '/gbk': send(iconv.encode(html('地方新闻', '北京市政府今天宣布，新的交通规则将于下个月开始实施，市民对此反应不一。'.repeat(4)), 'gbk'), 'text/html; charset=GBK'),
    '/plain': send(story(4), 'text/plain; charset=utf-8'),
    '/feed.atom': send(
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
       <entry><title>Council votes on roads</title><link href="/story/1"/><updated>2024-06-28T00:00:00Z</updated><summary>Short teaser.</summary></entry>
       <entry><title>Council votes on water</title><link href="/story/3"/><updated>2024-06-29T00:00:00Z</updated><summary>Another teaser.</summary></entry>
       </feed>`,
      'application/atom+xml',
    ),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/slow': () => {},
  });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

function setup(sink = new MemorySink()) {
  const events: IngestEvent[] = [];
  const fetcher = new Fetcher({ allowPrivate: true, hostDelayMs: 0, idleTimeoutMs: 300, maxRedirects: 3 });
  const ingester = new Ingester({ sink, analyzer: null, fetcher, detector, originalCues: cues, analyzerLanguages: new Set(['en', 'id']) }, (e) => events.push(e));
  const failures = () => events.flatMap((e) => (e.kind === 'failed' ? [`${e.input}: ${e.problem}`] : []));
  return { sink, ingester, events, failures };
}

test('a text file: its first line is the title, the text is kept whole', async () => {
  const { sink, ingester } = setup();
  const s = await ingester.run([file('t/en.txt', en)]);
  assert.equal(s.stored, 1);
  const a = sink.entries[0]!.article;
  assert.equal(a.title, enTitle);
  assert.equal(a.origin.kind, 'file');
  assert.match(a.id, /^art_[0-9a-f]{24}$/);
  assert.equal(a.contentHash.slice(0, 24), a.id.slice(4));
});

test('an HTML file: main text and metadata', async () => {
  const { sink, ingester } = setup();
  const head = '<meta property="article:published_time" content="2024-06-28"><meta property="og:site_name" content="Daily Example">';
  await ingester.run([file('h/page.html', html('Council votes on roads', story(1), head))]);
  const a = sink.entries[0]!.article;
  assert.equal(a.title, 'Council votes on roads');
  assert.equal(a.publishedAt, '2024-06-28');
  assert.equal(a.publisher, 'Daily Example');
  assert.ok(a.text.startsWith('Story 1 paragraph 0') || a.text.includes('\n\nStory 1 paragraph 1'));
  assert.ok(!a.text.includes('Sport'));
});

test('a folder is read recursively, once even with a link back up; files that are not articles are skipped', async () => {
  file('f/a.txt', story(5));
  file('f/sub/b.html', html('B', story(6)));
  file('f/sub/deeper/c.md', story(7));
  file('f/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
  symlinkSync(join(dir, 'f'), join(dir, 'f/sub/loop'));
  const { sink, ingester, failures } = setup();
  await ingester.run([join(dir, 'f')]);
  assert.deepEqual(failures(), []);
  assert.deepEqual(sink.entries.map((e) => e.article.origin.location.slice(dir.length)), ['/f/a.txt', '/f/sub/b.html', '/f/sub/deeper/c.md']);
});

test('JSONL: one article per line, html or text; a bad line fails alone with its line number', async () => {
  const lines = [
    JSON.stringify({ url: 'https://a.example/1', title: 'One', text: story(8), publishedAt: '2024-06-28', source: 'Wire A' }),
    '{ broken',
    JSON.stringify({ title: 'No body' }),
    JSON.stringify({ url: 'https://b.example/2', html: html('Two', story(9)), source: 'Wire B', lang: 'en' }),
  ];
  const p = file('j/batch.jsonl', lines.join('\n'));
  const { sink, ingester, failures } = setup();
  const s = await ingester.run([p]);
  assert.equal(s.stored, 2);
  assert.deepEqual(
    sink.entries.map((e) => [e.article.title, e.article.publisher, e.article.publishedAt, e.article.origin.location.slice(dir.length)]),
    [
      ['One', 'Wire A', '2024-06-28', '/j/batch.jsonl:1'],
      ['Two', 'Wire B', null, '/j/batch.jsonl:4'],
    ],
  );
  assert.equal(failures().length, 2);
  assert.match(failures()[0]!, /batch\.jsonl:2: is not valid JSON/);
  assert.match(failures()[1]!, /batch\.jsonl:3: .*needs a "text" or an "html" field/);
});

test('an RSS 2.0 feed with full content in the items stores each item without fetching', async () => {
  const items = [10, 11].map(
    (n) => `<item><title>Item ${n}</title><link>https://paper.example/${n}</link><pubDate>Fri, 28 Jun 2024 10:00:00 GMT</pubDate><description><![CDATA[${html('x', story(n) + '\n\n' + story(n + 50))}]]></description></item>`,
  );
  const p = file('feeds/full.rss', `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Paper “Café”</title>${items.join('')}</channel></rss>`);
  writeFileSync(p, iconv.encode(readFileSync(p, 'utf8'), 'windows-1252'));
  const { sink, ingester, failures } = setup();
  await ingester.run([p]);
  assert.deepEqual(failures(), []);
  assert.deepEqual(sink.entries.map((e) => [e.article.title, e.article.url, e.article.publisher, e.article.origin.kind]), [
    ['Item 10', 'https://paper.example/10', 'Paper “Café”', 'feed'],
    ['Item 11', 'https://paper.example/11', 'Paper “Café”', 'feed'],
  ]);
  assert.equal(sink.entries[0]!.article.publishedAt, '2024-06-28T10:00:00.000Z');
});

test('an RSS 2.0 feed whose items carry the article as an HTML fragment in content:encoded yields their text', async () => {
  const long = (n: number) => `${story(n)}\n\n${story(n + 50)}`;
  const item = (n: number) => `
    <item>
      <title>Council votes, part ${n}</title>
      <link>https://paper.example/news/${n}</link>
      <guid isPermaLink="false">paper-${n}</guid>
      <pubDate>Fri, 28 Jun 2024 10:00:00 +0700</pubDate>
      <dc:creator><![CDATA[Rina]]></dc:creator>
      <category><![CDATA[Nasional]]></category>
      <description><![CDATA[Council votes on measure ${n}. Read more…]]></description>
      <content:encoded><![CDATA[<p>${long(70 + n).split('\n\n').join('</p>\n<p>')}</p>\n<p><img src="https://paper.example/i.jpg" alt=""></p>]]></content:encoded>
    </item>`;
  const p = file('feeds/wordpress.rss', `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Paper</title>
    <atom:link href="https://paper.example/feed/" rel="self" type="application/rss+xml"/>
    <link>https://paper.example</link>
    <description>News</description>
    <language>id-ID</language>
    ${item(1)}${item(2)}
  </channel>
</rss>`);
  const { sink, ingester, failures } = setup();
  await ingester.run([p]);
  assert.deepEqual(failures(), []);
  assert.deepEqual(sink.entries.map((e) => [e.article.title, e.article.url, e.article.author]), [
    ['Council votes, part 1', 'https://paper.example/news/1', 'Rina'],
    ['Council votes, part 2', 'https://paper.example/news/2', 'Rina'],
  ]);
  assert.equal(sink.entries[0]!.article.text, long(71));
});

test('an Atom feed by URL with summaries only: each item is fetched from its link', async () => {
  const { sink, ingester, failures } = setup();
  await ingester.run([server.url('/feed.atom')]);
  assert.deepEqual(failures(), []);
  assert.deepEqual(sink.entries.map((e) => [e.article.title, e.article.url, e.article.origin.feed]), [
    ['Council votes on roads', server.url('/story/1'), server.url('/feed.atom')],
    ['Council votes on water', server.url('/story/3'), server.url('/feed.atom')],
  ]);
  assert.ok(sink.entries[0]!.article.text.includes('Story 1 paragraph 3'));
});

test('an RDF (RSS 1.0) feed is read', async () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://r.example/"><title>RDF news</title><link>https://r.example/</link><description>d</description></channel>
  <item rdf:about="https://r.example/1"><title>RDF item</title><link>https://r.example/1</link><content:encoded><![CDATA[${html('x', story(12) + '\n\n' + story(62))}]]></content:encoded></item></rdf:RDF>`;
  const { sink, ingester, failures } = setup();
  await ingester.run([file('feeds/news.rdf', rdf)]);
  assert.deepEqual(failures(), []);
  assert.equal(sink.entries[0]?.article.title, 'RDF item');
});

test('single URLs: an HTML page, a GBK page named by its HTTP header, a plain-text page', async () => {
  const { sink, ingester, failures } = setup();
  await ingester.run([server.url('/story/2'), server.url('/gbk'), server.url('/plain')]);
  assert.deepEqual(failures(), []);
  const [page, gbk, plain] = sink.entries.map((e) => e.article);
  assert.equal(page!.title, 'Council votes on schools');
  assert.equal(gbk!.charset, 'gbk');
  assert.ok(gbk!.text.includes('北京市政府今天宣布'));
  assert.equal(plain!.origin.kind, 'url');
  assert.ok(plain!.text.startsWith('Story 4 paragraph 0'));
});

test('pages in windows-1252 and Shift_JIS files decode by their <meta charset>', async () => {
  const fr = 'Le conseil a voté « déjà » la réforme — “une première” pour la région, a déclaré le maire après une séance très longue et animée.';
  const ja = '東京都は今日、新しい交通規則を来月から実施すると発表した。市民の反応はさまざまである。';
  const { sink, ingester } = setup();
  await ingester.run([
    file('cs/fr.html', iconv.encode(html('Réforme', `${fr}\n\n${fr}`, '<meta charset="windows-1252">'), 'windows-1252')),
    file('cs/ja.html', iconv.encode(html('交通規則', ja.repeat(4), '<meta charset="Shift_JIS">'), 'shift_jis')),
  ]);
  assert.ok(sink.entries[0]!.article.text.includes(fr));
  assert.equal(sink.entries[1]!.article.charset, 'shift_jis');
  assert.ok(sink.entries[1]!.article.text.includes(ja));
});

test('the same article twice (same text, or same canonical URL) is stored once', async () => {
  const canonical = '<link rel="canonical" href="https://paper.example/roads">';
  const { sink, ingester, events } = setup();
  const s = await ingester.run([
    file('d/a.html', html('Roads', story(20), canonical)),
    file('d/a-again.html', html('Roads', story(20), canonical)),
    file('d/a-updated.html', html('Roads (updated)', story(20) + '\n\nUpdate: the vote passed.', canonical)),
  ]);
  assert.equal(s.stored, 1);
  assert.equal(s.duplicates, 2);
  assert.equal(events.filter((e) => e.kind === 'duplicate').length, 2);
  assert.equal(sink.entries.length, 1);
});

test('the same text from another site is a verbatim copy: not stored again, but recorded with its source', async () => {
  const { sink, ingester, events } = setup();
  const line = (url: string, source: string) => JSON.stringify({ url, text: story(25), source });
  const s = await ingester.run([file('vc/wire.jsonl', [line('https://wire.example/a', 'Wire'), line('https://paper.example/b', 'Paper'), line('https://wire.example/a', 'Wire')].join('\n'))]);
  assert.deepEqual([s.stored, s.duplicates, s.verbatimCopies], [1, 2, 1]);
  assert.deepEqual(sink.copies.map((c) => [c.existingId, c.url, c.publisher]), [[sink.entries[0]!.article.id, 'https://paper.example/b', 'Paper']]);
  assert.deepEqual(events.flatMap((e) => (e.kind === 'duplicate' ? [e.otherSource] : [])), [true, false]);
});

test('a syndicated copy (new headline and boilerplate) is stored and grouped with the first; an unrelated story is not', async () => {
  const { sink, ingester } = setup();
  const s = await ingester.run([
    file('nd/wire.txt', en),
    file('nd/copy.txt', `North Korean soldiers may head to Russia\n\n${enBody}\n\nCopyright 2024 Example Daily. Subscribe for more.`),
    file('nd/other.txt', story(30)),
  ]);
  assert.equal(s.stored, 3);
  assert.equal(s.nearDuplicates, 1);
  const [wire, copy, other] = sink.entries;
  assert.equal(copy!.nearDuplicateOf, wire!.article.id);
  assert.equal(other!.nearDuplicateOf, null);
});

test('a translation citing its original by URL is linked to the stored original', async () => {
  const { sink, ingester } = setup();
  await ingester.run([server.url('/story/1')]);
  const translated = html('Dewan memilih soal jalan', `${idText}`, '') .replace('</article>', `<p>Lihat berita aslinya: <a href="${server.url('/story/1')}">Council votes on roads</a></p></article>`);
  await ingester.run([file('p/translated.html', translated)]);
  const t = sink.entries[1]!;
  assert.equal(t.originalId, sink.entries[0]!.article.id);
  assert.deepEqual(t.article.originalOf, { relation: 'translation', url: server.url('/story/1'), title: 'Council votes on roads', evidence: '"Lihat berita aslinya"' });
});

test('a translation naming only the title of its original is matched by title across languages', async () => {
  // The Indonesian sample ends with "Lihat berita aslinya : <English headline>".
  const originalTitle = /Lihat berita aslinya\s*:\s*(.+)/.exec(idText)![1]!.trim();
  const { sink, ingester } = setup();
  const original = JSON.stringify({ url: 'https://wire.example/nk', title: originalTitle, text: en });
  await ingester.run([file('p/en.jsonl', original), file('p/id.txt', idText)]);
  const t = sink.entries[1]!;
  assert.equal(t.originalId, sink.entries[0]!.article.id);
  assert.deepEqual(t.article.originalOf, { relation: 'translation', url: 'https://wire.example/nk', title: originalTitle, evidence: '"Lihat berita aslinya"' });
});

test('a republication is recognised from a canonical link to another site, even before the original is stored', async () => {
  const { sink, ingester } = setup();
  const page = html('Roads vote', story(40), '<link rel="canonical" href="https://wire.example/roads-vote">');
  await ingester.run([server.url('/story/1')]);
  sink.entries.length = 0;
  const p = file('p/repub.jsonl', JSON.stringify({ url: 'https://paper.example/roads', html: page }));
  await ingester.run([p]);
  assert.deepEqual(sink.entries[0]!.article.originalOf, {
    relation: 'republication',
    url: 'https://wire.example/roads-vote',
    title: null,
    evidence: 'link rel=canonical to wire.example',
  });
  assert.equal(sink.entries[0]!.originalId, null);
});

test('a JSONL publishedAt that is no real date fails its line, naming the field, instead of becoming another day', async () => {
  const p = file('d/dates.jsonl', [
    JSON.stringify({ text: story(65), publishedAt: 'not-a-date' }),
    JSON.stringify({ text: story(66), publishedAt: '2024-02-30' }),
    JSON.stringify({ text: story(67), publishedAt: '2024-02-29T08:00:00+07:00' }),
  ].join('\n'));
  const { sink, ingester, failures } = setup();
  await ingester.run([p]);
  assert.deepEqual(failures().map((f) => f.slice(dir.length).replace(/ \(.*/, '')), ['/d/dates.jsonl:1: publishedAt: an ISO date', '/d/dates.jsonl:2: publishedAt: an ISO date']);
  assert.deepEqual(sink.entries.map((e) => e.article.publishedAt), ['2024-02-29T01:00:00.000Z']);
});

test('only http(s) URLs are stored: a script URL in JSONL is refused; in a feed link, canonical or syndication tag it is dropped', async () => {
  const xss = 'javascript:alert(document.cookie)';
  const page = html('Roads vote', story(60), `<link rel="canonical" href="${xss}"><meta name="syndication-source" content="${xss}">`);
  const jsonl = file('x/urls.jsonl', [
    JSON.stringify({ url: xss, text: story(61) }),
    JSON.stringify({ url: 'https://paper.example/ok', canonicalUrl: 'data:text/html,x', text: story(62) }),
    JSON.stringify({ url: 'https://paper.example/meta', html: page }),
  ].join('\n'));
  const rss = file('x/link.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>P</title><item><title>Item</title><link>${xss}</link><description><![CDATA[${html('x', story(63) + '\n\n' + story(64))}]]></description></item></channel></rss>`);
  const { sink, ingester, failures, events } = setup();
  await ingester.run([jsonl, rss]);
  assert.deepEqual(failures().map((f) => f.slice(dir.length)), [
    '/x/urls.jsonl:1: url: an absolute http(s) URL',
    '/x/urls.jsonl:2: canonicalUrl: an absolute http(s) URL',
  ]);
  assert.deepEqual(events.flatMap((e) => (e.kind === 'warning' ? [e.problem] : [])), [`the item's link '${xss}' is not an http(s) URL; dropped`]);
  const stored = sink.entries.map((e) => e.article);
  assert.deepEqual(stored.map((a) => [a.url, a.canonicalUrl, a.originalOf]), [
    ['https://paper.example/meta', null, null],
    [null, null, null],
  ]);
});

test('bad inputs each fail with the input and the reason; the rest of the batch goes on and earlier articles stay', async () => {
  const { sink, ingester, failures } = setup();
  await ingester.run([file('bad/first.txt', story(50))]);
  const before = structuredClone(sink.entries);
  const huge = file('bad/huge.html', '');
  truncateSync(huge, 200 * 1024 * 1024); // sparse: no disk is used
  const truncated = html('Cut', story(51));
  const s = await ingester.run([
    file('bad/broken.rss', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</title><descr'),
    huge,
    file('bad/binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])),
    file('bad/nav-only.html', '<html><body><nav>Home</nav></body></html>'),
    server.url('/loop'),
    server.url('/slow'),
    'file:///etc/passwd',
    join(dir, 'bad/missing.txt'),
    file('bad/truncated.html', truncated.slice(0, truncated.indexOf('paragraph 3'))),
    file('bad/last.txt', story(52)),
  ]);
  const f = failures();
  assert.equal(f.length, 8);
  assert.match(f[0]!, /broken\.rss: is not a well-formed feed/);
  assert.match(f[1]!, /huge\.html: is 200\.0 MB; a page, text or feed may be at most 20 MB/);
  assert.match(f[2]!, /binary\.html: looks binary/);
  assert.match(f[3]!, /nav-only\.html: (no article text found|only \d+ words)/);
  assert.match(f[4]!, /\/loop: too many redirects/);
  assert.match(f[5]!, /\/slow: no answer for 0.3 s/);
  assert.match(f[6]!, /file:\/\/\/etc\/passwd: is a file: URL; only http and https URLs are fetched/);
  assert.match(f[7]!, /missing\.txt: no such file or folder/);
  assert.equal(s.stored, 3, 'first, the truncated page (with a warning) and last');
  assert.equal(s.failed, 8);
  assert.deepEqual(sink.entries.slice(0, 1), before);
  assert.equal(sink.entries.at(-1)!.article.origin.location, join(dir, 'bad/last.txt'));
});

test('loopback URLs are refused unless private addresses are allowed', async () => {
  const sink = new MemorySink();
  const events: IngestEvent[] = [];
  const ingester = new Ingester({ sink, analyzer: null, fetcher: new Fetcher({ hostDelayMs: 0 }), detector, originalCues: cues, analyzerLanguages: new Set() }, (e) => events.push(e));
  await ingester.run([server.url('/story/1')]);
  assert.equal(sink.entries.length, 0);
  assert.match(JSON.stringify(events), /127\.0\.0\.1 is a loopback or private address; pass --allow-private/);
});

test('an interrupted batch resumes without duplicates', async () => {
  const inputs = [40, 41, 42, 43].map((n) => file(`resume/${n}.txt`, story(n)));
  const sink = new MemorySink();
  const first = setup(sink);
  const stopAfterTwo = new Ingester(
    { sink, analyzer: null, fetcher: null, detector, originalCues: cues, analyzerLanguages: new Set() },
    (e) => e.kind === 'stored' && sink.entries.length === 2 && stopAfterTwo.stop(),
  );
  await stopAfterTwo.run(inputs);
  assert.equal(sink.entries.length, 2);
  const s = await first.ingester.run(inputs);
  assert.deepEqual([s.stored, s.duplicates], [2, 2]);
  assert.deepEqual(sink.entries.map((e) => e.article.origin.location), inputs);
});

test('an analysis that throws fails that article only; the analysis is passed to the sink otherwise', async () => {
  const sink = new MemorySink();
  const events: IngestEvent[] = [];
  const analyzer = {
    analyze: (input: { text: string; publishedAt?: string | null }) => {
      if (input.text.includes('Story 71')) throw new Error('model missing');
      return { publishedAt: input.publishedAt, lang: { code: 'en' } } as never;
    },
  };
  const ingester = new Ingester({ sink, analyzer, fetcher: null, detector, originalCues: cues, analyzerLanguages: new Set() }, (e) => events.push(e));
  const jsonl = [70, 71, 72].map((n) => JSON.stringify({ text: story(n), publishedAt: '2024-06-28' })).join('\n');
  const s = await ingester.run([file('an/batch.jsonl', jsonl)]);
  assert.deepEqual([s.stored, s.failed], [2, 1]);
  const failed = events.flatMap((e) => (e.kind === 'failed' ? [`${e.input}: ${e.problem}`] : []));
  assert.match(failed[0]!, /batch\.jsonl:2: analysis failed \(model missing\)/);
  assert.deepEqual(sink.entries[0]!.analysis, { publishedAt: '2024-06-28', lang: { code: 'en' } });
});

test('articles that state no date take the default publication date; stated dates win', async () => {
  const sink = new MemorySink();
  const analyzer = { analyze: (input: { publishedAt?: string | null }) => ({ publishedAt: input.publishedAt, lang: { code: 'en' } }) as never };
  const ingester = new Ingester(
    { sink, analyzer, fetcher: null, detector, originalCues: cues, analyzerLanguages: new Set(), defaultPublishedAt: '2024-06-28' },
    () => {},
  );
  const jsonl = [JSON.stringify({ text: story(80) }), JSON.stringify({ text: story(81), publishedAt: '2023-01-02' })].join('\n');
  await ingester.run([file('dates/batch.jsonl', jsonl)]);
  assert.deepEqual(sink.entries.map((e) => e.article.publishedAt), ['2024-06-28', '2023-01-02']);
  assert.deepEqual(sink.entries.map((e) => (e.analysis as { publishedAt: string }).publishedAt), ['2024-06-28', '2023-01-02']);
});

test('publishers: a JSONL source field, else --source, else the dateline of the text; a file with none has none', async () => {
  const run = async (publisher: string | null, inputs: string[]) => {
    const sink = new MemorySink();
    const ingester = new Ingester({ sink, analyzer: null, fetcher: null, detector, originalCues: cues, analyzerLanguages: new Set(), publisher }, () => {});
    await ingester.run(inputs);
    return sink.entries.map((e) => e.article.publisher);
  };
  const jsonl = file('sources/batch.jsonl', [JSON.stringify({ text: story(90), source: 'Kompas' }), JSON.stringify({ text: story(91) })].join('\n'));
  const wire = file('sources/wire.txt', `Council votes\n\nSEOUL, Oct 18 (Reuters) - ${story(92)}`);
  const bare = file('sources/bare.txt', story(93));
  assert.deepEqual(await run('Korea Herald', [jsonl, wire, bare]), ['Kompas', 'Korea Herald', 'Korea Herald', 'Korea Herald']);
  assert.deepEqual(await run(null, [jsonl, wire, bare]), ['Kompas', null, 'Reuters', null]);
});
