import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { Fetcher, TransientFetchError, USER_AGENT, retryAfterMs } from './fetch.ts';
import { InputError } from '../errors.ts';
import { startTestServer, send, type TestServer } from './test-server.ts';

let server: TestServer;
let seenAgent = '';

before(async () => {
  server = await startTestServer({
    '/robots.txt': send('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/page': (req, res) => {
      seenAgent = String(req.headers['user-agent']);
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>');
    },
    '/gzipped': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>packed</p>')),
    '/moved': (_req, res) => res.writeHead(301, { location: '/page' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/slow': () => {
      /* never answers */
    },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.alloc(64 * 1024, 'a'));
    },
    '/private/secret': send('<p>secret</p>'),
    '/gone': send('gone', 'text/plain', 410),
    '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
    '/down': (_req, res) => res.writeHead(503, { 'retry-after': 'Wed, 21 Oct 2099 07:28:00 GMT' }).end(),
  });
});
after(() => server.close());

const fetcher = (opts = {}) => new Fetcher({ allowPrivate: true, hostDelayMs: 0, idleTimeoutMs: 300, ...opts });

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof InputError, `expected an InputError, got ${e}`);
    return e.message;
  }
  assert.fail('expected a refusal');
}

test('fetches a page, names Sumber in the user agent and follows a redirect', async () => {
  const r = await fetcher().fetch(server.url('/moved'));
  assert.equal(r.bytes.toString(), '<p>hello</p>');
  assert.equal(r.url, server.url('/page'));
  assert.equal(seenAgent, USER_AGENT);
});

test('decompresses a gzip-encoded response', async () => {
  assert.equal((await fetcher().fetch(server.url('/gzipped'))).bytes.toString(), '<p>packed</p>');
});

test('a redirect loop stops at the redirect limit', async () => {
  assert.match(await refusal(fetcher({ maxRedirects: 3 }).fetch(server.url('/loop'))), /loop: too many redirects/);
});

test('a redirect to a file: URL is refused', async () => {
  assert.match(await refusal(fetcher().fetch(server.url('/to-file'))), /redirects to a file: URL/);
});

test('a server that does not answer times out', async () => {
  assert.match(await refusal(fetcher().fetch(server.url('/slow'))), /slow: no answer for 0.3 s/);
});

test('a response over the size cap is refused', async () => {
  assert.match(await refusal(fetcher({ maxBytes: 1024 }).fetch(server.url('/huge'))), /huge: is .*MB; at most/);
});

test('robots.txt is honoured', async () => {
  assert.match(await refusal(fetcher().fetch(server.url('/private/secret'))), /robots.txt .* disallows/);
});

test('an HTTP error status is reported with its code', async () => {
  assert.match(await refusal(fetcher().fetch(server.url('/gone'))), /HTTP 410/);
});

test('loopback addresses are refused unless allowed', async () => {
  assert.match(await refusal(new Fetcher({ hostDelayMs: 0 }).fetch(server.url('/page'))), /127\.0\.0\.1 is a loopback or private address; pass --allow-private/);
  assert.match(await refusal(new Fetcher({ hostDelayMs: 0 }).fetch('http://[::1]/')), /::1 is a loopback/);
});

test('a name that resolves to loopback is refused too', async () => {
  assert.match(await refusal(new Fetcher({ hostDelayMs: 0 }).fetch('http://localhost:9/')), /localhost resolves to the private address/);
});

test('non-http URLs are refused', async () => {
  assert.match(await refusal(fetcher().fetch('file:///etc/passwd')), /is a file: URL; only http and https/);
  assert.match(await refusal(fetcher().fetch('ftp://example.org/a')), /is a ftp: URL/);
});

test('429 and 503 are transient and carry the Retry-After the server sent; 410 is final', async () => {
  const busy = await fetcher().fetch(server.url('/busy')).catch((e) => e);
  assert.ok(busy instanceof TransientFetchError);
  assert.equal(busy.retryAfterMs, 120_000);
  assert.match(busy.message, /HTTP 429/);
  const down = await fetcher().fetch(server.url('/down')).catch((e) => e);
  assert.ok(down instanceof TransientFetchError);
  assert.ok(down.retryAfterMs! > 1000 * 86400 * 365, 'an HTTP date is a wait until then');
  const gone = await fetcher().fetch(server.url('/gone')).catch((e) => e);
  assert.ok(gone instanceof InputError && !(gone instanceof TransientFetchError));
});

test('a silent server is transient: it may answer later', async () => {
  assert.ok((await fetcher().fetch(server.url('/slow')).catch((e) => e)) instanceof TransientFetchError);
});

test('Retry-After is read as seconds or as a date, and nothing else', () => {
  assert.equal(retryAfterMs('30'), 30_000);
  assert.equal(retryAfterMs('Thu, 01 Jan 1970 00:01:00 GMT', 0), 60_000);
  assert.equal(retryAfterMs('soon'), null);
  assert.equal(retryAfterMs(undefined), null);
});
